/**
 * Validation time of one write-up holding a single 300 KB adversarial line: runs of the characters
 * that make parsers, escape handling, the secret scan and the language rules backtrack or rescan,
 * in the narrative and in the title. Each must stay well under two seconds.
 */
import path from 'node:path';
import { readLibrarySource } from '../../src/lib/library-files';
import { validateLibrary } from '../../src/lib/validation/check-library';

const LINE = 300_000;

/** Each run, repeated to 300 KB. */
const RUNS: Record<string, string> = {
  '<': '<', '<a': '<a', '{': '{', '}': '}', '*a': '*a', '_a': '_a', '__a': '__a', '[': '[', '[a](': '[a](', '`': '`', '&#': '&#',
  '\\': '\\', '|': '|', 'http://a.': 'http://a.', 'www.a': 'www.a', 'a@a.': 'a@a.', '![': '![', '<b ': '<b ', '<b a="': '<b a="',
  '{/*': '{/*', '> ': '> ', '- ': '- ', 'should have ': 'should have ', 'Bob forgot ': 'Bob forgot ', 'eyJ': 'eyJ', 'AKIA': 'AKIA',
  'password=': 'password=', ':': ':', '/': '/', '=': '=', '-': '-', '#': '#', '1.': '1.', 'A': 'A', 'a:b@c/d': 'a:b@c/d', 'ghp_': 'ghp_',
};

export async function adversarialLineTimes(root: string): Promise<string[]> {
  const corpus = readLibrarySource(path.join(root, 'tests/fixtures/hostile'), root);
  const clean = corpus.writeUps.find((writeUp) => writeUp.path.endsWith('cases/2024-05-01-duplicate.mdx'))!;
  const times: { run: string; where: string; ms: number }[] = [];
  for (const [name, run] of Object.entries(RUNS)) {
    const line = run.repeat(Math.ceil(LINE / run.length)).slice(0, LINE);
    for (const where of ['narrative', 'title'] as const) {
      const text = where === 'narrative' ? `${clean.text}\n${line}\n` : clean.text.replace(/^title: .*$/m, `title: "${line.replace(/["\\]/g, 'x')}"`);
      const started = performance.now();
      await validateLibrary({ ...corpus, writeUps: [{ path: clean.path.replace('duplicate', 'adversarial'), text }] });
      times.push({ run: name, where, ms: performance.now() - started });
    }
  }
  times.sort((a, b) => b.ms - a.ms);
  const median = times[Math.floor(times.length / 2)]!.ms;
  return [
    `${times.length} validations of a write-up with one 300 KB line (${Object.keys(RUNS).length} kinds of run, in the narrative and in the title).`,
    `Median ${median.toFixed(0)} ms; the slowest:`,
    '',
    '| line | in the | validate |',
    '| --- | --- | ---: |',
    ...times.slice(0, 5).map((time) => `| \`${time.run.replace(/\|/g, '\\|')}\` × ${Math.ceil(LINE / time.run.length).toLocaleString('en')} | ${time.where} | ${time.ms.toFixed(0)} ms |`),
  ];
}
