/**
 * <log-filters>: the incident log's filters and order, kept in the URL. It narrows the table to
 * the rows whose `data-*` flags match every filter chosen, restores the order from `?sort=`,
 * rewords the caption to say what is shown, and shows a message with a way out when nothing
 * matches. Each change adds a history entry, so the back button steps back through them; a
 * reload or a shared link shows the same rows. Without JavaScript the controls are not shown
 * (styles/log.css) and the whole log is.
 */
import { logCaption, readLogState, writeLogState, type LogColumn, type LogFilter, type LogState } from '../lib/log-table';
import { SortableTable, type TableSortDetail } from './sortable-table';

/** A filter's id as the name of the row's data attribute: `near-miss` → `nearMiss`. */
const datasetKey = (filter: LogFilter) => filter.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

class LogFilters extends HTMLElement {
  private state: LogState = readLogState(new URLSearchParams(location.search));

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    const sorter = this.querySelector('sortable-table');
    if (!controls || !(sorter instanceof SortableTable)) return;
    const boxes = [...controls.querySelectorAll<HTMLInputElement>('input[name="show"]')];
    const update = (state: LogState, announce: boolean) => {
      this.state = state;
      this.render(boxes, sorter, announce);
    };
    const push = () => {
      const url = new URL(location.href);
      writeLogState(url.searchParams, this.state);
      history.pushState(null, '', url);
    };
    controls.addEventListener('change', () => {
      update({ ...this.state, show: boxes.filter((box) => box.checked).map((box) => box.value as LogFilter) }, true);
      push();
    });
    this.addEventListener('table-sort', (event) => {
      const { key, direction } = (event as CustomEvent<TableSortDetail>).detail;
      // The table has sorted itself; the caption, the status and the URL follow.
      this.state = { ...this.state, sort: { column: key as LogColumn, direction } };
      this.describe(true);
      push();
    });
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      update({ ...this.state, show: [] }, true);
      push();
      boxes[0]?.focus();
    });
    addEventListener('popstate', () => update(readLogState(new URLSearchParams(location.search)), true));
    this.render(boxes, sorter, false);
  }

  private render(boxes: HTMLInputElement[], sorter: SortableTable, announce: boolean) {
    for (const box of boxes) box.checked = this.state.show.includes(box.value as LogFilter);
    const { column, direction } = this.state.sort;
    const order = sorter.order;
    if (order?.key !== column || order.direction !== direction) sorter.sortBy(column, direction);
    for (const row of this.rows()) row.hidden = !this.state.show.every((filter) => row.dataset[datasetKey(filter)] !== undefined);
    this.describe(announce);
  }

  private rows() {
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  }

  /** The caption, the status a screen reader hears, and the message when nothing matches. */
  private describe(announce: boolean) {
    const rows = this.rows();
    const shown = rows.filter((row) => !row.hidden).length;
    const caption = logCaption(this.state, { shown, total: rows.length }, this.querySelector('table')?.dataset.scope);
    const captionElement = this.querySelector('[data-caption]');
    if (captionElement) captionElement.textContent = caption;
    const status = this.querySelector('[data-status]');
    if (status && announce) status.textContent = `${caption}.`;
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = shown > 0;
  }
}

customElements.define('log-filters', LogFilters);
