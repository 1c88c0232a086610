// What kind of publication each article source (`source:` in the front matter) is, so that 引用本文 cites it
// rightly: a newspaper (报纸) as `[N/OL]` with its name and date, RIS type NEWS; anything else as a web page
// (网页) `[EB/OL]`, RIS type ELEC. The list is data editors extend without code: `content/sources.json`
// (documented in docs/editing.md). This module is the only one that reads it.
import sourcesFile from '../../content/sources.json' with { type: 'json' };

/** How a source is cited: `newspaper` (报纸, GB/T 7714 `N`) or `webpage` (网页, GB/T 7714 `EB`). */
export type SourceKind = 'newspaper' | 'webpage';

/** The sources file as editors write it: names of newspapers and of web sources. */
interface SourcesFile {
  readonly newspapers: readonly string[];
  readonly webSources: readonly string[];
}

/** The name folded so that `,` and `，`, `(` and `（` match. */
function foldName(name: string): string {
  return name.normalize('NFKC').trim();
}

/** The names under `key` of the sources file, checked: a list of non-empty strings. */
function namesUnder(file: Record<string, unknown>, key: keyof SourcesFile): readonly string[] {
  const names = file[key] ?? [];
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string' && name.trim() !== '')) {
    throw new Error(`content/sources.json: "${key}" must be a list of source names, e.g. ["人民邮电报", "光明日报"]`);
  }
  return names as string[];
}

/**
 * Each listed source's kind by folded name, from the sources file's parsed JSON. A name listed under both
 * kinds, or a malformed list, stops the build with the file named.
 */
export function sourceKindsOf(file: unknown): ReadonlyMap<string, SourceKind> {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new Error('content/sources.json must hold an object with "newspapers" and "webSources" lists');
  }
  const lists = file as Record<string, unknown>;
  const kinds = new Map<string, SourceKind>();
  const add = (name: string, kind: SourceKind): void => {
    const folded = foldName(name);
    const earlier = kinds.get(folded);
    if (earlier !== undefined && earlier !== kind) {
      throw new Error(`content/sources.json: "${name}" is listed both as a newspaper and as a web source`);
    }
    kinds.set(folded, kind);
  };
  for (const name of namesUnder(lists, 'newspapers')) add(name, 'newspaper');
  for (const name of namesUnder(lists, 'webSources')) add(name, 'webpage');
  return kinds;
}

const kindsByFoldedName = sourceKindsOf(sourcesFile);

/** The kind of an article's source: the sources file's entry for it, else a web page. */
export function sourceKind(source: string): SourceKind {
  return kindsByFoldedName.get(foldName(source)) ?? 'webpage';
}

/** Whether the sources file lists `source` at all (as a newspaper or as a web source). */
function isListedSource(source: string): boolean {
  return kindsByFoldedName.has(foldName(source));
}

/**
 * The build warning for an article whose source the sources file lists nowhere (it is cited as a web page
 * until someone says otherwise), or undefined when the source is listed.
 */
export function unknownSourceWarning(file: string, source: string): string | undefined {
  if (isListedSource(source)) return undefined;
  return (
    `${file}: source "${source}" is not listed in content/sources.json, so it is cited as a web page [EB/OL]; ` +
    `add it under "newspapers" (cited [N/OL]) or "webSources" (see docs/editing.md)`
  );
}
