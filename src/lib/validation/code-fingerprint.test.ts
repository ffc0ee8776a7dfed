import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint, moduleGraph } from './code-fingerprint';

const work = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
  writeFileSync(path.join(work, name), text);
  return path.join(work, name);
};

describe('codeFingerprint', () => {
  const entry = file('validation/check.ts', "import { a } from './rules';\nimport x from '../shared/format';\nimport { z } from 'astro/zod';\nnew URL('./worker.mjs', import.meta.url);\n");
  file('validation/rules.ts', 'export const a = 1;\n');
  file('validation/rules.test.ts', "import './check';\n");
  file('shared/format/index.ts', 'export default 1;\n');
  file('validation/worker.mjs', "await import('./check.ts');\n");
  file('pages/chart.ts', "import '../validation/rules';\n");
  const lock = file('package-lock.json', '{}');

  it('follows relative imports, index files and worker URLs, but not packages or tests', () => {
    expect(moduleGraph(entry).map((found) => path.relative(work, found))).toEqual([
      'shared/format/index.ts',
      'validation/check.ts',
      'validation/rules.ts',
      'validation/worker.mjs',
    ]);
  });

  it('changes with a module of the checks or the lock file, not with a page', () => {
    const before = codeFingerprint(entry, lock);
    file('pages/chart.ts', "import '../validation/rules';\n// a caption changed\n");
    expect(codeFingerprint(entry, lock)).toBe(before);
    file('validation/rules.ts', 'export const a = 2;\n');
    const changedRule = codeFingerprint(entry, lock);
    expect(changedRule).not.toBe(before);
    file('package-lock.json', '{"lockfileVersion": 3}');
    expect(codeFingerprint(entry, lock)).not.toBe(changedRule);
  });
});
