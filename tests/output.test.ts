/**
 * Checks the built sample site as a host would serve it: every page is valid HTML (the Nu HTML
 * Checker), and every internal link, asset and `#fragment` points at something that exists.
 * The Nu checker needs Java: without it the check is skipped with a reason, except under
 * CI=true, where a missing Java fails the run (the browser tests' policy).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root, SAMPLE_SITE } from './build-site';
import { candidateFiles, extractIds, extractReferences, pageUrl, resolveInternal } from './lib/links';

const VNU_JAR = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const hasJava = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;

if (!hasJava) {
  if (process.env.CI === 'true') throw new Error('CI=true but there is no `java` command: install Java 17 or newer (apt-get install default-jre-headless).');
  console.warn('HTML validation skipped: no `java` command for the Nu HTML Checker (apt-get install default-jre-headless).');
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const htmlFiles = () =>
  readdirSync(SAMPLE_SITE, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();

describe('the built sample site', () => {
  it.skipIf(!hasJava)('is valid HTML on every page (Nu HTML Checker)', () => {
    // One JVM for the whole folder: starting it per page would cost a second each.
    const result = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--skip-non-html', SAMPLE_SITE], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.status, result.stderr).toBe(0);
    const { messages } = JSON.parse(result.stdout) as { messages: VnuMessage[] };
    const where = (message: VnuMessage) =>
      `${message.url ? path.relative(SAMPLE_SITE, fileURLToPath(message.url)) : '?'}:${message.lastLine ?? '?'}`;
    const errors = messages.filter((message) => message.type !== 'info');
    const notes = messages.filter((message) => message.type === 'info');
    if (notes.length > 0) console.info(`Nu HTML Checker: ${notes.length} warning(s) or info message(s) on ${htmlFiles().length} pages.`);
    const report = errors.map((message) => `${where(message)} ${message.message}${message.extract ? `\n    ${message.extract.trim()}` : ''}`);
    expect(report, `${errors.length} HTML error(s):\n${report.join('\n')}`).toEqual([]);
  }, 120_000);

  it('has no broken internal link, missing asset or missing #fragment target', () => {
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let found = idsOf.get(file);
      if (!found) idsOf.set(file, (found = extractIds(readFileSync(path.join(SAMPLE_SITE, file), 'utf8'))));
      return found;
    };
    const isFile = (file: string) => existsSync(path.join(SAMPLE_SITE, file)) && statSync(path.join(SAMPLE_SITE, file)).isFile();

    const files = htmlFiles();
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const page = pageUrl(file);
      for (const reference of extractReferences(readFileSync(path.join(SAMPLE_SITE, file), 'utf8'))) {
        const target = resolveInternal(reference.url, page);
        if (!target) continue;
        checked++;
        const at = `${file}:${reference.line} ${reference.attribute}="${reference.url}"`;
        const served = candidateFiles(target.pathname).find(isFile);
        if (!served) broken.push(`${at}: nothing at ${target.pathname}`);
        else if (target.fragment && served.endsWith('.html') && !ids(served).has(target.fragment)) broken.push(`${at}: no id="${target.fragment}" in ${served}`);
      }
    }
    console.info(`Link check: ${checked} internal link(s) and asset(s) on ${files.length} pages.`);
    expect(files.length).toBeGreaterThan(0);
    expect(broken, `${broken.length} broken internal link(s):\n${broken.join('\n')}`).toEqual([]);
  });
});
