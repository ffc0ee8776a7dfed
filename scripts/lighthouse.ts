/**
 * `npm run lighthouse`: Lighthouse scores of the sample library's main pages, built and served
 * locally, on mobile (Lighthouse's default) and desktop. Prints a Markdown table of the median of
 * a few runs per page (numbers only, no pass/fail; goals: performance ≥ 95, accessibility 100,
 * best practices ≥ 95, SEO ≥ 90), then the audits that kept a page below full marks.
 *
 *   npm run lighthouse -- [--runs=3] [--form-factor=mobile|desktop|both] [--json=folder]
 *
 * `--json` keeps each page's last report, to read what a failing audit found.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { buildSite as astroBuild, CHROMIUM, SAMPLE_TODAY, serveSite } from './lib/site';

const PAGES: { label: string; path: string }[] = [
  { label: 'home', path: '/' },
  { label: 'incident', path: '/incidents/2024-03-06-allergen-reconciliation/' },
  { label: 'log', path: '/log/' },
  { label: 'trends', path: '/trends/' },
  { label: 'search "certificate"', path: '/search/?q=certificate' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type FormFactor = 'mobile' | 'desktop';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'form-factor': { type: 'string', default: 'both' }, json: { type: 'string' } },
});
const runs = Number(values.runs);
const formFactorOption = values['form-factor'];
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
if (!['mobile', 'desktop', 'both'].includes(formFactorOption)) throw new Error(`--form-factor must be mobile, desktop or both, not ${formFactorOption}`);
const formFactors: FormFactor[] = formFactorOption === 'both' ? ['mobile', 'desktop'] : [formFactorOption as FormFactor];

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Audits that cost points: scored, below 1, and not merely informative. */
function weakAudits(result: Result): string[] {
  const counted = new Set(CATEGORIES.flatMap((id) => result.categories[id]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
  return Object.values(result.audits)
    .filter((audit) => counted.has(audit.id) && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
    .map((audit) => audit.id);
}

const site = mkdtempSync(path.join(tmpdir(), 'library-lighthouse-'));
try {
  console.error('Building the sample library…');
  const build = astroBuild(site, { POSTMORTEMS_TODAY: SAMPLE_TODAY });
  if (build.status !== 0) throw new Error(`Building the sample library failed:\n${build.stdout}\n${build.stderr}`);

  const server = await serveSite(site);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const rows: string[] = [];
  const weak: string[] = [];
  try {
    for (const formFactor of formFactors) {
      const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
      for (const page of PAGES) {
        const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((id) => [id, []]));
        const audits = new Set<string>();
        for (let run = 1; run <= runs; run++) {
          console.error(`${formFactor} ${page.path} run ${run}/${runs}`);
          const result = await lighthouse(`${server.url}${page.path}`, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${page.path}: ${result.lhr.runtimeError.message}`);
          for (const id of CATEGORIES) scores[id]!.push(Math.round((result.lhr.categories[id]?.score ?? 0) * 100));
          for (const audit of weakAudits(result.lhr)) audits.add(audit);
          if (values.json && run === runs) {
            mkdirSync(values.json, { recursive: true });
            const name = `${formFactor}-${page.label.replace(/\W+/g, '-').replace(/-$/, '')}.json`;
            writeFileSync(path.join(values.json, name), JSON.stringify(result.lhr, null, 2));
          }
        }
        rows.push(`| ${page.label} | ${formFactor} | ${CATEGORIES.map((id) => median(scores[id]!)).join(' | ')} |`);
        if (audits.size > 0) weak.push(`- ${page.label}, ${formFactor}: ${[...audits].sort().join(', ')}`);
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  console.log(`## Lighthouse, sample library (median of ${runs} run${runs === 1 ? '' : 's'}, simulated throttling)\n`);
  console.log('| page | form factor | performance | accessibility | best practices | SEO |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  console.log(rows.join('\n'));
  console.log(`\n### Audits below full marks in any run\n\n${weak.length > 0 ? weak.join('\n') : 'None.'}`);
} finally {
  rmSync(site, { recursive: true, force: true });
}
