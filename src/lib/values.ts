/** Reading plain data of unknown shape (front matter as written), which may hold anything or nothing. */

/** The value at `path` in `root`, or undefined when any step of it is missing. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
