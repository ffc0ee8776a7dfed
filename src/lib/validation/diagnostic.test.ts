import { describe, expect, it } from 'vitest';
import type { Completeness } from '../completeness';
import { formatCompleteness, formatGithub, formatText, type Diagnostic } from './diagnostic';

const error: Diagnostic = { file: 'pm/b.mdx', line: 3, column: 5, severity: 'error', rule: 'unknown-id', message: '`owner` is "prya". Did you mean "priya"?' };
const score: Completeness = {
  score: 78,
  suggestions: [
    { text: 'Link a `ticket` to 2 actions, so the follow-up can see its state.', points: 5 },
    { text: 'Name the `facilitator` who ran the review.', points: 5 },
  ],
};

describe('formatCompleteness', () => {
  it('puts the score and every suggestion with its points on one line', () => {
    expect(formatCompleteness(score)).toBe(
      'Completeness 78/100 — what would raise it: link a `ticket` to 2 actions, so the follow-up can see its state (+5); name the `facilitator` who ran the review (+5).',
    );
    expect(formatCompleteness({ score: 100, suggestions: [] })).toBe('Completeness 100/100.');
  });
});

describe('formatText', () => {
  it('groups by file and puts each file\'s score after its diagnostics, even without any', () => {
    const text = formatText([error], 2, new Map([['pm/b.mdx', score], ['pm/a.mdx', { score: 100, suggestions: [] }]]));
    expect(text.split('\n')).toEqual([
      'pm/a.mdx',
      '  Completeness 100/100.',
      '',
      'pm/b.mdx',
      '  pm/b.mdx:3:5  error  `owner` is "prya". Did you mean "priya"?  (unknown-id)',
      `  ${formatCompleteness(score)}`,
      '',
      '✖ 1 error and 0 warnings in 1 file (2 checked).',
    ]);
  });

  it('prints only the summary when there is nothing to say', () => {
    expect(formatText([], 3)).toBe('✔ 3 files checked: no problems.');
  });
});

describe('formatGithub', () => {
  it('adds the score as a notice on the file', () => {
    const lines = formatGithub([error], new Map([['pm/b.mdx', score]])).split('\n');
    expect(lines[0]).toBe('::error file=pm/b.mdx,line=3,col=5,title=unknown-id::`owner` is "prya". Did you mean "priya"?');
    expect(lines[1]).toMatch(/^::notice file=pm\/b\.mdx,line=1,title=completeness::Completeness 78\/100 — /);
  });
});
