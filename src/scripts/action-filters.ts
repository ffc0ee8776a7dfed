/**
 * <action-filters>: checkboxes that narrow the action board by status and to overdue actions.
 * Without it every action is shown; it only hides rows (and owners left with none).
 */
class ActionFilters extends HTMLElement {
  connectedCallback() {
    const fieldset = this.querySelector<HTMLFieldSetElement>('[data-filters]');
    if (!fieldset) return;
    fieldset.hidden = false;
    fieldset.addEventListener('change', () => this.apply(fieldset));
    this.apply(fieldset);
  }

  private apply(fieldset: HTMLFieldSetElement) {
    const statuses = new Set(
      [...fieldset.querySelectorAll<HTMLInputElement>('input[name="status"]')].filter((input) => input.checked).map((input) => input.value),
    );
    const onlyOverdue = fieldset.querySelector<HTMLInputElement>('input[name="overdue"]')?.checked ?? false;
    let shown = 0;
    let total = 0;
    let owners = 0;
    for (const section of this.querySelectorAll<HTMLElement>('[data-owner]')) {
      let visible = 0;
      for (const row of section.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        const show = statuses.has(row.dataset.status ?? '') && (!onlyOverdue || row.dataset.overdue === 'true');
        row.hidden = !show;
        total += 1;
        if (show) visible += 1;
      }
      section.hidden = visible === 0;
      shown += visible;
      if (visible > 0) owners += 1;
    }
    const status = this.querySelector('[data-filter-status]');
    if (status) status.textContent = `Showing ${shown} of ${total} actions, ${owners} ${owners === 1 ? 'owner' : 'owners'}.`;
  }
}

customElements.define('action-filters', ActionFilters);
