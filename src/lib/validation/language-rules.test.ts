import { describe, expect, it } from 'vitest';
import { checkBody } from './body-rules';
import { NO_IMAGE_FILES } from '../write-up/image-files';
import { readWriteUp } from '../write-up/read';
import { fieldName } from './schema-issues';
import {
  checkFrontMatterLanguage,
  checkProseLanguage,
  checkTitleLanguage,
  findBlamePhrases,
  findNamedBlame,
  findPersonName,
  namesToMatch,
  normalise,
  type ProseRun,
} from './language-rules';

const PEOPLE = new Map([
  ['priya', { name: 'Priya Raman' }],
  ['will', { name: 'Will Turner' }],
  ['tomas', { name: 'Tomás Herrera' }],
  ['mei', { name: 'Mei Lin Chen' }],
]);
const NAMES = namesToMatch(PEOPLE);

describe('normalise', () => {
  it.each([
    ['Cyrillic look-alikes', 'huмаn еrrоr'.replace('м', 'm'), 'human error'],
    ['Greek look-alikes', 'cαrelεss', 'careless'],
    ['fullwidth letters', 'ｆａｕｌｔ', 'fault'],
    ['a ligature', 'ﬁxed', 'fixed'],
    ['zero-width characters and a soft hyphen', 'hu\u200bman\u200c \u200derr\u2060or\ufeff care\u00adless', 'human error careless'],
    ['accents', 'Tomás Zoë', 'Tomas Zoe'],
    ['a curly apostrophe', 'should’ve', "should've"],
  ])('folds %s', (_, written, compared) => {
    expect(normalise(written).text).toBe(compared);
  });

  it('maps each index back to the text as written', () => {
    const written = 'a\u200bﬁb';
    const { text, written: at } = normalise(written);
    expect(text).toBe('afib');
    expect([0, 1, 2, 3, 4].map(at)).toEqual([0, 2, 2, 3, 4]);
  });

  it('keeps ASCII text as it is', () => {
    const { text, written } = normalise('Plain text.');
    expect(text).toBe('Plain text.');
    expect(written(5)).toBe(5);
  });
});

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

  it.each([
    ['Cyrillic letters', 'It was humаn еrrоr.', 'humаn еrrоr'],
    ['a zero-width space', 'It was hu\u200bman error.', 'hu\u200bman error'],
    ['a soft hyphen', 'The change was care\u00adless.', 'care\u00adless'],
    ['fullwidth letters', 'Their ｆａｕｌｔ.', 'Their ｆａｕｌｔ'],
    ['a Greek omicron', 'They shοuld have checked.', 'shοuld have'],
  ])('finds a phrase disguised with %s, quoting it as written and where it is', (_, text, phrase) => {
    const [found] = findBlamePhrases(text);
    expect(found?.phrase).toBe(phrase);
    expect(found?.readAs).toBeDefined();
    expect(found?.index).toBe(text.indexOf(phrase));
  });
});

describe('findNamedBlame', () => {
  it.each([
    ['Bob forgot to renew the certificate.', 'Bob', 'Bob forgot'],
    ['The alert fired, but Sam missed the alert.', 'Sam', 'Sam missed'],
    ['Sam had missed the page.', 'Sam', 'Sam had missed'],
    ['Bob simply overlooked the warning.', 'Bob', 'Bob simply overlooked'],
    ['Zoë neglected the runbook.', 'Zoë', 'Zoë neglected'],
    ["Jean-Luc didn't check the diff.", 'Jean-Luc', "Jean-Luc didn't check"],
    ['O’Brien ignored the dashboard.', 'O’Brien', 'O’Brien ignored'],
    ['Marcus failed to roll back.', 'Marcus', 'Marcus failed to'],
    ['The warning was ignored by Dana.', 'Dana', 'ignored by Dana'],
    ['Priya never checked the queue.', 'Priya', 'Priya never checked'],
    ['Bоb forgot it.', 'Bоb', 'Bоb forgot'],
    ['McKenzie skipped the canary.', 'McKenzie', 'McKenzie skipped'],
  ])('finds the name in %j', (text, name, phrase) => {
    const [found] = findNamedBlame(text, NAMES);
    expect(found).toMatchObject({ name, phrase, index: text.indexOf(phrase) });
    expect(found!.question).toMatch(/^Ask /);
  });

  it.each([
    'The alert was missed.',
    'Monitoring missed the spike.',
    'Redis ignored the TTL.',
    'We forgot to rotate the key.',
    'Nobody checked the replica lag.',
    'The deploy forgot the migration.',
    'Alerts missed the second spike.',
    'Validation skipped the field.',
    'Kafka dropped the ball on ordering.',
    'It was missed by the on-call engineer.',
    'Engineers missed the warning in the noise.',
    'Will the job miss the window?',
    'I forgot the password.',
    'The CI job skipped the tests.',
    'Upon failing to connect, the client retries.',
    'Nominees should have a sponsor.',
    'Enable skipped tests in the nightly run.',
  ])('finds nobody in %j', (text) => {
    expect(findNamedBlame(text, NAMES)).toEqual([]);
  });

  it('takes a registered name before a verb, even an ordinary word at the start of a sentence', () => {
    expect(findNamedBlame('Will forgot the flag.', NAMES)[0]?.name).toBe('Will');
    expect(findNamedBlame('priya ignored the alert', NAMES)[0]?.name).toBe('priya');
  });

  it('never takes a service or team name for a person', () => {
    const names = namesToMatch(PEOPLE, [], ['Larder API', 'Subscriptions squad']);
    expect(findNamedBlame('Larder ignored the header.', names)).toEqual([]);
    expect(findNamedBlame('Subscriptions missed the change.', names)).toEqual([]);
    expect(findNamedBlame('Larder ignored the header.', NAMES)).toHaveLength(1);
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

  it('a name next to a blame verb is an error in the title, the root cause and the factors, and a warning in every other text field', () => {
    const blame = 'Bob forgot to renew it.';
    const problems = checkFrontMatterLanguage(
      {
        ...valid,
        title: 'Bob forgot the certificate',
        summary: blame,
        impact: blame,
        resolution: blame,
        timeline: [{ at: '2024-03-05T16:47:00Z', what: blame, information: blame, decision: blame }],
        rootCause: { summary: blame },
        whys: [{ why: blame, because: blame }],
        contributingFactors: [{ kind: 'process', factor: blame }],
        wentWell: [blame],
        learnings: [blame],
        gotLucky: [blame],
        actions: [{ action: blame, successMetric: blame }],
      },
      NAMES,
    );
    expect(problems.every((p) => p.rule === 'person-named' && p.message.includes('"Bob forgot"'))).toBe(true);
    expect(problems.filter((p) => p.severity === 'error').map((p) => fieldName(p.path))).toEqual(['title', 'rootCause.summary', 'contributingFactors[0].factor']);
    expect(problems.filter((p) => p.severity === 'warning').map((p) => fieldName(p.path)).sort()).toEqual(
      [
        'summary', 'impact', 'resolution', 'timeline[0].what', 'timeline[0].information', 'timeline[0].decision', 'whys[0].why',
        'whys[0].because', 'wentWell[0]', 'learnings[0]', 'gotLucky[0]', 'actions[0].action', 'actions[0].successMetric',
      ].sort(),
    );
  });

  it('a blame phrase in the title is an error; in the summary, a warning', () => {
    const problems = checkFrontMatterLanguage({ ...valid, title: 'Human error during the failover', summary: 'A careless change.' }, NAMES);
    expect(problems.map((p) => [p.path.join('.'), p.severity, p.rule])).toEqual([
      ['title', 'error', 'blame-phrase'],
      ['summary', 'warning', 'blame-phrase'],
    ]);
  });

  it('reports a named blame once, not again as its blame phrase or its registered name', () => {
    const problems = checkFrontMatterLanguage({ ...valid, rootCause: { summary: 'Priya failed to run the check.' } }, NAMES);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('"Priya failed to"');
  });

  it('quotes a disguised phrase as written and as read', () => {
    const [problem] = checkFrontMatterLanguage({ ...valid, rootCause: { summary: 'Human еrror.' } }, NAMES);
    expect(problem!.message).toContain('"Human еrror" (read as "Human error")');
  });

  it('does not name registered people outside the title, the root cause and the factors', () => {
    expect(checkFrontMatterLanguage({ ...valid, timeline: [{ what: 'Priya rolled the change back' }] }, NAMES)).toEqual([]);
  });

  it('does not mind fields that are missing or not text', () => {
    expect(checkFrontMatterLanguage({ rootCause: 'unclear', contributingFactors: 'many', whys: [null] }, NAMES)).toEqual([]);
    expect(checkFrontMatterLanguage(undefined, NAMES)).toEqual([]);
  });
});

describe('checkTitleLanguage', () => {
  it('finds a name, a named blame and a blame phrase in a title, as plain errors', () => {
    expect(checkTitleLanguage('Bob forgot to renew the certificate')).toEqual([
      { severity: 'error', rule: 'person-named', message: expect.stringContaining('"Bob forgot"') },
    ]);
    expect(checkTitleLanguage('Priya deleted the orders table', NAMES)).toEqual([
      { severity: 'error', rule: 'person-named', message: 'The title names a person ("Priya"). Say what failed in the system, in plain words.' },
    ]);
    expect(checkTitleLanguage('Operator error took checkout down')[0]).toMatchObject({ rule: 'blame-phrase' });
    expect(checkTitleLanguage('Checkout rejected cards after a config change', NAMES)).toEqual([]);
  });
});

describe('checkProseLanguage', () => {
  const run = (text: string, line = 10): ProseRun => ({ text, startsSentence: true, at: (index) => ({ line, column: index + 1 }) });

  it('warns about a name next to a blame verb in the narrative, at its place', () => {
    const problems = checkProseLanguage([run('At 09:14 the page came. Sam missed the alert.')]);
    expect(problems).toEqual([{ line: 10, column: 25, severity: 'warning', rule: 'person-named', message: expect.stringContaining('"Sam missed"') }]);
  });

  it('places a disguised phrase where it is written', () => {
    const [problem] = checkProseLanguage([run('It was hu\u200b\u200bman error.')]);
    expect(problem).toMatchObject({ column: 8, rule: 'blame-phrase' });
  });

  it('warns about blame phrases in prose, at their place in the file, but not in code or quotes', () => {
    const body = 'Intro.\n\nThe deploy was careless.\n\n> The operator said: human error.\n\n`failed to` start\n';
    const reading = readWriteUp(`---\n${'\n'.repeat(17)}---\n${body}`, { libraryPath: 'a.mdx', images: NO_IMAGE_FILES, base: '/', timeZone: 'UTC' });
    const problems = checkProseLanguage(checkBody(reading.body!).prose);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 22, column: 16, severity: 'warning', rule: 'blame-phrase' });
    expect(problems[0]!.message).toContain('"careless"');
  });
});

describe('the language rules\' time', () => {
  const LENGTH = 300_000;
  const line = (repeated: string) => repeated.repeat(Math.ceil(LENGTH / repeated.length)).slice(0, LENGTH);
  // Each line repeats what a pattern starts with, or what a check looks back or forward over.
  const ATTACKS = [
    'a', 'A', ' ', '-', "'", '\u200b', 'é', 'а', 'human ', 'human', 'should ', 'should not ', 'fault ', 'page fault ', 'Bob forgot ',
    'Bob ', 'forgot ', 'missed by ', 'Sam had missed ', 'Bob failed to ', 'Priya ', 'Priya Raman ', 'Will ', '. Will ', 'didn\'t ',
  ].map(line);
  const names = namesToMatch(PEOPLE, [], ['Checkout']);

  it(`is in proportion to the text: ${ATTACKS.length} adversarial lines of 300 KB in well under 2 s in total`, () => {
    // Processor time, not the clock: other work on a busy machine slows the clock, not this work.
    const started = process.cpuUsage();
    for (const attack of ATTACKS) {
      checkTitleLanguage(attack, names);
      checkProseLanguage([{ text: attack, startsSentence: true, at: (index) => ({ line: 1, column: index + 1 }) }], names);
    }
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(2000);
  });
});
