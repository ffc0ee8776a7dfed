/**
 * Cache keys for incremental builds: a page is reused only when everything it shows hashes the
 * same. Keys are content hashes of plain data, with object keys sorted so that the same data
 * always gives the same key.
 */
import { createHash } from 'node:crypto';

/** A shorter value that changes whenever `value` does, or undefined to hash `value` itself. */
export type StandIn = (value: object) => string | undefined;

function stable(value: unknown, standIn?: StandIn): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) return [...value].map(([key, item]) => [key, stable(item, standIn)]);
  if (Array.isArray(value)) return value.map((item) => stable(item, standIn));
  if (value && typeof value === 'object') {
    const short = standIn?.(value);
    if (short !== undefined) return short;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key], standIn)]),
    );
  }
  return value;
}

export function cacheKeyOf(...parts: unknown[]): string {
  return cacheKeyWith(undefined, ...parts);
}

/** A key in which objects that `standIn` knows are hashed by their stand-in. */
export function cacheKeyWith(standIn: StandIn | undefined, ...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(stable(parts, standIn))).digest('base64url').slice(0, 32);
}
