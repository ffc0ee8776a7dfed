/**
 * Table frames (components/TableFrame.astro, and the tables of a write-up's body): each says
 * whether its table is wider than the frame, and which edges have more to scroll to, as data
 * attributes the stylesheet turns into a cue and edge fades. A frame that fits leaves the tab
 * order, since there is nothing to scroll.
 */
function watch(frame: HTMLElement) {
  const scroller = frame.querySelector<HTMLElement>('.table-frame__scroll');
  if (!scroller) return;
  const update = () => {
    const overflow = scroller.scrollWidth - scroller.clientWidth;
    const overflows = overflow > 1;
    frame.toggleAttribute('data-overflows', overflows);
    frame.toggleAttribute('data-more-before', overflows && scroller.scrollLeft > 1);
    frame.toggleAttribute('data-more-after', overflows && scroller.scrollLeft < overflow - 1);
    if (overflows) scroller.setAttribute('tabindex', '0');
    else scroller.removeAttribute('tabindex');
  };
  scroller.addEventListener('scroll', update, { passive: true });
  const observer = new ResizeObserver(update);
  observer.observe(scroller);
  // Rows hidden by a filter change the table's width without changing the frame's.
  if (scroller.firstElementChild) observer.observe(scroller.firstElementChild);
  update();
}

for (const frame of document.querySelectorAll<HTMLElement>('.table-frame')) watch(frame);
