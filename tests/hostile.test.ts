/**
 * The hostile-input corpus: broken and malicious write-ups, each with exactly one defect.
 *
 * - Each case is checked as a library of its own: its rule, and nothing else, is an error, in
 *   plain words, at the right line.
 * - The whole corpus is built twice. Normally, the build fails listing exactly the files that
 *   `npm run validate` refuses, and no payload runs. With the checks switched off (a setting only
 *   these tests use), the build publishes whatever it can read, still no payload runs, and in
 *   Chromium no page of it executes a script, opens a dialog or navigates away.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLibrarySource } from '../src/lib/library-files';
import { validateLibrary } from '../src/lib/validation/check-library';
import { astroBuild, buildEnvironment, root } from './build-site';
import { hasBrowser, launchBrowser, serveSite, type SiteServer } from './browser/harness';
import type { Browser } from 'playwright-core';

interface HostileCase {
  /** The write-up, relative to the corpus. */
  file: string;
  /** The rule it breaks: the only error the library of this case may have. */
  rule: string;
  /** Which class of attack or mistake it stands for (see CLASSES). */
  class: (typeof CLASSES)[number];
  /** What is wrong, for people reading the manifest. */
  defect: string;
  /** Text on the line the error must point at. */
  at?: string;
  /** Text the message must contain. */
  mentions?: string;
  /** Other files the case needs in its library (a duplicate id needs two). */
  with?: string[];
}

/** Every class the corpus must cover, each with at least a few cases. */
const CLASSES = [
  'front-matter-boundary',
  'yaml',
  'renderer-key',
  'mdx-code',
  'element',
  'attribute',
  'url',
  'raw-html',
  'image',
  'data-url',
  'secret',
  'language',
  'encoding',
  'nesting',
  'mdx-syntax',
  'field',
  'registry',
  'size',
] as const;

const CORPUS = 'tests/fixtures/hostile';
const PAYLOADS = path.join(root, 'tests/.tmp/hostile-payloads');
const UNCHECKED_SITE = path.join(root, 'tests/.tmp/hostile-unchecked-site');

const cases = JSON.parse(readFileSync(path.join(root, CORPUS, 'cases.json'), 'utf8')) as HostileCase[];
const corpus = readLibrarySource(path.join(root, CORPUS), root);
const pathOf = (file: string) => `${CORPUS}/${file}`;
const markersWritten = () => (existsSync(PAYLOADS) ? readdirSync(PAYLOADS) : []);

function libraryOf(files: string[]) {
  const wanted = new Set(files.map(pathOf));
  return { ...corpus, writeUps: corpus.writeUps.filter((writeUp) => wanted.has(writeUp.path)) };
}

/** The files a build's error report names (`  path:line:column  error  …`). */
function filesRefusedByBuild(output: string): Set<string> {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  return new Set([...plain.matchAll(/^ {2}(\S+?):\d+:\d+ {2}error /gm)].map((match) => match[1]!));
}

function freshPayloadFolder() {
  rmSync(PAYLOADS, { recursive: true, force: true });
  // The folder exists, so a payload that ran would succeed in writing its marker.
  mkdirSync(PAYLOADS, { recursive: true });
}

afterAll(() => {
  rmSync(PAYLOADS, { recursive: true, force: true });
  rmSync(UNCHECKED_SITE, { recursive: true, force: true });
  rmSync(`${UNCHECKED_SITE}-cache`, { recursive: true, force: true });
});

describe('the hostile corpus', () => {
  it('has at least 150 cases covering every class, and every write-up of the corpus is one', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const inManifest = new Set(cases.flatMap((c) => [c.file, ...(c.with ?? [])]).map(pathOf));
    expect(corpus.writeUps.map((writeUp) => writeUp.path).filter((file) => !inManifest.has(file))).toEqual([]);
    for (const name of CLASSES) expect(cases.filter((c) => c.class === name).length, name).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => !(CLASSES as readonly string[]).includes(c.class))).toEqual([]);
    // Payloads that would write a marker file if anything of them ran during the build.
    expect(corpus.writeUps.filter((writeUp) => writeUp.text.includes('hostile-payloads')).length).toBeGreaterThanOrEqual(8);
  });

  it('starts from a write-up with no problems at all', async () => {
    const { diagnostics } = await validateLibrary(libraryOf(['cases/2024-05-01-duplicate.mdx']));
    expect(diagnostics).toEqual([]);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s is refused for its one defect', async (_, hostile) => {
    const file = pathOf(hostile.file);
    const library = await validateLibrary(libraryOf([hostile.file, ...(hostile.with ?? [])]));
    const errors = library.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file} ${d.rule}`)).toEqual(errors.map(() => `${file} ${hostile.rule}`));
    expect(errors.length).toBeGreaterThan(0);

    const [first] = errors;
    expect(first!.message).not.toMatch(/Invalid input|expected \w+, received|\bat .+:\d+:\d+|Error:|undefined|\[object /);
    expect(first!.line).toBeGreaterThanOrEqual(1);
    expect(first!.column).toBeGreaterThanOrEqual(1);
    if (hostile.mentions) expect(first!.message).toContain(hostile.mentions);
    if (hostile.at) {
      const lines = (corpus.writeUps.find((writeUp) => writeUp.path === file)!.text || readFileSync(path.join(root, file), 'latin1')).split('\n');
      expect(lines[first!.line - 1], `line ${first!.line} of ${file}`).toContain(hostile.at.replace(/\n$/, ''));
    }
  });

  it('fails the build listing exactly the files `npm run validate` refuses, and no payload runs', () => {
    const validate = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validate.ts', '--format', 'json'], {
      cwd: root,
      env: buildEnvironment({ POSTMORTEMS_DIR: CORPUS }),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(validate.status).toBe(1);
    const report = JSON.parse(validate.stdout) as { diagnostics: { file: string; severity: string }[] };
    const refusedByValidate = new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    expect(refusedByValidate.size).toBe(corpus.writeUps.length - 1);
    freshPayloadFolder();
    const out = path.join(root, 'tests/.tmp/hostile-site');
    rmSync(out, { recursive: true, force: true });
    const result = astroBuild(out, { POSTMORTEMS_DIR: CORPUS, POSTMORTEMS_TODAY: '2024-06-01' });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('The library has');
    expect(output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+\)?\n/);
    expect([...filesRefusedByBuild(output)].sort()).toEqual([...refusedByValidate].sort());
    expect(markersWritten()).toEqual([]);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('the hostile corpus with the checks switched off', () => {
  let browser: Browser | undefined;
  let server: SiteServer | undefined;

  beforeAll(async () => {
    freshPayloadFolder();
    rmSync(UNCHECKED_SITE, { recursive: true, force: true });
    const result = astroBuild(UNCHECKED_SITE, { POSTMORTEMS_DIR: CORPUS, POSTMORTEMS_TODAY: '2024-06-01', POSTMORTEMS_TEST_SKIP_CHECKS: '1' });
    if (result.status !== 0) throw new Error(`The unchecked build failed:\n${result.stdout}\n${result.stderr}`);
    if (hasBrowser) {
      browser = await launchBrowser();
      server = await serveSite(UNCHECKED_SITE);
    }
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('builds, and still no payload runs', () => {
    expect(markersWritten()).toEqual([]);
    expect(readdirSync(path.join(UNCHECKED_SITE, 'incidents')).length).toBeGreaterThan(cases.length / 2);
  });

  it.skipIf(!hasBrowser)('no page executes a script, opens a dialog or navigates away in Chromium', async () => {
    const pages = readdirSync(UNCHECKED_SITE, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    const page = await browser!.newPage();
    const incidents: string[] = [];
    page.on('dialog', async (dialog) => {
      incidents.push(`dialog on ${page.url()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server!.url) || /pwned/i.test(url)) incidents.push(`request from ${page.url()} to ${url}`);
    });
    for (const address of pages) {
      await page.goto(`${server!.url}${address}`, { waitUntil: 'load' });
      // Give timers, animations and refreshes their chance, then look at the narrative's DOM.
      await page.waitForTimeout(50);
      if (page.url() !== `${server!.url}${address}`) incidents.push(`${address} navigated to ${page.url()}`);
      const found = await page.evaluate(() => {
        const problems: string[] = [];
        if (document.documentElement.dataset.pwned || (window as unknown as { pwned?: unknown }).pwned) problems.push('a payload set its flag');
        for (const element of document.querySelectorAll('.prose *')) {
          if (/^(script|iframe|object|embed|style|svg|math|form|meta|base|link|noscript|template)$/i.test(element.tagName)) problems.push(`<${element.tagName.toLowerCase()}> in the narrative`);
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name) || attribute.name === 'style') problems.push(`${attribute.name} on <${element.tagName.toLowerCase()}>`);
            if (/^(href|src|cite|action|formaction|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) problems.push(`${attribute.name}=${attribute.value}`);
          }
        }
        return problems;
      });
      incidents.push(...found.map((problem) => `${address}: ${problem}`));
    }
    await page.close();
    expect(incidents).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
  }, 300_000);
});
