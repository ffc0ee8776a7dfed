/**
 * `<slide-deck>`: one slide on the screen at a time. Arrow keys, Page Up/Down, space (and
 * shift+space), Home and End move between slides; the address keeps the slide (#slide-3), so a
 * reload or a shared link opens it; Escape goes back to the quarter's page. Without this script
 * the slides are one long page.
 */
import { slideAfterKey } from '../lib/slide-keys';

class SlideDeck extends HTMLElement {
  #slides: HTMLElement[] = [];
  #current = 0;

  connectedCallback() {
    this.#slides = [...this.querySelectorAll<HTMLElement>(':scope > .slide')];
    if (this.#slides.length === 0) return;
    document.documentElement.classList.add('deck-mode');
    const controls = this.querySelector<HTMLElement>('.deck-controls');
    if (controls) controls.hidden = false;
    this.querySelector('[data-previous]')?.addEventListener('click', () => this.#show(this.#current - 1));
    this.querySelector('[data-next]')?.addEventListener('click', () => this.#show(this.#current + 1));
    document.addEventListener('keydown', this.#onKey);
    window.addEventListener('hashchange', this.#fromHash);
    this.#fromHash();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    window.removeEventListener('hashchange', this.#fromHash);
  }

  #fromHash = () => {
    const index = this.#slides.findIndex((slide) => `#${slide.id}` === window.location.hash);
    this.#show(index >= 0 ? index : 0, { updateAddress: index < 0 && window.location.hash !== '' });
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement | null)?.closest('input, textarea, select, button, a') && (event.key === ' ' || event.key === 'Enter')) return;
    if (event.key === 'Escape') {
      window.location.href = this.dataset.back ?? '../';
      return;
    }
    const next = slideAfterKey(event.key, event.shiftKey, this.#current, this.#slides.length);
    if (next === undefined) return;
    event.preventDefault();
    this.#show(next);
  };

  #show(index: number, { updateAddress = true } = {}) {
    const target = Math.max(0, Math.min(this.#slides.length - 1, index));
    this.#current = target;
    this.#slides.forEach((slide, at) => {
      slide.hidden = at !== target;
    });
    const slide = this.#slides[target]!;
    if (updateAddress && window.location.hash !== `#${slide.id}`) history.replaceState(null, '', `#${slide.id}`);
    const position = this.querySelector('[data-position]');
    if (position) position.textContent = `Slide ${target + 1} of ${this.#slides.length}: ${slide.querySelector('h1, h2')?.textContent ?? ''}`;
    this.querySelector<HTMLButtonElement>('[data-previous]')!.disabled = target === 0;
    this.querySelector<HTMLButtonElement>('[data-next]')!.disabled = target === this.#slides.length - 1;
  }
}

if (!customElements.get('slide-deck')) customElements.define('slide-deck', SlideDeck);
