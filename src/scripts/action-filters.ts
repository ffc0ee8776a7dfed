/**
 * <action-filters>: which actions the board shows, kept in the URL (`?show=overdue`, `?show=all`).
 * Open work is the page as built; "overdue only" hides the rest and the owners left with none;
 * "all" opens every owner's done and dropped actions. Each change adds a history entry, so the
 * back button steps back through them. Without scripts the choice is not shown (styles/actions.css)
 * and the board shows open work with done and dropped actions folded under each owner.
 */
import { actionViewStatus, readActionView, writeActionView, type ActionView } from '../lib/action-view';

class ActionFilters extends HTMLElement {
  connectedCallback() {
    const fieldset = this.querySelector<HTMLFieldSetElement>('[data-filters]');
    if (!fieldset) return;
    const current = () => readActionView(new URLSearchParams(location.search));
    fieldset.addEventListener('change', (event) => {
      const view = (event.target as HTMLInputElement).value as ActionView;
      const url = new URL(location.href);
      writeActionView(url.searchParams, view);
      history.pushState(null, '', url);
      this.apply(fieldset, view);
    });
    addEventListener('popstate', () => this.apply(fieldset, current()));
    this.apply(fieldset, current());
  }

  private apply(fieldset: HTMLFieldSetElement, view: ActionView) {
    for (const input of fieldset.querySelectorAll<HTMLInputElement>('input[name="show"]')) input.checked = input.value === view;
    const overdueOnly = view === 'overdue';
    let shown = 0;
    let total = 0;
    let owners = 0;
    for (const section of this.querySelectorAll<HTMLElement>('[data-owner]')) {
      const closed = section.querySelector<HTMLDetailsElement>('[data-closed]');
      if (closed) {
        closed.hidden = overdueOnly;
        closed.open = view === 'all';
      }
      const none = section.querySelector<HTMLElement>('[data-none]');
      if (none) none.hidden = overdueOnly;
      let visible = 0;
      for (const row of section.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        total += 1;
        const folded = row.closest('details') !== null;
        row.hidden = overdueOnly && !row.hasAttribute('data-overdue');
        if (!row.hidden && (!folded || view === 'all')) visible += 1;
      }
      section.hidden = overdueOnly && visible === 0;
      shown += visible;
      if (!section.hidden) owners += 1;
    }
    const status = this.querySelector('[data-filter-status]');
    if (status) status.textContent = actionViewStatus({ shown, total, owners });
  }
}

customElements.define('action-filters', ActionFilters);
