/**
 * <sortable-table>: turns each `th[data-sort]` of the table inside into a button that sorts the
 * rows by the cells' `data-sort-value`, a `<time>`'s date, or their text; `data-sort="number"`
 * compares numbers. A click sorts ascending, or the other way when the column already is, and
 * tells the page with a `table-sort` event ({ key, direction } from the header's
 * `data-sort-key`). `sortBy()` sorts without a click, to restore an order from the URL. Equal
 * values keep the order the page was built in. The table is complete without this script.
 */
export type SortDirection = 'asc' | 'desc';

export interface TableSortDetail {
  key: string;
  direction: SortDirection;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export class SortableTable extends HTMLElement {
  private headers: HTMLTableCellElement[] = [];
  private body: HTMLTableSectionElement | undefined;
  /** Each row's place as built, so that equal values keep it. */
  private built = new Map<HTMLTableRowElement, number>();

  connectedCallback() {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body || this.body) return;
    this.body = body;
    [...body.rows].forEach((row, index) => this.built.set(row, index));
    this.headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    for (const th of this.headers) {
      if (!th.dataset.sort) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc';
        const key = th.dataset.sortKey ?? '';
        this.sortBy(key, direction);
        this.dispatchEvent(new CustomEvent<TableSortDetail>('table-sort', { bubbles: true, detail: { key, direction } }));
      });
    }
  }

  /** The column the rows are sorted by now, as its header says (`aria-sort`), if any. */
  get order(): TableSortDetail | undefined {
    const th = this.headers.find((header) => header.hasAttribute('aria-sort'));
    if (!th) return undefined;
    return { key: th.dataset.sortKey ?? '', direction: th.getAttribute('aria-sort') === 'descending' ? 'desc' : 'asc' };
  }

  /** Sorts by the column whose header has this `data-sort-key`; an unknown key does nothing. */
  sortBy(key: string, direction: SortDirection) {
    const column = this.headers.findIndex((th) => th.dataset.sort && th.dataset.sortKey === key);
    const th = this.headers[column];
    if (!th || !this.body) return;
    for (const other of this.headers) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ARIA_SORT[direction]);
    const value = (row: HTMLTableRowElement) => {
      const cell = row.cells[column];
      return cell?.dataset.sortValue ?? cell?.querySelector('time')?.dateTime ?? cell?.textContent?.trim() ?? '';
    };
    const numeric = th.dataset.sort === 'number';
    const compare = (a: HTMLTableRowElement, b: HTMLTableRowElement) => (numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b)));
    const sign = direction === 'asc' ? 1 : -1;
    const place = (row: HTMLTableRowElement) => this.built.get(row) ?? 0;
    const rows = [...this.body.rows].sort((a, b) => sign * compare(a, b) || place(a) - place(b));
    this.body.append(...rows);
  }
}

customElements.define('sortable-table', SortableTable);
