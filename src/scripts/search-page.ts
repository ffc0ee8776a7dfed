/**
 * <search-page>: faceted search over the Pagefind index, with the page's own markup. The form is
 * the state; the URL mirrors it (src/lib/search-state.ts), so a search can be shared, reloaded
 * and gone back to. Focus moves to the results only when the reader asks for them (submitting,
 * arriving with a search, closing the filters), never while they type.
 */
import { didYouMean } from '../lib/did-you-mean';
import { plural } from '../lib/format';
import type { FacetKey } from '../lib/search-facets';
import { resultCard, type PagefindResultData, type ResultCard } from '../lib/search-results';
import {
  activeFilters,
  describeResults,
  pagefindFilters,
  pagefindSort,
  readSearchState,
  searchParams,
  withoutFilter,
  withoutFilters,
  type SearchState,
} from '../lib/search-state';

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

// Ten cards fill a tall screen; each card fetches its page's excerpt, so more would only slow the
// first results (half the bytes and time of twenty at 10,000 write-ups).
const PAGE_SIZE = 10;
const SUGGESTIONS = 3;
const TYPING_PAUSE_MS = 120;

class SearchPage extends HTMLElement {
  private pagefind?: Pagefind;
  private words?: Promise<string[]>;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private sort!: HTMLSelectElement;
  private heading!: HTMLElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private toggle!: HTMLButtonElement;
  private filters!: HTMLElement;
  private chips!: HTMLUListElement;
  private shown = PAGE_SIZE;
  private run = 0;
  private typingTimer?: number;
  private allCounts: Record<string, Record<string, number>> = {};
  private current?: { search: PagefindSearch; state: SearchState };
  private severityTitles: Record<string, string> = {};

  async connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('#search-query')!;
    this.sort = this.querySelector('select[name="sort"]')!;
    this.heading = this.querySelector('[data-results-heading]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-results]')!;
    this.toggle = this.querySelector('[data-filters-toggle]')!;
    this.filters = this.querySelector('[data-filters]')!;
    this.chips = this.querySelector('[data-chips]')!;
    this.listenToFilters();
    if (this.dataset.dev === 'true') return;
    this.severityTitles = JSON.parse(this.dataset.severityTitles ?? '{}') as Record<string, string>;
    const arrived = readSearchState(new URLSearchParams(window.location.search));
    this.writeForm(arrived);
    this.listen();
    try {
      this.status.textContent = 'Loading search…';
      this.pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
      await this.pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      await this.pagefind.init();
      // Loads the filter index; without it, results come back with empty facet counts.
      this.allCounts = await this.pagefind.filters();
    } catch {
      this.status.textContent = 'The search index could not be loaded. The incident log lists every write-up.';
      return;
    }
    await this.search();
    // Arriving with a search (from the header's box or a shared link) is asking for its results.
    if (arrived.query !== '' || activeFilters(arrived).length > 0) this.focusResults();
    else this.input.focus();
  }

  private listen() {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.typingTimer);
      void this.go('push', true);
    });
    // A pause of TYPING_PAUSE_MS ends a word: short enough that results follow the last key within
    // the 300 ms a reader feels as instant, long enough to skip most keys of a typed word.
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => void this.go('replace', false), TYPING_PAUSE_MS);
    });
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.input) void this.go('push', false);
    });
    this.chips.addEventListener('click', (event) => this.onChip(event));
    this.querySelector('[data-empty]')!.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-state]');
      if (!link) return;
      event.preventDefault();
      this.writeForm(readSearchState(new URLSearchParams(link.dataset.state)));
      void this.go('push', true);
    });
    this.querySelector('[data-more-button]')!.addEventListener('click', () => {
      this.shown += PAGE_SIZE;
      if (this.current) void this.renderCards(this.current.search, this.current.state, this.run);
    });
    window.addEventListener('popstate', () => {
      this.writeForm(readSearchState(new URLSearchParams(window.location.search)));
      this.shown = PAGE_SIZE;
      void this.search();
    });
  }

  /** The filters' button on a phone; it works in development too, where nothing else does. */
  private listenToFilters() {
    this.toggle.addEventListener('click', () => this.openFilters(this.toggle.getAttribute('aria-expanded') !== 'true'));
    this.querySelector('[data-filters-done]')!.addEventListener('click', () => {
      this.openFilters(false);
      this.focusResults();
    });
    this.filters.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || this.toggle.getAttribute('aria-expanded') !== 'true') return;
      this.openFilters(false);
      this.toggle.focus();
    });
  }

  private openFilters(open: boolean) {
    this.toggle.setAttribute('aria-expanded', String(open));
    this.filters.toggleAttribute('data-open', open);
  }

  private focusResults() {
    this.heading.focus();
  }

  /** The state as the form holds it. */
  private formState(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.append(name, value);
    return readSearchState(params);
  }

  private writeForm(state: SearchState) {
    this.input.value = state.query;
    this.sort.value = state.sort;
    this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    });
  }

  /** Runs the form's search, with the URL following: a new history entry, or a replaced one while typing. */
  private async go(history: 'push' | 'replace', focus: boolean) {
    const params = searchParams(this.formState()).toString();
    const url = `${window.location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.shown = PAGE_SIZE;
    await this.search();
    if (focus) this.focusResults();
  }

  private async search() {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    const run = ++this.run;
    const state = this.formState();
    const term = state.query || null;
    const sort = pagefindSort(state);
    const result = await pagefind.search(term, { filters: pagefindFilters(state), ...(sort ? { sort } : {}) });
    // Counts per facet ignore that facet's own ticks, so a reader can widen a facet as well as narrow it.
    const perFacet = new Map<string, PagefindSearch>();
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const key = fieldset.dataset.facet as FacetKey;
      if (state.filters[key]) perFacet.set(key, await pagefind.search(term, { filters: pagefindFilters(state, key) }));
    }
    if (run !== this.run) return;
    const asked = term !== null || activeFilters(state).length > 0;
    // With nothing asked, Pagefind gives no counts: the whole library's are the ones.
    this.showCounts((key) => (asked ? (perFacet.get(key) ?? result).filters : this.allCounts));
    this.current = { search: result, state };
    await this.renderCards(result, state, run);
    if (run !== this.run) return;
    this.nameDefaultSort(state);
    const count = result.results.length;
    this.status.textContent = `${describeResults(count, state, Number(this.dataset.total))}.`;
    this.renderChips(state);
    const active = activeFilters(state).length;
    this.toggle.querySelector('[data-active-count]')!.textContent = active > 0 ? ` (${active} active)` : '';
    this.querySelector('[data-filters-done]')!.textContent = count > 0 ? `Show ${plural(count, 'write-up')}` : 'Show results';
    await this.renderEmpty(count === 0 ? state : undefined, run);
  }

  /**
   * Without a query there is no best match: the default order is newest first, so the menu says
   * that, and its own "newest first" would be the same choice twice.
   */
  private nameDefaultSort(state: SearchState) {
    const fallback = this.sort.querySelector<HTMLOptionElement>('option[value=""]')!;
    fallback.textContent = (state.query ? fallback.dataset.withQuery : fallback.dataset.withoutQuery) ?? fallback.textContent;
    this.sort.querySelector<HTMLOptionElement>('option[value="date-desc"]')!.hidden = state.query === '' && state.sort !== 'date-desc';
  }

  private showCounts(countsFor: (facet: string) => Record<string, Record<string, number>>) {
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const key = fieldset.dataset.facet!;
      const counts = countsFor(key)[key] ?? {};
      fieldset.querySelectorAll<HTMLLabelElement>('label').forEach((label) => {
        const box = label.querySelector('input')!;
        const count = counts[box.value] ?? 0;
        label.querySelector('[data-count-for]')!.textContent = String(count);
        box.disabled = count === 0 && !box.checked;
      });
    }
  }

  private async renderCards(search: PagefindSearch, state: SearchState, run: number) {
    const page = await Promise.all(search.results.slice(0, this.shown).map((result) => result.data()));
    if (run !== this.run) return;
    this.list.replaceChildren(...page.map((data) => this.card(resultCard(data, { query: state.query !== '' }))));
    const more = this.querySelector<HTMLElement>('[data-more]')!;
    const rest = search.results.length - this.shown;
    more.hidden = rest <= 0;
    more.querySelector('button')!.textContent = `Show ${Math.min(PAGE_SIZE, rest)} more of ${rest}`;
  }

  /** One card from the page's template, the parts a write-up lacks removed. */
  private card(card: ResultCard): Node {
    const template = this.querySelector<HTMLTemplateElement>('template[data-card-template]')!;
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const field = <T extends HTMLElement>(name: string) => item.querySelector<T>(`[data-field="${name}"]`)!;
    const keep = (part: string, shown: boolean) => {
      if (!shown) item.querySelector(`[data-part="${part}"]`)!.remove();
    };
    const title = field<HTMLAnchorElement>('title');
    title.href = card.href;
    title.textContent = card.title;
    keep('severity', card.severity !== undefined);
    if (card.severity !== undefined) {
      const badge = field('severity');
      badge.textContent = card.severity;
      badge.classList.add(`badge--${card.severity}`);
      const meaning = this.severityTitles[card.severity];
      if (meaning) badge.title = meaning;
    }
    keep('near-miss', card.nearMiss);
    keep('recurring', card.recurring);
    keep('date', card.date !== undefined);
    if (card.date) field('date').append(Object.assign(document.createElement('time'), { dateTime: card.date.iso, textContent: card.date.label }));
    // Pagefind's excerpt is the page's own text, escaped by Pagefind, with the matches in <mark>.
    if ('html' in card.excerpt) field('excerpt').innerHTML = card.excerpt.html;
    else field('excerpt').textContent = card.excerpt.text;
    keep('cause', card.cause !== undefined);
    if (card.cause !== undefined) field('cause').textContent = card.cause;
    keep('services', card.services.length > 0);
    if (card.services.length > 0) field('services').append(...card.services.map((service) => Object.assign(document.createElement('li'), { textContent: service })));
    return item;
  }

  private renderChips(state: SearchState) {
    const filters = activeFilters(state);
    const chip = (text: string, data: Record<string, string>, label?: string) => {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
      Object.assign(button.dataset, data);
      if (label) button.setAttribute('aria-label', label);
      const item = document.createElement('li');
      item.append(button);
      return item;
    };
    this.chips.hidden = filters.length === 0;
    this.chips.replaceChildren(
      ...filters.map((filter) => chip(filter.label, { remove: JSON.stringify([filter.facet, filter.value]) }, `Remove filter ${filter.label}`)),
      ...(filters.length > 1 ? [chip('Clear all filters', { clearAll: '' })] : []),
    );
  }

  private onChip(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const state = this.formState();
    const index = [...this.chips.querySelectorAll('button')].indexOf(button);
    if (button.dataset.remove) {
      const [facet, value] = JSON.parse(button.dataset.remove) as [FacetKey, string];
      this.writeForm(withoutFilter(state, facet, value));
    } else {
      this.writeForm(withoutFilters(state));
    }
    void this.go('push', false).then(() => {
      // Focus stays among the chips: on the one that took this one's place, or on the results.
      const next = this.chips.querySelectorAll('button')[index] ?? this.chips.querySelectorAll('button')[index - 1];
      if (next) next.focus();
      else this.focusResults();
    });
  }

  /** When nothing matches: corrections of the query, filters to remove, each with what it would find. */
  private async renderEmpty(state: SearchState | undefined, run: number) {
    const empty = this.querySelector<HTMLElement>('[data-empty]')!;
    empty.hidden = state === undefined;
    if (!state) return;
    this.querySelector<HTMLElement>('[data-query-tip]')!.hidden = state.query === '';
    const pagefind = this.pagefind!;
    const count = async (next: SearchState) => (await pagefind.search(next.query || null, { filters: pagefindFilters(next) })).results.length;
    const link = (next: SearchState, text: string, found: number) => {
      const item = document.createElement('li');
      const anchor = Object.assign(document.createElement('a'), { href: `?${searchParams(next).toString()}`, textContent: text });
      anchor.dataset.state = searchParams(next).toString();
      item.append(anchor, ' ', Object.assign(document.createElement('span'), { className: 'muted', textContent: plural(found, 'write-up') }));
      return item;
    };

    const widenings: HTMLLIElement[] = [];
    const filters = activeFilters(state);
    for (const filter of filters) {
      const wider = withoutFilter(state, filter.facet, filter.value);
      const found = await count(wider);
      if (found > 0) widenings.push(link(wider, `Without ${filter.label}`, found));
    }
    if (filters.length > 1) {
      const found = await count(withoutFilters(state));
      if (found > 0) widenings.push(link(withoutFilters(state), 'Without any filter', found));
    }
    const corrections: HTMLLIElement[] = [];
    if (state.query !== '') {
      this.words ??= fetch(this.dataset.words!).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []), () => []);
      for (const query of didYouMean(state.query, await this.words, SUGGESTIONS)) {
        const corrected = { ...state, query };
        const found = await count(corrected);
        if (found > 0) corrections.push(link(corrected, query, found));
        // When no filter can be removed to find something, the correction may need them all removed.
        else if (filters.length > 0 && widenings.length === 0) {
          const unfiltered = await count(withoutFilters(corrected));
          if (unfiltered > 0) corrections.push(link(withoutFilters(corrected), `${query}, without the filters`, unfiltered));
        }
      }
    }
    if (run !== this.run) return;
    this.querySelector('[data-suggestions]')!.replaceChildren(...corrections);
    this.querySelector<HTMLElement>('[data-did-you-mean]')!.hidden = corrections.length === 0;
    this.querySelector('[data-widen-list]')!.replaceChildren(...widenings);
    this.querySelector<HTMLElement>('[data-widen]')!.hidden = widenings.length === 0;
  }
}

customElements.define('search-page', SearchPage);
