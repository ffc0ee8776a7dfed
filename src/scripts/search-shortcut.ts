/** The `/` key focuses the search box (the page's own, or the header's), unless the reader is typing. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  const box = document.querySelector<HTMLInputElement>('main input[type="search"], .header-search input[type="search"]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
