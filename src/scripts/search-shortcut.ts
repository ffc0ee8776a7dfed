/**
 * The `/` key focuses the search box (the page's own, or the header's), unless the reader is
 * typing. Where the header shows no box (a narrow window), it opens the search page instead.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  const boxes = document.querySelectorAll<HTMLInputElement>('main input[type="search"], .header-search input[type="search"]');
  const box = [...boxes].find((input) => input.getClientRects().length > 0);
  const searchPage = document.querySelector<HTMLAnchorElement>('.site-header a.icon-button[href$="search/"]');
  if (!box && !searchPage) return;
  event.preventDefault();
  if (box) {
    box.focus();
    box.select();
  } else {
    window.location.assign(searchPage!.href);
  }
});
