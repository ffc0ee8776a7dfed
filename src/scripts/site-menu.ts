/**
 * The header's menu button on phones (shown, and the links folded, by the stylesheet wherever
 * scripts run): it opens and closes the links. Escape closes them and returns focus to it.
 */
const header = document.querySelector<HTMLElement>('.site-header');
const button = header?.querySelector<HTMLButtonElement>('[data-menu-button]');
if (header && button) {
  const setOpen = (open: boolean) => {
    header.toggleAttribute('data-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && header.hasAttribute('data-open')) {
      setOpen(false);
      button.focus();
    }
  });
}
