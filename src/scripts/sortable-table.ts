/**
 * <sortable-table>: turns each `th[data-sort]` of the table inside into a button that sorts the
 * rows by the cells' `data-sort-value` (or text). The table is complete without it.
 */
class SortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const type = th.dataset.sort;
      if (!type) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const descending = th.getAttribute('aria-sort') === 'ascending';
        headers.forEach((other) => other.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const value = (row: HTMLTableRowElement) => {
          const cell = row.cells[column];
          return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
        };
        const compare =
          type === 'number'
            ? (a: HTMLTableRowElement, b: HTMLTableRowElement) => Number(value(a)) - Number(value(b))
            : (a: HTMLTableRowElement, b: HTMLTableRowElement) => value(a).localeCompare(value(b));
        const rows = [...body.rows].sort(compare);
        if (descending) rows.reverse();
        body.append(...rows);
      });
    });
  }
}

customElements.define('sortable-table', SortableTable);
