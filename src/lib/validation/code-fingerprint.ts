/**
 * A digest of the validator's own code: the modules a file's findings are computed by (the
 * checks, the reading of write-ups, the schema) and what they import, found by following their
 * relative imports, plus the lock file (the parsers' versions). Remembered findings are void when
 * it changes; a change to a page or a chart leaves them standing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]|new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The modules `entry` reaches through relative imports, itself included, sorted. */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const resolved = resolveModule(path.resolve(path.dirname(file), match[1] ?? match[2]!));
      if (resolved && !resolved.endsWith('.test.ts')) pending.push(resolved);
    }
  }
  return [...seen].sort();
}

function resolveModule(specifier: string): string | undefined {
  for (const candidate of [specifier, `${specifier}.ts`, path.join(specifier, 'index.ts')]) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return undefined;
}

/** The fingerprint of the checks whose entry module is `entry`, and of `lockFile`. */
export function codeFingerprint(entry: string, lockFile: string): string {
  const hash = createHash('sha256');
  for (const file of [...moduleGraph(entry), lockFile]) hash.update(path.basename(file)).update(readFileSync(file));
  return hash.digest('base64url');
}
