/**
 * The header's menu button on phones: the links fold behind it once this script runs, so that
 * without JavaScript they are simply listed. Escape closes the menu and returns focus to it.
 */
const header = document.querySelector<HTMLElement>('.site-header');
const button = header?.querySelector<HTMLButtonElement>('[data-menu-button]');
if (header && button) {
  header.toggleAttribute('data-menu', true);
  button.hidden = false;
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
