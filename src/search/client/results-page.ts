// The search page: reads ?q=, runs the search as the reader types, keeps the URL in step
// (history.replaceState) and renders results by filling in the templates of
// src/components/SearchResults.astro with text only, so neither the query nor anything in
// the index can inject markup. The same script runs on both editions' search pages: the page's
// language picks the texts shown and where results link; its markup carries the wording.
import { base } from 'astro:config/client';
import type { SearchMessage } from '../../i18n/wording.ts';
import { carriedWording, fillWording } from '../../client/carried-wording.ts';
import { bundleUrl, HIGHLIGHT_PARAMETER, NEWEST_PART_ATTRIBUTES } from '../shared/contract.ts';
import { hasFilter, QUERY_PARAMETER, readSelection, type SearchSelection } from '../shared/filters.ts';
import { editionOfLanguage, pathInEdition } from './edition.ts';
import {
  filteredOutSentence,
  monthText,
  showEmptyHelp,
  termCountsSentence,
  unfilteredCountIfEmpty,
  type UnfilteredCount,
} from './empty-results.ts';
import { ArchiveSearch, type PartName, type SearchOutcome, type SearchRun } from './engine.ts';
import { connectFilterControls, SELECTION_CHANGE_EVENT } from './filter-controls.ts';
import { excerptSegments, markSegments, type ExcerptSegment, type MarkRange } from './excerpt.ts';
import { highlightParameters } from './highlight-link.ts';
import type { DocumentMatch } from './match.ts';
import { sanitizeQuery } from './query.ts';
import type { TermCount } from './term-counts.ts';

/** Pause after the last keystroke before searching, so typing does not fire a search per character. */
const TYPING_PAUSE_MS = 150;
/** Longest stretch of the query repeated in messages. */
const QUOTED_QUERY_LENGTH = 30;

/** The newest part of the index as the page's head names it (the build's preload of its entry file), if it does. */
function newestPartOfPage(): PartName | undefined {
  const link = document.querySelector(`link[${NEWEST_PART_ATTRIBUTES.key}]`);
  const key = link?.getAttribute(NEWEST_PART_ATTRIBUTES.key);
  const fingerprint = link?.getAttribute(NEWEST_PART_ATTRIBUTES.fingerprint);
  return key && fingerprint ? { key, fingerprint } : undefined;
}

const edition = editionOfLanguage(document.documentElement.lang);
const engine = new ArchiveSearch(bundleUrl(base), edition, newestPartOfPage());
const input = document.querySelector<HTMLInputElement>('#page-search-input');
const form = input?.form ?? null;
const status = document.querySelector<HTMLElement>('[data-search-status]');
const messages = carriedWording(status);
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]');
const resultTemplate = document.querySelector<HTMLTemplateElement>('[data-search-result-template]');
const sectionTemplate = document.querySelector<HTMLTemplateElement>('[data-search-section-template]');
const emptyHelp = document.querySelector<HTMLElement>('[data-search-empty]');

let latestSearch = 0;
let currentRun: SearchRun | undefined;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** For the answer shown, when its filters left it empty: how many articles its query finds without them. */
let currentUnfiltered: UnfilteredCount | undefined;

/** The page's wording of `key`, with `{name}` placeholders filled from `values`. */
function say(key: SearchMessage, values: Readonly<Record<string, string>> = {}): string {
  return fillWording(messages[key], values);
}

function segmentsToNodes(segments: ExcerptSegment[]): Node[] {
  return segments.map((segment) => {
    if (!segment.marked) return document.createTextNode(segment.text);
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    return mark;
  });
}

function rangesIn(match: DocumentMatch, block: number): MarkRange[] {
  return match.occurrences.filter((occurrence) => occurrence.block === block);
}

function linkTo(match: DocumentMatch, anchor: string): string {
  const target = new URL(pathInEdition(match.document.url, base, edition), location.origin);
  for (const text of highlightParameters(match)) target.searchParams.append(HIGHLIGHT_PARAMETER, text);
  if (anchor !== '') target.hash = anchor;
  return `${target.pathname}${target.search}${target.hash}`;
}

/** A copy of a template's first element. */
function cloneOf(template: HTMLTemplateElement): Element | undefined {
  const clone = template.content.firstElementChild?.cloneNode(true);
  return clone instanceof Element ? clone : undefined;
}

function renderResult(match: DocumentMatch): Element | undefined {
  const item = resultTemplate && cloneOf(resultTemplate);
  if (!item) return undefined;
  const { document: article } = match;
  const titleBlock = article.blocks.findIndex((block) => block.anchor === '' && block.text === article.title);
  const titleLink = item.querySelector<HTMLAnchorElement>('[data-result-title]');
  titleLink?.replaceChildren(...segmentsToNodes(markSegments(article.title, rangesIn(match, titleBlock))));
  titleLink?.setAttribute('href', linkTo(match, ''));

  // The template holds a <span> where the date goes: a <time> is only valid with a date in it.
  const time = document.createElement('time');
  time.dateTime = article.date;
  time.textContent = article.dateText;
  item.querySelector('[data-meta-date]')?.replaceWith(time);
  const source = item.querySelector('[data-meta-source]');
  if (article.source === '') {
    source?.remove();
    item.querySelector('[data-meta-source-separator]')?.remove();
  } else if (source) {
    source.textContent = say('source', { source: article.source });
  }

  const matchedAs = item.querySelector<HTMLElement>('[data-result-matched-as]');
  if (matchedAs) {
    // Regional wording found in its mainland form (網路 as 网络): say so, since the text differs from the query.
    matchedAs.hidden = match.regionalForms.length === 0;
    matchedAs.textContent =
      match.regionalForms.length > 0 ? say('matchedAs', { form: match.regionalForms.join('”“') }) : '';
  }
  const count = item.querySelector('[data-result-count]');
  // An article listed by a filter alone matched no query: it has no count to give.
  if (match.count === 0) count?.remove();
  else if (count) count.textContent = say('matchCount', { count: String(match.count) });

  const excerptBlock = article.blocks[match.excerptBlock];
  item
    .querySelector('[data-result-excerpt]')
    ?.replaceChildren(
      ...segmentsToNodes(excerptSegments(excerptBlock?.text ?? '', rangesIn(match, match.excerptBlock))),
    );

  const sections = item.querySelector('[data-result-sections]');
  for (const section of match.sections) {
    const sectionItem = sectionTemplate && cloneOf(sectionTemplate);
    const link = sectionItem?.querySelector('a');
    if (!sectionItem || !link) continue;
    const title = link.querySelector('[data-section-title]');
    if (title) title.textContent = section.title;
    const sectionCount = link.querySelector('[data-section-count]');
    if (sectionCount) sectionCount.textContent = say('sectionMatchCount', { count: String(section.count) });
    link.href = linkTo(match, section.anchor);
    sections?.append(sectionItem);
  }
  if (match.sections.length === 0) sections?.remove();
  return item;
}

function quoted(query: string): string {
  const codePoints = [...query.trim()];
  return codePoints.length > QUOTED_QUERY_LENGTH
    ? `${codePoints.slice(0, QUOTED_QUERY_LENGTH).join('')}…`
    : codePoints.join('');
}

function announce(message: string): void {
  if (status) status.textContent = message;
}

/** Renders an answer; `counts`: each term's articles on their own, when nothing was found (see ./term-counts.ts). */
function render(raw: string, outcome: SearchOutcome, counts?: readonly TermCount[]): void {
  if (!list) return;
  const empty = outcome.matches.length === 0 && outcome.query.terms.length > 0;
  const unfiltered = empty ? currentUnfiltered : undefined;
  showEmptyHelp(emptyHelp, empty ? (counts ?? []) : undefined, say, unfiltered && quoted(raw));
  const countsNote = empty && counts ? termCountsSentence(counts, outcome.searchedSince, say) : '';
  list.replaceChildren(...outcome.matches.map(renderResult).filter((item): item is Element => item !== undefined));
  if (moreButton) {
    moreButton.hidden = !outcome.hasMore;
    moreButton.textContent = say(outcome.matches.length === 0 ? 'keepLooking' : 'showMore');
  }
  const note = (outcome.query.truncated ? say('truncated') : '') + countsNote;
  const values = { query: quoted(raw), count: String(outcome.matches.length) };
  if (outcome.listed) {
    const found = outcome.matches.length > 0;
    announce(say(outcome.hasMore ? 'listedSoFar' : found ? 'listed' : 'listedNone', values));
  } else if (outcome.query.terms.length === 0) {
    announce(say('prompt'));
  } else if (unfiltered) {
    announce(filteredOutSentence(quoted(raw), unfiltered, say));
  } else if (outcome.matches.length === 0 && outcome.searchedSince) {
    announce(say('noneSince', { ...values, since: monthText(outcome.searchedSince) }) + note);
  } else if (outcome.matches.length === 0) {
    announce(say(outcome.hasMore ? 'noneYet' : 'none', values) + note);
  } else {
    announce(say(outcome.hasMore ? 'foundSoFar' : 'found', values) + note);
  }
}

function clear(): void {
  list?.replaceChildren();
  if (moreButton) moreButton.hidden = true;
  showEmptyHelp(emptyHelp, undefined, say);
  announce('');
}

function updateUrl(raw: string): void {
  const url = new URL(location.href);
  // The part of the query that is used, so the URL stays a link that any server accepts.
  const { query } = sanitizeQuery(raw);
  if (query.trim() === '') url.searchParams.delete(QUERY_PARAMETER);
  else url.searchParams.set(QUERY_PARAMETER, query);
  history.replaceState(history.state, '', url);
}

/** For an answer of a query of several terms that found nothing: each term's count on its own; none if counting fails. */
async function termCountsIfEmpty(run: SearchRun, outcome: SearchOutcome): Promise<TermCount[] | undefined> {
  if (outcome.matches.length > 0 || outcome.query.terms.length < 2) return undefined;
  return run.countTerms().catch(() => undefined);
}

/** The filters and sort the URL carries (./filter-controls.ts keeps it in step with the controls). */
function currentSelection(): SearchSelection {
  return readSelection(new URLSearchParams(location.search));
}

async function runSearch(raw: string): Promise<void> {
  latestSearch += 1;
  const searchNumber = latestSearch;
  currentRun = undefined;
  const selection = currentSelection();
  // Without a query, a filter lists its articles; with neither there is nothing to show.
  if (raw.trim() === '' && !hasFilter(selection.filters)) {
    clear();
    return;
  }
  list?.setAttribute('aria-busy', 'true');
  try {
    const run = await engine.search(raw, selection);
    // A later keystroke started another search: this one's results are stale.
    if (searchNumber !== latestSearch) return;
    // Filters that leave the answer empty are said to, with the query's count without them.
    const unfiltered = await unfilteredCountIfEmpty(run.outcome, selection, async () => {
      return (await engine.search(raw, { filters: {}, sort: selection.sort })).outcome;
    });
    const counts = unfiltered ? undefined : await termCountsIfEmpty(run, run.outcome);
    if (searchNumber !== latestSearch) return;
    currentRun = run;
    currentUnfiltered = unfiltered;
    render(raw, run.outcome, counts);
  } catch {
    if (searchNumber === latestSearch) {
      list?.replaceChildren();
      announce(say('unavailable'));
    }
  } finally {
    if (searchNumber === latestSearch) list?.removeAttribute('aria-busy');
  }
}

async function showMore(): Promise<void> {
  const run = currentRun;
  if (!run || !input) return;
  const searchNumber = latestSearch;
  // Busy while further candidates (and perhaps older parts of the index) are checked, as for a new search.
  list?.setAttribute('aria-busy', 'true');
  try {
    const outcome = await run.more();
    const counts = await termCountsIfEmpty(run, outcome);
    if (searchNumber === latestSearch) render(input.value, outcome, counts);
  } catch {
    if (searchNumber === latestSearch) announce(say('unavailable'));
  } finally {
    if (searchNumber === latestSearch) list?.removeAttribute('aria-busy');
  }
}

// The filters component's controls (src/components/SearchFilters.astro), set from the URL before the first search.
const filters = document.querySelector<HTMLElement>('[data-search-filters]');
if (filters) connectFilterControls(filters);

if (input && form && list) {
  const initial = new URLSearchParams(location.search).get(QUERY_PARAMETER) ?? '';
  input.value = initial;
  input.addEventListener('focus', () => engine.warm(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      updateUrl(input.value);
      void runSearch(input.value);
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    updateUrl(input.value);
    void runSearch(input.value);
  });
  moreButton?.addEventListener('click', () => void showMore());
  document.addEventListener(SELECTION_CHANGE_EVENT, () => {
    clearTimeout(typingTimer);
    void runSearch(input.value);
  });
  if (initial.trim() !== '' || hasFilter(currentSelection().filters)) void runSearch(initial);
}
