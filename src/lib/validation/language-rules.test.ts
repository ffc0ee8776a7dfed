import { describe, expect, it } from 'vitest';
import { checkBody } from './body-rules';
import { NO_IMAGE_FILES } from '../write-up/image-files';
import { readWriteUp } from '../write-up/read';
import { checkFrontMatterLanguage, checkProseLanguage, findBlamePhrases, findPersonName, namesToMatch } from './language-rules';

const PEOPLE = new Map([
  ['priya', { name: 'Priya Raman' }],
  ['will', { name: 'Will Turner' }],
  ['tomas', { name: 'Tomás Herrera' }],
  ['mei', { name: 'Mei Lin Chen' }],
]);
const NAMES = namesToMatch(PEOPLE);

describe('findBlamePhrases', () => {
  it.each([
    ['It was human error.', 'human error'],
    ['An Operator  Error during the failover.', 'Operator Error'],
    ['User error in the form.', 'User error'],
    ['The change was careless.', 'careless'],
    ['She carelessly skipped it.', 'carelessly'],
    ['This was negligent.', 'negligent'],
    ['Negligence by the team.', 'Negligence'],
    ['They should have checked.', 'should have'],
    ["They should've checked.", "should've"],
    ['The engineer failed to run the script.', 'failed to'],
    ['It was their fault.', 'their fault'],
    ['Nobody was at fault.', 'fault'],
    ["He didn't bother to look.", "didn't bother"],
    ['He didn’t bother to look.', 'didn’t bother'],
    ['They shouldn’t have merged it.', 'shouldn’t have'],
  ])('finds the phrase in %j', (text, phrase) => {
    const [found] = findBlamePhrases(text);
    expect(found?.phrase).toBe(phrase);
    expect(found?.question).toMatch(/^Ask /);
  });

  it.each([
    'The service is fault-tolerant.',
    'The default timeout is 30 s.',
    'Fault tolerance was never tested.',
    'A page fault in the kernel.',
    'We ran fault injection on Tuesday.',
    'The faulty disk was replaced.',
    'Without a safeguard, the step was easy to miss.',
    'The shoulder season brought less traffic.',
  ])('finds nothing in %j', (text) => {
    expect(findBlamePhrases(text)).toEqual([]);
  });
});

describe('findPersonName', () => {
  it('finds a full name in any case, and accents do not matter', () => {
    expect(findPersonName('the change by priya raman went out', NAMES)).toBe('priya raman');
    expect(findPersonName('Tomas Herrera restarted it', NAMES)).toBe('Tomas Herrera');
    expect(findPersonName('mei lin chen was paged', NAMES)).toBe('mei lin chen');
  });

  it('finds a first name, a last name or an id alone, as whole words', () => {
    expect(findPersonName('The deploy Priya started', NAMES)).toBe('Priya');
    expect(findPersonName('Raman approved it', NAMES)).toBe('Raman');
    expect(findPersonName('Tomás deployed on Friday', NAMES)).toBe('Tomás');
    expect(findPersonName('A priyanka-style review', NAMES)).toBeUndefined();
    expect(findPersonName('The chenille rug', NAMES)).toBeUndefined();
  });

  it('finds nobody when nobody is registered', () => {
    expect(findPersonName('Priya restarted it', namesToMatch(new Map()))).toBeUndefined();
  });

  it('reads a name that is also a word ("Will") as a name only capitalised and mid-sentence', () => {
    expect(findPersonName('Will the cache hold? It will not.', NAMES)).toBeUndefined();
    expect(findPersonName('The queue will grow. Will it drain?', NAMES)).toBeUndefined();
    expect(findPersonName('The change Will deployed broke it.', NAMES)).toBe('Will');
    expect(findPersonName('The change Will Turner deployed.', NAMES)).toBe('Will Turner');
    expect(findPersonName('will turner deployed it', NAMES)).toBe('will turner');
    expect(findPersonName('Will may have restarted it', NAMES, false)).toBe('Will');
  });

  it('names participants that are not in the registry, by id', () => {
    expect(findPersonName('Zed restarted the job', namesToMatch(PEOPLE, ['zed']))).toBe('Zed');
    expect(findPersonName('Zed restarted the job', NAMES)).toBeUndefined();
  });
});

describe('checkFrontMatterLanguage', () => {
  const valid = {
    title: 'Reconciliation read a changed API shape',
    rootCause: { summary: 'Nothing lets one squad learn that another changes an API it consumes.' },
    contributingFactors: [{ kind: 'technical', factor: 'The job ran overnight with no monitoring.' }],
    whys: [{ why: 'Why?', because: 'No contract test.' }],
  };

  it('finds nothing in a blameless write-up', () => {
    expect(checkFrontMatterLanguage(valid, NAMES)).toEqual([]);
  });

  it('a name in the root cause, a factor or the title is an error that quotes it', () => {
    const problems = checkFrontMatterLanguage(
      {
        ...valid,
        title: 'Priya deleted the production table',
        rootCause: { summary: 'Raman pushed without review.' },
        contributingFactors: [valid.contributingFactors[0], { kind: 'process', factor: 'Mei Lin Chen was on leave.' }],
      },
      NAMES,
    );
    expect(problems.map((p) => [p.path.join('.'), p.severity, p.rule])).toEqual([
      ['title', 'error', 'person-named'],
      ['rootCause.summary', 'error', 'person-named'],
      ['contributingFactors.1.factor', 'error', 'person-named'],
    ]);
    expect(problems[1]!.message).toContain('"Raman"');
    expect(problems[2]!.message).toContain('`contributingFactors[1].factor`');
  });

  it('a blame phrase in the root cause or a factor is an error with the question to ask instead', () => {
    const [d] = checkFrontMatterLanguage({ ...valid, rootCause: { summary: 'Human error during the failover.' } }, NAMES);
    expect(d).toMatchObject({ path: ['rootCause', 'summary'], severity: 'error', rule: 'blame-phrase' });
    expect(d!.message).toContain('"Human error"');
    expect(d!.message).toContain('Ask what made the action seem reasonable at the time');
  });

  it('a blame phrase in the whys is a warning', () => {
    const problems = checkFrontMatterLanguage({ ...valid, whys: [{ why: 'Why was it missed?', because: 'The on-call should have looked.' }] }, NAMES);
    expect(problems.map((p) => [p.path.join('.'), p.severity])).toEqual([['whys.0.because', 'warning']]);
  });

  it('does not mind fields that are missing or not text', () => {
    expect(checkFrontMatterLanguage({ rootCause: 'unclear', contributingFactors: 'many', whys: [null] }, NAMES)).toEqual([]);
    expect(checkFrontMatterLanguage(undefined, NAMES)).toEqual([]);
  });
});

describe('checkProseLanguage', () => {
  it('warns about blame phrases in prose, at their place in the file, but not in code or quotes', () => {
    const body = 'Intro.\n\nThe deploy was careless.\n\n> The operator said: human error.\n\n`failed to` start\n';
    const reading = readWriteUp(`---\n${'\n'.repeat(17)}---\n${body}`, { libraryPath: 'a.mdx', images: NO_IMAGE_FILES, base: '/', timeZone: 'UTC' });
    const problems = checkProseLanguage(checkBody(reading.body!).prose);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 22, column: 16, severity: 'warning', rule: 'blame-phrase' });
    expect(problems[0]!.message).toContain('"careless"');
  });
});
