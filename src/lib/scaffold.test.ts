import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildWriteUp,
  canonicalChoice,
  checkAnswers,
  missingFlags,
  parseIdList,
  registrySnippet,
  slugify,
  unknownFlagMessages,
  unknownIds,
  newWriteUpId,
  writeUpRelativePath,
  type LibraryChoices,
  type ScaffoldAnswers,
} from './scaffold';
import { writeUpSchema } from './schema';
import { checkLibrary, type LibrarySource } from './validation/check-library';
import { namesToMatch } from './validation/language-rules';
import { fieldName } from './validation/schema-issues';
import { splitWriteUp } from './write-up/front-matter';

const choices: LibraryChoices = {
  severities: [
    { id: 'SEV1', description: 'Worst.' },
    { id: 'SEV2', description: 'Bad.' },
    { id: 'SEV3', description: 'Minor.' },
  ],
  timeZone: 'America/New_York',
  services: ['checkout', 'payments-gateway'],
  people: ['priya', 'jonas'],
  teams: ['payments', 'platform'],
  causes: ['config-change', 'deploy-process'],
  names: namesToMatch(new Map([['priya', { name: 'Priya Raman' }], ['jonas', { name: 'Jonas Berg' }]]), [], ['Checkout', 'Payments gateway', 'Payments', 'Platform']),
};

const answers: ScaffoldAnswers = {
  title: 'Checkout returned errors after a deploy',
  date: '2025-03-04',
  severity: 'SEV2',
  type: 'deployment',
  services: ['checkout'],
  authors: ['priya'],
};

function frontMatterOf(text: string): Record<string, unknown> {
  const { frontMatter } = splitWriteUp(text);
  return parse(frontMatter ?? '') as Record<string, unknown>;
}

/** A library in memory with the registries the choices name, and one write-up. */
function libraryWith(path: string, text: string): LibrarySource {
  const map = (ids: readonly string[], entry: (id: string) => string) => ids.map((id) => `${id}:\n${entry(id)}`).join('\n');
  return {
    settings: { path: 'settings.yaml', text: `timeZone: America/New_York\nseverities:\n${choices.severities.map((s) => `  - id: ${s.id}\n    description: ${s.description}`).join('\n')}\n` },
    registryDir: 'registry',
    libraryDir: '',
    registries: {
      people: { path: 'registry/people.yaml', text: map(choices.people, (id) => `  name: Person ${id}`) },
      teams: { path: 'registry/teams.yaml', text: map(choices.teams, (id) => `  name: Team ${id}`) },
      services: { path: 'registry/services.yaml', text: map(choices.services, (id) => `  name: Service ${id}\n  team: payments`) },
      causes: { path: 'registry/causes.yaml', text: map(choices.causes, (id) => `  label: Cause ${id}`) },
    },
    writeUps: [{ path, text }],
  };
}

describe('slugify', () => {
  it('makes lower-case kebab-case words, dropping accents and punctuation', () => {
    expect(slugify('Checkout: 500s after Tomás’s deploy!')).toBe('checkout-500s-after-tomas-s-deploy');
  });

  it('cuts long titles between words', () => {
    expect(slugify('alpha beta gamma delta', 16)).toBe('alpha-beta-gamma');
    expect(slugify('alpha beta gamma delta', 15)).toBe('alpha-beta');
  });

  it('gives an empty slug when there is nothing to make one from', () => {
    expect(slugify('—— !! ——')).toBe('');
  });
});

describe('small helpers', () => {
  it('finds an option whatever its case', () => {
    expect(canonicalChoice(' sev2 ', ['SEV1', 'SEV2'])).toBe('SEV2');
    expect(canonicalChoice('SEV5', ['SEV1', 'SEV2'])).toBeUndefined();
  });

  it('reads comma-separated ids', () => {
    expect(parseIdList(' checkout, ,payments-gateway,checkout ')).toEqual(['checkout', 'payments-gateway']);
  });

  it('puts the write-up in its year folder, named by date and slug', () => {
    const id = newWriteUpId(answers);
    expect(id).toBe('2025-03-04-checkout-returned-errors-after-a-deploy');
    expect(writeUpRelativePath(id)).toBe('2025/2025-03-04-checkout-returned-errors-after-a-deploy.mdx');
    expect(newWriteUpId({ ...answers, slug: 'checkout-errors' })).toBe('2025-03-04-checkout-errors');
  });
});

describe('checkAnswers', () => {
  it('accepts complete answers, including ids the registries do not have yet', () => {
    expect(checkAnswers(answers, choices)).toEqual([]);
    expect(checkAnswers({ ...answers, services: ['brand-new-service'], authors: [] }, choices)).toEqual([]);
  });

  it('names each wrong answer with what to do instead', () => {
    const problems = checkAnswers(
      { title: 'Broke', date: '2025-02-30', severity: 'SEV22', type: 'deploy', services: [], authors: ['Priya Raman'], slug: 'Not A Slug' },
      choices,
    );
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField.title).toMatch(/too short/);
    expect(byField.date).toMatch(/"2025-02-30" is not a real calendar date/);
    expect(byField.severity).toBe('The severity "SEV22" is not on the scale (SEV1, SEV2, SEV3). Did you mean "SEV2"?');
    expect(byField.type).toMatch(/Did you mean "deployment"\?/);
    expect(byField.services).toMatch(/at least one service/);
    expect(byField.authors).toBe('"Priya Raman" is not an id: ids are lower-case letters, digits and hyphens, like "priya-raman".');
    expect(byField.slug).toMatch(/like "not-a-slug"/);
  });

  it('asks for a slug when the title has nothing to make one from', () => {
    const problems = checkAnswers({ ...answers, title: '障害が発生しました。決済' }, choices);
    expect(problems).toEqual([{ field: 'slug', message: expect.stringMatching(/give a slug/) }]);
  });

  it('refuses a title that names a person or blames, before the file name is made from it', () => {
    const named = checkAnswers({ ...answers, title: 'Priya forgot to renew the payment certificate' }, choices);
    expect(named.map((problem) => problem.field)).toContain('title');
    expect(named.find((problem) => problem.field === 'title')!.message).toMatch(/Priya/);
    const blame = checkAnswers({ ...answers, title: 'Checkout outage caused by human error in a deploy' }, choices);
    expect(blame.find((problem) => problem.field === 'title')?.message).toMatch(/human error/i);
    // A service's name is not a person.
    expect(checkAnswers({ ...answers, title: 'Checkout ignored the retry header for an hour' }, choices)).toEqual([]);
  });

  it('checks how it was detected and the changes that set it off, when given', () => {
    expect(checkAnswers({ ...answers, detection: 'customer', changes: ['https://github.com/acme/shop/pull/42'] }, choices)).toEqual([]);
    const problems = checkAnswers({ ...answers, detection: 'customers' as never, changes: ['PR 42', 'javascript:alert(1)'] }, choices);
    expect(problems.find((problem) => problem.field === 'detection')?.message).toBe(
      '"customers" is not one of monitoring, synthetic, customer, internal-report, third-party, audit, other. Did you mean "customer"?',
    );
    expect(problems.filter((problem) => problem.field === 'changes').map((problem) => problem.message)).toEqual([
      '"PR 42" is not a web address: a change is linked by its http or https URL, like https://github.com/acme/shop/pull/42.',
      '"javascript:alert(1)" is not a web address: a change is linked by its http or https URL, like https://github.com/acme/shop/pull/42.',
    ]);
  });

  it('rejects a title longer than the format allows', () => {
    expect(checkAnswers({ ...answers, title: 'x'.repeat(121) }, choices)[0]?.field).toBe('title');
  });
});

describe('unknown registry ids', () => {
  it('lists ids missing from their registry, with a suggestion for a likely typo', () => {
    expect(unknownIds({ services: ['checkot', 'checkout', 'loyalty'], authors: ['priya', 'sam'] }, choices)).toEqual([
      { registry: 'services', id: 'checkot', suggestion: 'checkout' },
      { registry: 'services', id: 'loyalty', suggestion: undefined },
      { registry: 'people', id: 'sam', suggestion: undefined },
    ]);
  });

  it('prints registry entries to paste, with blanks only a person can fill', () => {
    const services = parse(registrySnippet('services', ['loyalty', 'gift-cards'], choices));
    expect(services).toEqual({ loyalty: { name: null, team: null }, 'gift-cards': { name: null, team: null } });
    expect(registrySnippet('services', ['loyalty'], choices)).toContain('one of payments, platform');
    expect(parse(registrySnippet('people', ['sam'], choices))).toEqual({ sam: { name: null } });
  });
});

describe('buildWriteUp', () => {
  const text = buildWriteUp(answers, choices);
  const path = `postmortems/${writeUpRelativePath(newWriteUpId(answers))}`;

  it('writes the answers into the front matter', () => {
    expect(frontMatterOf(text)).toMatchObject({
      title: answers.title,
      date: answers.date,
      severity: 'SEV2',
      type: 'deployment',
      services: ['checkout'],
      authors: ['priya'],
    });
  });

  it('writes how it was detected and the changes when given, and offers them as hints when not', () => {
    const given = frontMatterOf(buildWriteUp({ ...answers, detection: 'monitoring', changes: ['https://github.com/acme/shop/pull/42'] }, choices));
    expect(given).toMatchObject({ detection: 'monitoring', changes: ['https://github.com/acme/shop/pull/42'] });
    expect(frontMatterOf(text)).not.toHaveProperty('detection');
    expect(text).toContain('# detection: monitoring');
    expect(text).toContain('monitoring | synthetic | customer | internal-report | third-party | audit | other');
    expect(text).toContain('# changes: [https://…]');
  });

  it('quotes a title that YAML would otherwise misread', () => {
    const title = 'Checkout: "500s" after deploy #42';
    expect(frontMatterOf(buildWriteUp({ ...answers, title }, choices)).title).toBe(title);
  });

  it('leaves every blank to fill in as an error that names the field, and nothing else', async () => {
    const library = await checkLibrary(libraryWith(path, text));
    const errors = library.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.message).toMatch(/^`[\w.[\]]+` must be text, but is empty\./);
    const fields = errors.map((error) => error.message.slice(1, error.message.indexOf('`', 1)));
    expect(fields).toEqual(expect.arrayContaining(['summary', 'impact', 'timeline[0].at', 'rootCause.summary', 'rootCause.category', 'actions[0].owner', 'actions[1].due', 'followUp']));
    for (const answered of ['title', 'date', 'severity', 'type', 'services', 'authors']) {
      expect(fields.filter((field) => field.startsWith(answered))).toEqual([]);
    }
  });

  it('has the structure of the format: with its blanks filled in, it passes the schema', () => {
    const raw = frontMatterOf(text);
    const fill = (value: unknown, path: PropertyKey[]): unknown => {
      if (Array.isArray(value)) return value.map((item, index) => fill(item, [...path, index]));
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner, [...path, key])]));
      }
      if (value !== null) return value;
      const field = fieldName(path);
      if (/\.at$/.test(field)) return `2025-03-04T09:0${path[1] as number}:00-05:00`;
      if (/due$|^followUp$/.test(field)) return '2025-03-18';
      if (/owner$|category$/.test(field)) return field.endsWith('owner') ? 'jonas' : 'deploy-process';
      return `Filled in ${field}`;
    };
    expect(writeUpSchema(choices.severities.map((s) => s.id)).safeParse(fill(raw, [])).error).toBeUndefined();
  });

  it('suggests timestamps with the library time zone offset of the incident date', () => {
    expect(text).toContain('like 2025-03-04T09:00:00-05:00');
    expect(buildWriteUp({ ...answers, date: '2025-07-04' }, choices)).toContain('like 2025-07-04T09:00:00-04:00');
  });

  it('keeps an empty author list when no author was given, which the validator reports', async () => {
    const library = await checkLibrary(libraryWith(path, buildWriteUp({ ...answers, authors: [] }, choices)));
    expect(library.diagnostics.map((d) => d.message)).toContain(
      '`authors` must list at least one author. (Who wrote this up (people.yaml ids).)',
    );
  });

  it('lists the root-cause categories and starts the narrative section', () => {
    expect(text).toContain('# category is an id from causes.yaml: config-change, deploy-process');
    expect(splitWriteUp(text).body).toMatch(/^\n## What happened\n/);
  });
});

describe('missingFlags', () => {
  it('names the required flags not given, or given empty, in the usage order', () => {
    expect(missingFlags({ title: 'Checkout failed', services: '' })).toEqual(['--severity', '--type', '--services']);
    expect(missingFlags({ title: 'x', severity: 'SEV2', type: 'process', services: 'checkout' })).toEqual([]);
  });
});

describe('unknownFlagMessages', () => {
  const known = ['title', 'author', 'services', 'yes', 'y'];

  it('names the closest known option', () => {
    expect(unknownFlagMessages(['authors', 'title', 'servces'], known)).toEqual([
      'Unknown option --authors: did you mean --author?',
      'Unknown option --servces: did you mean --services?',
    ]);
  });

  it('says only that it is unknown when nothing is close, short options with one dash', () => {
    expect(unknownFlagMessages(['colour', 'x'], known)).toEqual(['Unknown option --colour.', 'Unknown option -x.']);
  });
});
