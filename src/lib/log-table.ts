/**
 * What the incident log's table shows and in what order, kept in the query string
 * (`?show=near-miss&sort=date-asc`) so that a reload, a shared link and the back button keep it,
 * and the caption that says it. Pure and free of the library, so the page's script and the view
 * model word the same state the same way.
 */
import { plural } from './format';

/** The filters, in the order the page lists them. A row must match every filter chosen. */
export const LOG_FILTERS = [
  { id: 'recurring', label: 'Recurring causes', phrase: 'recurring causes' },
  { id: 'overdue', label: 'With overdue actions', phrase: 'with overdue actions' },
  { id: 'near-miss', label: 'Near misses', phrase: 'near misses' },
] as const;

export type LogFilter = (typeof LOG_FILTERS)[number]['id'];

export type SortDirection = 'asc' | 'desc';

/** Each sortable column and how its order reads in the caption: ascending, then descending. */
export const LOG_SORTS = {
  date: ['oldest first', 'newest first'],
  incident: ['by title, A to Z', 'by title, Z to A'],
  severity: ['most severe first', 'least severe first'],
  type: ['by type, A to Z', 'by type, Z to A'],
  services: ['by services, A to Z', 'by services, Z to A'],
  cause: ['by root cause, A to Z', 'by root cause, Z to A'],
  done: ['least of their actions done first', 'most of their actions done first'],
  overdue: ['fewest overdue actions first', 'most overdue actions first'],
} as const satisfies Record<string, readonly [string, string]>;

export type LogColumn = keyof typeof LOG_SORTS;

export interface LogSort {
  column: LogColumn;
  direction: SortDirection;
}

export interface LogState {
  /** Filters chosen, in `LOG_FILTERS` order. */
  show: LogFilter[];
  sort: LogSort;
}

/** The order the page is built in, which a URL without `sort` means. */
export const DEFAULT_LOG_SORT: LogSort = { column: 'date', direction: 'desc' };

const isColumn = (value: string): value is LogColumn => Object.hasOwn(LOG_SORTS, value);

/** The state a query string asks for; anything it does not know is left out, not an error. */
export function readLogState(params: URLSearchParams): LogState {
  const asked = new Set(params.getAll('show'));
  const show = LOG_FILTERS.filter((filter) => asked.has(filter.id)).map((filter) => filter.id);
  const [, column = '', direction] = /^([a-z]+)-(asc|desc)$/.exec(params.get('sort') ?? '') ?? [];
  const sort = isColumn(column) ? { column, direction: direction as SortDirection } : DEFAULT_LOG_SORT;
  return { show, sort };
}

/** Writes the state into a query string, leaving its other parameters as they were. */
export function writeLogState(params: URLSearchParams, state: LogState): void {
  params.delete('show');
  params.delete('sort');
  for (const filter of LOG_FILTERS) if (state.show.includes(filter.id)) params.append('show', filter.id);
  const { column, direction } = state.sort;
  if (column !== DEFAULT_LOG_SORT.column || direction !== DEFAULT_LOG_SORT.direction) params.set('sort', `${column}-${direction}`);
}

const listed = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The table's caption for a state: `22 incidents, newest first`, or with filters
 * `2 of 22 incidents: near misses, oldest first`. `scope` follows the count: `in Q3 2024`.
 */
export function logCaption(state: LogState, counts: { shown: number; total: number }, scope = ''): string {
  const incidents = `${plural(counts.total, 'incident')}${scope ? ` ${scope}` : ''}`;
  const order = LOG_SORTS[state.sort.column][state.sort.direction === 'asc' ? 0 : 1];
  if (state.show.length === 0) return `${incidents}, ${order}`;
  const phrases = LOG_FILTERS.filter((filter) => state.show.includes(filter.id)).map((filter) => filter.phrase);
  return `${counts.shown} of ${incidents}: ${listed(phrases)}, ${order}`;
}
