// The search page's filter and sort controls (src/components/SearchFilters.astro) kept in step with the
// URL: set from it when the page opens, written back to it (history.replaceState, the query left alone)
// when the reader changes one, and announced by SELECTION_CHANGE_EVENT so the results follow.
import type { FilterMessage } from '../../i18n/wording.ts';
import { carriedWording, fillWording } from '../../client/carried-wording.ts';
import {
  readSelection,
  SEARCH_SORTS,
  SELECTION_PARAMETERS,
  writeSelection,
  type SearchSelection,
  type SearchSort,
} from '../shared/filters.ts';

/** Event fired on `document` after the reader changed a filter or the sort (the URL already says the new ones). */
export const SELECTION_CHANGE_EVENT = 'archive-search-selection';

/** The controls of one filters component. */
interface Controls {
  root: HTMLElement;
  year: HTMLSelectElement;
  month: HTMLSelectElement;
  source: HTMLSelectElement;
  sorts: HTMLInputElement[];
  summary: HTMLElement | null;
  /** For each year, [month, articles] (the component's data-months). */
  months: Record<string, [number, number][]>;
  messages: Record<string, unknown>;
}

function say(controls: Controls, key: FilterMessage, values: Readonly<Record<string, string>> = {}): string {
  return fillWording(controls.messages[key], values);
}

/** The JSON object in a data attribute; none if it is missing or malformed. */
function parseJson(text: string | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isSort(value: string): value is SearchSort {
  return (SEARCH_SORTS as readonly string[]).includes(value);
}

/** Selects `value` in a select, adding it as an option (without a count: its number is unknown) if the page has none. */
function choose(select: HTMLSelectElement, value: string, label: string): void {
  if (value !== '' && ![...select.options].some((option) => option.value === value)) {
    select.add(new Option(label, value));
  }
  select.value = value;
}

/** Fills the month select with the chosen year's months and their article counts; disabled without a year. */
function fillMonths(controls: Controls, chosen: number | undefined): void {
  const year = controls.year.value;
  const months = controls.months[year] ?? [];
  const options = [new Option(say(controls, 'allMonths'), '')];
  for (const [month, count] of months) {
    options.push(
      new Option(say(controls, 'monthOption', { month: String(month), count: String(count) }), String(month)),
    );
  }
  controls.month.replaceChildren(...options);
  controls.month.disabled = year === '';
  controls.month.value = chosen !== undefined && months.some(([month]) => month === chosen) ? String(chosen) : '';
}

/** The selection the controls show. */
function selectionOf(controls: Controls): SearchSelection {
  const parameters = new URLSearchParams();
  parameters.set(SELECTION_PARAMETERS.year, controls.year.value);
  parameters.set(SELECTION_PARAMETERS.month, controls.month.value);
  parameters.set(SELECTION_PARAMETERS.source, controls.source.value);
  parameters.set(SELECTION_PARAMETERS.sort, controls.sorts.find((radio) => radio.checked)?.value ?? '');
  return readSelection(parameters);
}

/** Says what the selection narrows to and how it is ordered (nothing when it is the default). */
function summarize(controls: Controls, { filters, sort }: SearchSelection): void {
  const parts: string[] = [];
  if (filters.year !== undefined) {
    parts.push(
      filters.month === undefined
        ? say(controls, 'yearValue', { year: filters.year })
        : say(controls, 'monthValue', { year: filters.year, month: String(filters.month) }),
    );
  }
  if (filters.source !== undefined) parts.push(filters.source);
  if (sort !== 'relevance') parts.push(say(controls, sort === 'date' ? 'sortDate' : 'sortDateAsc'));
  if (controls.summary) {
    controls.summary.textContent =
      parts.length === 0 ? '' : say(controls, 'summary', { filters: parts.join(say(controls, 'separator')) });
  }
}

/** Shows `selection` in the controls. */
function show(controls: Controls, selection: SearchSelection): void {
  const { filters, sort } = selection;
  choose(controls.year, filters.year ?? '', say(controls, 'yearValue', { year: filters.year ?? '' }));
  fillMonths(controls, filters.month);
  choose(controls.source, filters.source ?? '', filters.source ?? '');
  for (const radio of controls.sorts) radio.checked = radio.value === sort;
  summarize(controls, selection);
}

function controlsIn(root: HTMLElement): Controls | undefined {
  const select = (name: string): HTMLSelectElement | null => root.querySelector(`select[name="${name}"]`);
  const year = select(SELECTION_PARAMETERS.year);
  const month = select(SELECTION_PARAMETERS.month);
  const source = select(SELECTION_PARAMETERS.source);
  const sorts = [...root.querySelectorAll<HTMLInputElement>(`input[name="${SELECTION_PARAMETERS.sort}"]`)].filter(
    (radio) => isSort(radio.value),
  );
  if (!year || !month || !source) return undefined;
  const months = parseJson(root.dataset['months']) as Record<string, [number, number][]>;
  const messages = carriedWording(root);
  const summary = root.querySelector<HTMLElement>('[data-filter-summary]');
  return { root, year, month, source, sorts, summary, months, messages };
}

/** Connects a filters component: shows the URL's selection, and on each change writes the URL and fires SELECTION_CHANGE_EVENT. */
export function connectFilterControls(root: HTMLElement): void {
  const controls = controlsIn(root);
  if (!controls) return;
  show(controls, readSelection(new URLSearchParams(location.search)));
  root.addEventListener('change', (event) => {
    if (event.target === controls.year) fillMonths(controls, undefined);
    const selection = selectionOf(controls);
    const url = new URL(location.href);
    writeSelection(url.searchParams, selection);
    history.replaceState(history.state, '', url);
    summarize(controls, selection);
    document.dispatchEvent(new CustomEvent(SELECTION_CHANGE_EVENT));
  });
}
