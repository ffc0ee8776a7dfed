/**
 * <search-page>: faceted search over the Pagefind index. The query, sort and filters live in the
 * URL (`?q=…&severity=SEV1&service=…`), so a search can be shared and the back button works.
 * Within one facet, ticked values are alternatives (any); across facets, all must hold.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

const PAGE_SIZE = 20;
const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = {
  'date-desc': { date: 'desc' },
  'date-asc': { date: 'asc' },
  'severity-asc': { severity: 'asc' },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

class SearchPage extends HTMLElement {
  private pagefind?: Pagefind;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private shown = PAGE_SIZE;
  private run = 0;
  private typingTimer?: number;
  private allCounts: Record<string, Record<string, number>> = {};

  async connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('input[type="search"]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-results]')!;
    this.readUrl();
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update('push');
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => this.update('replace'), 250);
    });
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.input) this.update('push');
    });
    this.querySelector('[data-clear]')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => (box.checked = false));
      this.update('push');
    });
    window.addEventListener('popstate', () => {
      this.readUrl();
      void this.search();
    });
    if (this.dataset.dev === 'true') {
      this.status.textContent = 'Search needs a build: the index exists only after `npm run build` (see it with `npm run preview`).';
      return;
    }
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
    if (!this.input.value) this.input.focus();
    await this.search();
  }

  /** Query, sort and ticked filters as URL parameters, in the form's order. */
  private formParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    return params;
  }

  private readUrl() {
    const params = new URLSearchParams(window.location.search);
    this.input.value = params.get('q') ?? '';
    const sort = this.form.querySelector<HTMLSelectElement>('select[name="sort"]');
    if (sort) sort.value = params.get('sort') ?? '';
    this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => {
      box.checked = params.getAll(box.name).includes(box.value);
    });
    this.shown = PAGE_SIZE;
  }

  private update(history: 'push' | 'replace') {
    const query = this.formParams().toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.shown = PAGE_SIZE;
    void this.search();
  }

  private selectedFilters(): Map<string, string[]> {
    const selected = new Map<string, string[]>();
    this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked').forEach((box) => {
      selected.set(box.name, [...(selected.get(box.name) ?? []), box.value]);
    });
    return selected;
  }

  private async search() {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    const run = ++this.run;
    const term = this.input.value.trim() || null;
    const selected = this.selectedFilters();
    const filtersWithout = (skip?: string): PagefindFilters =>
      Object.fromEntries([...selected].filter(([key]) => key !== skip).map(([key, values]) => [key, { any: values }]));
    const sortName = this.form.querySelector<HTMLSelectElement>('select[name="sort"]')?.value ?? '';
    const sort = SORTS[sortName];
    if (term === null && selected.size === 0) {
      // Nothing asked yet: show the whole library by date, and every facet's full count.
      const all = await pagefind.search(null, { filters: {}, sort: sort ?? { date: 'desc' } });
      if (run !== this.run) return;
      this.showCounts(() => this.allCounts);
      await this.render(all, 'Every write-up, newest first. Type to search, or choose filters.');
      return;
    }
    const result = await pagefind.search(term, { filters: filtersWithout(), ...(sort ? { sort } : {}) });
    // Counts per facet ignore that facet's own ticks, so a reader can widen a facet as well as narrow it.
    const perFacet = new Map<string, PagefindSearch>();
    for (const key of new Set(this.facetKeys())) {
      perFacet.set(key, selected.has(key) ? await pagefind.search(term, { filters: filtersWithout(key) }) : result);
    }
    if (run !== this.run) return;
    this.showCounts((key) => perFacet.get(key)?.filters ?? result.filters);
    const count = result.results.length;
    const what = term ? ` for “${term}”` : '';
    const filtered = selected.size > 0 ? ' with the chosen filters' : '';
    await this.render(result, `${count} write-up${count === 1 ? '' : 's'} found${what}${filtered}.`);
  }

  private facetKeys(): string[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')].map((fieldset) => fieldset.dataset.facet!);
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

  private async render(search: PagefindSearch, status: string) {
    const run = this.run;
    const page = await Promise.all(search.results.slice(0, this.shown).map((result) => result.data()));
    if (run !== this.run) return;
    this.status.textContent = status;
    this.list.innerHTML = page
      .map(
        (data) => `<li>
          <a class="result-title" href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a>
          <ul class="meta-line">
            <li><span class="badge badge--${escapeHtml(data.meta.severity ?? '')}">${escapeHtml(data.meta.severity ?? '')}</span></li>
            <li><time datetime="${escapeHtml(data.meta.date ?? '')}">${escapeHtml(data.meta.dateLabel ?? '')}</time></li>
          </ul>
          <p class="result-excerpt">${this.input.value.trim() ? data.excerpt : escapeHtml(data.meta.summary ?? '')}</p>
        </li>`,
      )
      .join('');
    if (search.results.length > this.shown) {
      const more = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = `Show ${Math.min(PAGE_SIZE, search.results.length - this.shown)} more`;
      button.addEventListener('click', () => {
        this.shown += PAGE_SIZE;
        void this.render(search, status);
      });
      more.append(button);
      this.list.append(more);
    }
  }
}

customElements.define('search-page', SearchPage);
