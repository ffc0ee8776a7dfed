/**
 * Tables whose rows CSS turns into cards on a phone (`data-cards`: the incident log, the action
 * board, reviews, open actions, the backlog and the browse indexes) stop being tables to some browsers' screen-reader support once
 * their parts are no longer displayed as table parts. Explicit roles keep them tables. They are
 * set here rather than in the HTML, where the standard forbids them as redundant, and only while
 * the cards show, at the breakpoint of styles/log.css and of .phone-cards in styles/global.css.
 */
const PHONE = matchMedia('(max-width: 47.99rem)');

function addRoles(table: HTMLTableElement) {
  table.setAttribute('role', 'table');
  for (const group of [table.tHead, ...table.tBodies]) group?.setAttribute('role', 'rowgroup');
  for (const row of table.rows) {
    row.setAttribute('role', 'row');
    for (const cell of row.cells) {
      const header = cell.tagName === 'TH';
      cell.setAttribute('role', header ? (cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader') : 'cell');
    }
  }
  table.dataset.cards = 'roles';
}

function apply() {
  if (!PHONE.matches) return;
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-cards=""]')) addRoles(table);
}

PHONE.addEventListener('change', apply);
apply();
