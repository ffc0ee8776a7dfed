/**
 * Which slide a key moves to, as presentation tools do it: forward with →, ↓, Page Down and
 * space; back with ←, ↑, Page Up and shift+space; Home and End to the first and last. Undefined
 * for any other key, which the page then leaves alone.
 */
export function slideAfterKey(key: string, shift: boolean, current: number, count: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return Math.min(current + 1, last);
    case ' ':
      return shift ? Math.max(current - 1, 0) : Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
