// The archive's search, in the browser. Pagefind (the search bundle, see ../shared/contract.ts)
// finds candidate pages: for each query term, every page whose bigram sequence contains the
// term's (see ../shared/tokens.ts), so no term is ever dropped. Each candidate's text is then
// fetched and checked: only pages that really contain every term are results, ranked and
// given sections and excerpts by ./match.ts.
import {
  PAGEFIND_ENTRY,
  t2sBlockPath,
  TEXT_NUMBER_SORT,
  textFilePath,
  type SearchEdition,
} from '../shared/contract.ts';
import { parseDocument, type SearchDocument } from '../shared/document.ts';
import { hasSearchableCharacter } from '../shared/normalize.ts';
import { parseT2sBlock, t2sBlockName, toSimplifiedWith } from '../shared/t2s.ts';
import { candidateQueries, singleCharacterQuery } from '../shared/tokens.ts';
import { compareMatches, matchDocument, type DocumentMatch } from './match.ts';
import { hanCharactersOf, parseQuery, type ParsedQuery } from './query.ts';
import { stepThroughCandidates } from './steps.ts';

interface PagefindResult {
  id: string;
  score: number;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** What a search found so far. */
export interface SearchOutcome {
  query: ParsedQuery;
  /** Verified matches, best first. */
  matches: DocumentMatch[];
  /** Whether candidates remain unchecked (see ./steps.ts). */
  hasMore: boolean;
}

/** A search whose candidates are checked a step at a time. */
export interface SearchRun {
  outcome: SearchOutcome;
  /** Checks further candidates (see stepThroughCandidates). */
  more(): Promise<SearchOutcome>;
}

function intersect(sets: Map<string, number>[]): Map<string, number> {
  const [first, ...rest] = sets;
  const result = new Map<string, number>();
  if (!first) return result;
  for (const [id, score] of first) {
    let total = score;
    let everywhere = true;
    for (const other of rest) {
      const found = other.get(id);
      if (found === undefined) {
        everywhere = false;
        break;
      }
      total += found;
    }
    if (everywhere) result.set(id, total);
  }
  return result;
}

async function gunzipIfNeeded(bytes: ArrayBuffer): Promise<string> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  // Some hosts decompress on the way (Content-Encoding); then the bytes are already JSON.
  if (head[0] !== 0x1f || head[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** The search engine of one page: Pagefind, the Traditional → Simplified table and article texts, each loaded once. */
export class ArchiveSearch {
  private readonly bundleUrl: string;
  private readonly edition: SearchEdition;
  private pagefind: Promise<PagefindApi> | undefined;
  private textNumbers: Promise<Map<string, number>> | undefined;
  private readonly t2sBlocks = new Map<string, Promise<Map<string, string>>>();
  private readonly documents = new Map<string, Promise<SearchDocument | undefined>>();

  /**
   * `bundleUrl` is the folder of the search bundle, ending in "/"; results come with their text in
   * `edition`'s script (both editions search the same index and find the same).
   */
  constructor(bundleUrl: string, edition: SearchEdition) {
    this.bundleUrl = bundleUrl;
    this.edition = edition;
  }

  /** Starts loading Pagefind (e.g. when the search box gets focus), so the first search is quicker. */
  warm(): void {
    void this.loadPagefind().catch(() => undefined);
  }

  private loadPagefind(): Promise<PagefindApi> {
    this.pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${this.bundleUrl}${PAGEFIND_ENTRY}`)) as PagefindApi;
      await api.init();
      return api;
    })();
    return this.pagefind;
  }

  private t2sBlock(name: string): Promise<Map<string, string>> {
    let block = this.t2sBlocks.get(name);
    if (!block) {
      block = fetch(`${this.bundleUrl}${t2sBlockPath(name)}`)
        // A block without Traditional characters has no file: the 404 just means "nothing to convert".
        .then(async (response) => (response.ok ? parseT2sBlock(await response.json()) : new Map<string, string>()))
        .catch(() => new Map<string, string>());
      this.t2sBlocks.set(name, block);
    }
    return block;
  }

  /** Parses a query, converting Traditional characters with the blocks of the table that the query needs. */
  async parse(raw: string): Promise<ParsedQuery> {
    const names = [...new Set(hanCharactersOf(raw).map(t2sBlockName))];
    const blocks = await Promise.all(names.map((name) => this.t2sBlock(name)));
    const table = new Map(blocks.flatMap((block) => [...block]));
    return parseQuery(raw, (text) => toSimplifiedWith(table, text));
  }

  private async pageScores(pagefind: PagefindApi, query: string): Promise<Map<string, number>> {
    const found = await pagefind.search(query);
    return new Map((found?.results ?? []).map((result) => [result.id, result.score]));
  }

  /** Page ids that may contain every term (a superset of the true results), most promising first. */
  private async candidates(query: ParsedQuery): Promise<string[]> {
    const pagefind = await this.loadPagefind();
    const perTerm = await Promise.all(
      query.terms.map(async (term) => {
        const perAlternative = await Promise.all(
          term.indexForms.map(async (alternative) => {
            const { phrase, prefix } = candidateQueries(alternative);
            const searches = [phrase, prefix].filter((search): search is string => search !== undefined);
            if (searches.length === 0) {
              const single = singleCharacterQuery(alternative);
              if (single) searches.push(single);
            }
            return intersect(await Promise.all(searches.map((search) => this.pageScores(pagefind, search))));
          }),
        );
        const union = new Map<string, number>();
        for (const pages of perAlternative) {
          for (const [id, score] of pages) union.set(id, Math.max(score, union.get(id) ?? 0));
        }
        return union;
      }),
    );
    return [...intersect(perTerm)].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }

  /**
   * Pagefind result id → text number. Every page of the bundle, sorted by its text number (a sort
   * key the build gives each record), so the n-th page listed is text n.
   */
  private loadTextNumbers(pagefind: PagefindApi): Promise<Map<string, number>> {
    this.textNumbers ??= pagefind
      .search(null, { sort: { [TEXT_NUMBER_SORT]: 'asc' } })
      .then((all) => new Map((all?.results ?? []).map((result, textNumber) => [result.id, textNumber])))
      .catch((error: unknown) => {
        this.textNumbers = undefined;
        throw error;
      });
    return this.textNumbers;
  }

  private document(id: string): Promise<SearchDocument | undefined> {
    let document = this.documents.get(id);
    if (!document) {
      document = this.loadPagefind()
        .then((pagefind) => this.loadTextNumbers(pagefind))
        .then(async (textNumbers) => {
          const textNumber = textNumbers.get(id);
          if (textNumber === undefined) throw new Error(`search text of ${id}: not in the bundle`);
          const response = await fetch(`${this.bundleUrl}${textFilePath(textNumber, this.edition)}`);
          if (!response.ok) throw new Error(`search text ${textNumber}: HTTP ${response.status}`);
          return parseDocument(JSON.parse(await gunzipIfNeeded(await response.arrayBuffer())));
        })
        .catch((error: unknown) => {
          this.documents.delete(id);
          throw error;
        });
      this.documents.set(id, document);
    }
    return document;
  }

  /** Runs a query: candidates from Pagefind, then each candidate's text checked, a step at a time. */
  async search(raw: string): Promise<SearchRun> {
    // Pagefind loads while the Traditional → Simplified blocks are fetched.
    const pagefindLoading = hasSearchableCharacter(raw) ? this.loadPagefind() : undefined;
    const query = await this.parse(raw);
    await pagefindLoading;
    const candidatesFound = query.terms.length > 0 ? this.candidates(query) : Promise.resolve([]);
    // Queued behind the term searches, the listing of text numbers runs while they wait for index chunks.
    if (query.terms.length > 0) {
      void this.loadPagefind()
        .then((pagefind) => this.loadTextNumbers(pagefind))
        .catch(() => undefined);
    }
    const candidates = await candidatesFound;
    const next = stepThroughCandidates(
      candidates,
      async (id) => {
        const document = await this.document(id);
        return document ? matchDocument(document, query) : undefined;
      },
      compareMatches,
    );
    const step = async (): Promise<SearchOutcome> => ({ query, ...(await next()) });
    return { outcome: await step(), more: step };
  }
}
