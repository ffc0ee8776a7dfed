/**
 * <log-filters>: narrows the incident log table to recurring incidents, incidents with overdue
 * actions, or near misses, from the rows' `data-*` flags. The controls are hidden until this
 * runs: without JavaScript the whole log shows.
 */
class LogFilters extends HTMLElement {
  connectedCallback() {
    const table = document.getElementById(this.dataset.table ?? '');
    const rows = [...(table?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])];
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const status = this.querySelector<HTMLElement>('[data-status]');
    const apply = () => {
      const required = boxes.filter((box) => box.checked).map((box) => box.value);
      let shown = 0;
      for (const row of rows) {
        const visible = required.every((flag) => row.dataset[flag] === 'true');
        row.hidden = !visible;
        if (visible) shown += 1;
      }
      if (status) status.textContent = required.length > 0 ? `${shown} of ${rows.length} incidents shown.` : '';
    };
    boxes.forEach((box) => box.addEventListener('change', apply));
    this.hidden = false;
    apply();
  }
}

customElements.define('log-filters', LogFilters);
