// The archive's search, in the browser. The index comes in parts, newest first (see
// ../shared/contract.ts); Pagefind searches them one at a time, each merged into the page's one
// Pagefind instance (its documented mergeIndex, so the WebAssembly loads once) when the search
// first needs it. In each part Pagefind finds candidate pages: for each query term, every page
// whose bigram sequence contains the term's (see ../shared/tokens.ts), so no term is ever dropped.
// Each candidate's text is then fetched and checked: only pages that really contain every term
// are results, ranked and given sections and excerpts by ./match.ts.
// Filters narrow each part's Pagefind search and skip parts outside the chosen dates (./part-filters.ts);
// a date sort reads the parts, and each part's candidates, in date order, so results arrive in that order.
import {
  PAGEFIND_ENTRY,
  PART_FILTER,
  partFolder,
  parsePartsManifest,
  PARTS_MANIFEST,
  t2sBlockPath,
  TEXT_NUMBER_SORT,
  textFilePath,
  type SearchEdition,
  type SearchPart,
} from '../shared/contract.ts';
import { parseDocument, type SearchDocument } from '../shared/document.ts';
import { hasFilter, sourceFilterValue, type SearchSelection, type SearchSort } from '../shared/filters.ts';
import { hasSearchableCharacter } from '../shared/normalize.ts';
import { parseRegionalBlock, regionalForms } from '../shared/regional.ts';
import { parseT2sBlock, t2sBlockName, toSimplifiedWith } from '../shared/t2s.ts';
import { candidateQueries, singleCharacterQuery } from '../shared/tokens.ts';
import { compareByDate, compareMatches, listedDocument, matchDocument, type DocumentMatch } from './match.ts';
import { partSearchFilters, partsInOrder, type IndexFilters } from './part-filters.ts';
import { hanCharactersOf, parseQuery, type ParsedQuery } from './query.ts';
import { stepThroughCandidates } from './steps.ts';
import { countVerified, singleTermQueries, type TermCount } from './term-counts.ts';

interface PagefindResult {
  id: string;
  score: number;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  preload(query: string): Promise<void>;
  search(
    query: string | null,
    options?: { sort?: Record<string, 'asc' | 'desc'>; filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** What names a part of the index to Pagefind: its folder's key and its fingerprint (the entry's cache tag). */
export type PartName = Pick<SearchPart, 'key' | 'fingerprint'>;

/** A candidate page: its part and its Pagefind id there. */
interface Candidate {
  part: SearchPart;
  id: string;
}

/** A part to search, with the Pagefind filters that narrow it (its own part filter at least). */
interface PartSearch {
  part: SearchPart;
  filters: Record<string, string>;
}

/** The search of no filter and relevance order. */
const UNFILTERED: SearchSelection = { filters: {}, sort: 'relevance' };

/** What a search found so far. */
export interface SearchOutcome {
  query: ParsedQuery;
  /** Verified matches, best first. */
  matches: DocumentMatch[];
  /** Whether candidates remain unchecked (see ./steps.ts). */
  hasMore: boolean;
  /** Whether the matches are articles listed by a filter alone (no query): every one a result, newest first unless sorted oldest first. */
  listed: boolean;
  /** While older parts of the index are still unsearched: the first day of the parts searched so far (ISO). */
  searchedSince?: string;
}

/** A search whose candidates are checked a step at a time. */
export interface SearchRun {
  outcome: SearchOutcome;
  /** Checks further candidates (see stepThroughCandidates). */
  more(): Promise<SearchOutcome>;
  /** How many articles contain each term on its own, in the parts of the index searched so far (see ./term-counts.ts). */
  countTerms(): Promise<TermCount[]>;
}

/** The Pagefind look-ups that find the candidates of one spelling of a term (see ../shared/tokens.ts). */
function termLookups(indexForm: string): string[] {
  const { phrase, prefix } = candidateQueries(indexForm);
  const lookups = [phrase, prefix].filter((lookup): lookup is string => lookup !== undefined);
  if (lookups.length > 0) return lookups;
  const single = singleCharacterQuery(indexForm);
  return single ? [single] : [];
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

/** The search engine of one page: the parts' Pagefind indexes, the Traditional → Simplified table and article texts, each loaded once. */
export class ArchiveSearch {
  private readonly bundleUrl: string;
  private readonly edition: SearchEdition;
  private readonly newestPart: PartName | undefined;
  private parts: Promise<SearchPart[]> | undefined;
  private pagefind: Promise<PagefindApi> | undefined;
  private readonly mergedParts = new Map<string, Promise<PagefindApi>>();
  private readonly textNumbers = new Map<string, Promise<Map<string, number>>>();
  private readonly t2sBlocks = new Map<string, Promise<unknown>>();
  private readonly documents = new Map<string, Promise<SearchDocument | undefined>>();

  /**
   * `bundleUrl` is the folder of the search bundle, ending in "/"; results come with their text in
   * `edition`'s script (both editions search the same index and find the same). `newestPart`, when the page
   * names it (its head preloads that part's files), lets Pagefind start without waiting for the list of parts.
   */
  constructor(bundleUrl: string, edition: SearchEdition, newestPart?: PartName) {
    this.bundleUrl = bundleUrl;
    this.edition = edition;
    this.newestPart = newestPart;
  }

  /** Starts loading Pagefind and the newest part (e.g. when the search box gets focus), so the first search is quicker. */
  warm(): void {
    void this.loadPagefind().catch(() => undefined);
  }

  private loadParts(): Promise<SearchPart[]> {
    this.parts ??= fetch(`${this.bundleUrl}${PARTS_MANIFEST}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`search parts: HTTP ${response.status}`);
        return parsePartsManifest(await response.json()).parts;
      })
      .catch((error: unknown) => {
        this.parts = undefined;
        throw error;
      });
    return this.parts;
  }

  private partUrl(key: string): string {
    return `${this.bundleUrl}${partFolder(key)}`;
  }

  /**
   * Pagefind, started on the newest part. The library is the bundle's shared copy, imported while the
   * list of parts loads (unless the page names the newest part); each part's instance gets its key as a
   * filter (mergeFilter), so a search can be narrowed to one part.
   */
  private loadPagefind(): Promise<PagefindApi> {
    this.pagefind ??= (async () => {
      const [api, newest] = await Promise.all([
        import(/* @vite-ignore */ `${this.bundleUrl}${PAGEFIND_ENTRY}`) as Promise<PagefindApi>,
        this.newestPart ?? this.loadParts().then((parts) => parts[0]),
      ]);
      if (newest) {
        // On the page's own thread (Pagefind's noWorker, given before it starts): its requests are then the
        // page's, so they are answered by the head's preloads of the newest part's first files
        // (../build/first-search-preloads.ts), and no worker script is loaded and started first.
        await api.options({ basePath: this.partUrl(newest.key), noWorker: true, ...this.partOptions(newest) });
        this.mergedParts.set(newest.key, Promise.resolve(api));
      }
      await api.init();
      return api;
    })().catch((error: unknown) => {
      this.pagefind = undefined;
      throw error;
    });
    return this.pagefind;
  }

  /** Pagefind's options for one part's instance: its filter, and its entry file cached until the part changes. */
  private partOptions(part: PartName): Record<string, unknown> {
    return { mergeFilter: { [PART_FILTER]: part.key }, metaCacheTag: part.fingerprint };
  }

  /** Pagefind with `part` merged in (the newest part is there from the start). */
  private withPart(part: SearchPart): Promise<PagefindApi> {
    const { key } = part;
    let merged = this.mergedParts.get(key);
    if (!merged) {
      merged = this.loadPagefind().then(async (api) => {
        await api.mergeIndex(this.partUrl(key), this.partOptions(part));
        return api;
      });
      this.mergedParts.set(key, merged);
    }
    return merged;
  }

  /** One block file of the Traditional → Simplified table and regional phrases, as JSON. */
  private t2sBlock(name: string): Promise<unknown> {
    let block = this.t2sBlocks.get(name);
    if (!block) {
      block = fetch(`${this.bundleUrl}${t2sBlockPath(name)}`)
        // A block without Traditional characters has no file: the 404 just means "nothing to convert".
        .then(async (response): Promise<unknown> => (response.ok ? response.json() : {}))
        .catch(() => ({}));
      this.t2sBlocks.set(name, block);
    }
    return block;
  }

  /** The block files of the Traditional → Simplified table (and regional phrases) that `text`'s characters need. */
  private async blocksFor(text: string): Promise<unknown[]> {
    const names = [...new Set(hanCharactersOf(text).map(t2sBlockName))];
    return Promise.all(names.map((name) => this.t2sBlock(name)));
  }

  /** A Traditional → Simplified conversion holding the blocks of the table that `text` needs. */
  private async converterFor(text: string): Promise<(folded: string) => string> {
    const table = new Map((await this.blocksFor(text)).flatMap((block) => [...parseT2sBlock(block)]));
    return (folded) => toSimplifiedWith(table, folded);
  }

  /**
   * Parses a query, converting Traditional characters and regional wording with the blocks of the table
   * that the query's characters need.
   */
  async parse(raw: string): Promise<ParsedQuery> {
    const blocks = await this.blocksFor(raw);
    const table = new Map(blocks.flatMap((block) => [...parseT2sBlock(block)]));
    const regional = new Map(blocks.flatMap((block) => [...parseRegionalBlock(block)]));
    return parseQuery(
      raw,
      (text) => toSimplifiedWith(table, text),
      (simplified) => regionalForms(regional, simplified),
    );
  }

  /** The filters as the index holds them: the source folded and in Simplified. */
  private async indexFilters({ year, month, source }: SearchSelection['filters']): Promise<IndexFilters> {
    const filters: IndexFilters = {};
    if (year !== undefined) filters.year = year;
    if (month !== undefined) filters.month = month;
    if (source !== undefined) filters.source = sourceFilterValue(source, await this.converterFor(source));
    return filters;
  }

  private async pageScores(
    pagefind: PagefindApi,
    query: string,
    filters: Record<string, string>,
  ): Promise<Map<string, number>> {
    const found = await pagefind.search(query, { filters });
    return new Map((found?.results ?? []).map((result) => [result.id, result.score]));
  }

  /** Ids in the part's date order (text numbers follow dates), newest first or oldest first. */
  private async inDateOrder(part: SearchPart, ids: Iterable<string>, newestFirst: boolean): Promise<Candidate[]> {
    const textNumbers = await this.loadTextNumbers(part);
    const direction = newestFirst ? -1 : 1;
    return [...ids]
      .sort((a, b) => direction * ((textNumbers.get(a) ?? 0) - (textNumbers.get(b) ?? 0)))
      .map((id) => ({ part, id }));
  }

  /** Every page of one part that the filters let through, in date order: the listing of a filter without a query. */
  private async listing({ part, filters }: PartSearch, sort: SearchSort): Promise<Candidate[]> {
    const pagefind = await this.withPart(part);
    const all = await pagefind.search(null, { filters });
    return this.inDateOrder(
      part,
      (all?.results ?? []).map((result) => result.id),
      sort !== 'date-asc',
    );
  }

  /**
   * Page ids of one part that may contain every term (a superset of the true results) and pass the filters:
   * most promising first, or in date order for a date sort.
   */
  private async candidates(query: ParsedQuery, { part, filters }: PartSearch, sort: SearchSort): Promise<Candidate[]> {
    const pagefind = await this.withPart(part);
    const perTerm = await Promise.all(
      query.terms.map(async (term) => {
        const perAlternative = await Promise.all(
          term.indexForms.map(async (alternative) => {
            const searches = termLookups(alternative);
            return intersect(await Promise.all(searches.map((search) => this.pageScores(pagefind, search, filters))));
          }),
        );
        const union = new Map<string, number>();
        for (const pages of perAlternative) {
          for (const [id, score] of pages) union.set(id, Math.max(score, union.get(id) ?? 0));
        }
        return union;
      }),
    );
    const found = intersect(perTerm);
    if (sort !== 'relevance') return this.inDateOrder(part, found.keys(), sort === 'date');
    return [...found].sort((a, b) => b[1] - a[1]).map(([id]) => ({ part, id }));
  }

  /**
   * Pagefind result id → text number, for one part. Every page of the part, sorted by its text number
   * (a sort key the build gives each record), so the n-th page listed is text n.
   */
  private loadTextNumbers(part: SearchPart): Promise<Map<string, number>> {
    let numbers = this.textNumbers.get(part.key);
    if (!numbers) {
      numbers = this.withPart(part)
        .then((pagefind) =>
          pagefind.search(null, { filters: { [PART_FILTER]: part.key }, sort: { [TEXT_NUMBER_SORT]: 'asc' } }),
        )
        .then((all) => new Map((all?.results ?? []).map((result, textNumber) => [result.id, textNumber])))
        .catch((error: unknown) => {
          this.textNumbers.delete(part.key);
          throw error;
        });
      this.textNumbers.set(part.key, numbers);
    }
    return numbers;
  }

  private document({ part, id }: Candidate): Promise<SearchDocument | undefined> {
    const key = `${part.key}/${id}`;
    let document = this.documents.get(key);
    if (!document) {
      document = this.loadTextNumbers(part)
        .then(async (textNumbers) => {
          const textNumber = textNumbers.get(id);
          if (textNumber === undefined) throw new Error(`search text of ${id}: not in part ${part.key}`);
          const response = await fetch(`${this.partUrl(part.key)}${textFilePath(textNumber, this.edition)}`);
          if (!response.ok) throw new Error(`search text ${part.key}/${textNumber}: HTTP ${response.status}`);
          return parseDocument(JSON.parse(await gunzipIfNeeded(await response.arrayBuffer())));
        })
        .catch((error: unknown) => {
          this.documents.delete(key);
          throw error;
        });
      this.documents.set(key, document);
    }
    return document;
  }

  /**
   * Starts loading the index chunks (of the newest part) that the query needs as typed, while the Traditional →
   * Simplified blocks it needs load: a query typed in Simplified, as most are, needs no others, so its chunks
   * no longer wait for the blocks (Pagefind's documented preload; the search itself then finds them loaded).
   */
  private preloadAsTyped(raw: string): void {
    const lookups = parseQuery(raw).terms.flatMap((term) => term.indexForms.flatMap(termLookups));
    void this.loadPagefind()
      .then((api) => Promise.all(lookups.map((lookup) => api.preload(lookup))))
      .catch(() => undefined);
  }

  /**
   * Runs a query under a selection of filters and sort: each part's candidates from Pagefind, parts in the
   * sort's order (newest first unless oldest first is asked for), then each candidate's text checked, a step
   * at a time. A query with nothing searchable but a filter lists the filtered articles.
   */
  async search(raw: string, selection: SearchSelection = UNFILTERED): Promise<SearchRun> {
    const listed = !hasSearchableCharacter(raw) && hasFilter(selection.filters);
    // Pagefind and the newest part load while the Traditional → Simplified blocks are fetched.
    const pagefindLoading = hasSearchableCharacter(raw) || listed ? this.loadPagefind() : undefined;
    // Unfiltered, newest first: the newest part is searched first, and its chunks can load right away. Not on the
    // Traditional page, where a query typed in Traditional would load chunks of spellings the index does not hold.
    if (this.edition === 'simplified' && !listed && !hasFilter(selection.filters) && selection.sort !== 'date-asc') {
      this.preloadAsTyped(raw);
    }
    const [query, filters] = await Promise.all([this.parse(raw), this.indexFilters(selection.filters)]);
    await pagefindLoading;
    const parts = query.terms.length > 0 || listed ? await this.loadParts() : [];
    const searches = partsInOrder(parts, selection.sort).flatMap((part): PartSearch[] => {
      const narrowed = partSearchFilters(part, filters);
      return narrowed ? [{ part, filters: narrowed }] : [];
    });
    let nextPart = 0;
    const next = stepThroughCandidates(
      async () => {
        const partSearch = searches[nextPart++];
        if (!partSearch) return undefined;
        const candidates = listed
          ? this.listing(partSearch, selection.sort)
          : this.candidates(query, partSearch, selection.sort);
        // Queued behind the term searches, the part's listing of text numbers runs while they wait for index chunks.
        void this.loadTextNumbers(partSearch.part).catch(() => undefined);
        return candidates;
      },
      async (candidate: Candidate) => {
        const document = await this.document(candidate);
        if (!document) return undefined;
        return listed ? listedDocument(document) : matchDocument(document, query);
      },
      selection.sort === 'relevance' && !listed ? compareMatches : compareByDate(selection.sort !== 'date-asc'),
    );
    const step = async (): Promise<SearchOutcome> => {
      const found = await next();
      const lastSearched = searches[nextPart - 1]?.part;
      // Parts are read oldest first for date-asc: then what remains is newer, not older, and is not reported.
      return nextPart < searches.length && lastSearched && selection.sort !== 'date-asc'
        ? { query, ...found, listed, searchedSince: lastSearched.firstDate }
        : { query, ...found, listed };
    };
    // Counted over the same filtered parts as the answer, as far as it has searched.
    const countTerms = (): Promise<TermCount[]> => this.countTerms(query, searches.slice(0, Math.max(nextPart, 1)));
    return { outcome: await step(), more: step, countTerms };
  }

  /** Each term's articles in `partSearches` (bounded: see countVerified), counted as results are checked. */
  private countTerms(query: ParsedQuery, partSearches: readonly PartSearch[]): Promise<TermCount[]> {
    return Promise.all(
      singleTermQueries(query).map(async (single) => {
        const candidates = (
          await Promise.all(partSearches.map((partSearch) => this.candidates(single, partSearch, 'relevance')))
        ).flat();
        const counted = await countVerified(candidates, async (candidate) => {
          const document = await this.document(candidate);
          return document !== undefined && matchDocument(document, single) !== undefined;
        });
        return { term: single.terms[0]?.typed ?? '', ...counted };
      }),
    );
  }
}
