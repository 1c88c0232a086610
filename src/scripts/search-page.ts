// The search page: reads ?q=, runs the search as the reader types, keeps the URL in step
// (history.replaceState) and renders results with DOM calls only, so neither the query
// nor anything in the index can inject markup.
import type { DocumentMatch } from '../lib/search-match.ts';
import { excerptSegments, markSegments, type ExcerptSegment, type MarkRange } from '../lib/search-excerpt.ts';
import { highlightParameters } from '../lib/search-highlight-link.ts';
import { sanitizeQuery } from '../lib/search-query.ts';
import { ArchiveSearch, type SearchOutcome, type SearchRun } from './search-engine.ts';

/** Pause after the last keystroke before searching, so typing does not fire a search per character. */
const TYPING_PAUSE_MS = 150;
/** Longest stretch of the query repeated in messages. */
const QUOTED_QUERY_LENGTH = 30;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const engine = new ArchiveSearch(`${base}search-index/`);
const input = document.querySelector<HTMLInputElement>('#page-search-input');
const form = input?.form ?? null;
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]');

let latestSearch = 0;
let currentRun: SearchRun | undefined;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.append(...children);
  return created;
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
  const target = new URL(match.document.url, location.origin);
  for (const text of highlightParameters(match)) target.searchParams.append('highlight', text);
  if (anchor !== '') target.hash = anchor;
  return `${target.pathname}${target.search}${target.hash}`;
}

function renderResult(match: DocumentMatch): HTMLLIElement {
  const { document: article } = match;
  const titleBlock = article.blocks.findIndex((block) => block.anchor === '' && block.text === article.title);
  const titleLink = element(
    'a',
    'search-result-link',
    ...segmentsToNodes(markSegments(article.title, rangesIn(match, titleBlock))),
  );
  titleLink.href = linkTo(match, '');
  const heading = element('h2', 'search-result-title', titleLink);

  const time = element('time', '', article.dateText);
  time.dateTime = article.date;
  const meta = element('p', 'search-result-meta', time);
  if (article.source !== '') {
    meta.append(element('span', 'meta-separator', '·'), element('span', '', `来源：${article.source}`));
    meta.lastElementChild?.previousElementSibling?.setAttribute('aria-hidden', 'true');
  }

  const excerptBlock = article.blocks[match.excerptBlock];
  const excerpt = element(
    'p',
    'search-result-excerpt',
    ...segmentsToNodes(excerptSegments(excerptBlock?.text ?? '', rangesIn(match, match.excerptBlock))),
  );

  const item = element('li', 'search-result', heading, meta, excerpt);
  if (match.sections.length > 0) {
    const sections = element('ul', 'search-result-sections');
    for (const section of match.sections) {
      const link = element('a', 'search-result-section', section.title);
      link.href = linkTo(match, section.anchor);
      sections.append(element('li', '', link));
    }
    item.append(sections);
  }
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

function render(raw: string, outcome: SearchOutcome): void {
  if (!list) return;
  list.replaceChildren(...outcome.matches.map((match) => renderResult(match)));
  if (moreButton) {
    moreButton.hidden = !outcome.hasMore;
    moreButton.textContent = outcome.matches.length === 0 ? '继续查找' : '显示更多结果';
  }
  const note = outcome.query.truncated ? '（搜索词过长，只用了前面的部分）' : '';
  if (outcome.query.terms.length === 0) {
    announce('请输入要搜索的字词。');
  } else if (outcome.matches.length === 0 && outcome.hasMore) {
    announce(`暂未找到包含“${quoted(raw)}”的文章，可继续查找。${note}`);
  } else if (outcome.matches.length === 0) {
    announce(`没有找到包含“${quoted(raw)}”的文章。${note}`);
  } else {
    const count = outcome.hasMore ? `已找到 ${outcome.matches.length} 篇以上` : `找到 ${outcome.matches.length} 篇`;
    announce(`${count}包含“${quoted(raw)}”的文章。${note}`);
  }
}

function clear(): void {
  list?.replaceChildren();
  if (moreButton) moreButton.hidden = true;
  announce('');
}

function updateUrl(raw: string): void {
  const url = new URL(location.href);
  // The part of the query that is used, so the URL stays a link that any server accepts.
  const { query } = sanitizeQuery(raw);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  history.replaceState(history.state, '', url);
}

async function runSearch(raw: string): Promise<void> {
  latestSearch += 1;
  const searchNumber = latestSearch;
  currentRun = undefined;
  if (raw.trim() === '') {
    clear();
    return;
  }
  list?.setAttribute('aria-busy', 'true');
  try {
    const run = await engine.search(raw);
    // A later keystroke started another search: this one's results are stale.
    if (searchNumber !== latestSearch) return;
    currentRun = run;
    render(raw, run.outcome);
  } catch {
    if (searchNumber === latestSearch) {
      list?.replaceChildren();
      announce('搜索暂时无法使用，请稍后再试。');
    }
  } finally {
    if (searchNumber === latestSearch) list?.removeAttribute('aria-busy');
  }
}

async function showMore(): Promise<void> {
  const run = currentRun;
  if (!run || !input) return;
  const searchNumber = latestSearch;
  try {
    const outcome = await run.more();
    if (searchNumber === latestSearch) render(input.value, outcome);
  } catch {
    if (searchNumber === latestSearch) announce('搜索暂时无法使用，请稍后再试。');
  }
}

if (input && form && list) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
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
  if (initial.trim() !== '') void runSearch(initial);
}
