/**
 * Cache keys for incremental builds: a page is reused only when everything it shows hashes the
 * same. Keys are content hashes of plain data, with object keys sorted so that the same data
 * always gives the same key.
 */
import { createHash } from 'node:crypto';

function stable(value: unknown): unknown {
  if (value instanceof Map) return [...value].map(([key, item]) => [key, stable(item)]);
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function cacheKeyOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(stable(parts))).digest('base64url').slice(0, 32);
}
