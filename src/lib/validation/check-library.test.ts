import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkLibrary, validateLibrary, type LibrarySource } from './check-library';
import type { Diagnostic } from './diagnostic';

const REGISTRIES = {
  people: { path: 'pm/registry/people.yaml', text: 'priya:\n  name: Priya Raman\n  team: subscriptions\nmei:\n  name: Mei Chen\n  team: platform\ndara:\n  name: Dara Okafor\n' },
  teams: { path: 'pm/registry/teams.yaml', text: 'subscriptions:\n  name: Subscriptions squad\nplatform:\n  name: Platform\n' },
  services: { path: 'pm/registry/services.yaml', text: 'subscription-api:\n  name: Subscription API\n  team: subscriptions\n  tier: 1\nreconciliation:\n  name: Reconciliation\n  team: platform\n' },
  causes: { path: 'pm/registry/causes.yaml', text: 'change-coordination:\n  label: Cross-team change coordination\n  description: No mechanism to notice.\n' },
};

type FrontMatter = Record<string, unknown>;

/** A complete, valid write-up; each test breaks one thing. */
function validFrontMatter(): FrontMatter {
  return {
    title: 'Reconciliation read a changed API shape',
    date: '2024-03-06',
    severity: 'SEV2',
    type: 'integration',
    summary: 'A response shape changed. Reconciliation produced wrong allocations.',
    impact: 'Three customers received allergens.',
    services: ['subscription-api', 'reconciliation'],
    authors: ['dara'],
    facilitator: 'mei',
    participants: ['dara', 'mei'],
    timeline: [
      { at: '2024-03-05T16:47:00-05:00', kind: 'trigger', what: 'Change deployed' },
      { at: '2024-03-06T05:30:00-05:00', kind: 'impact', what: 'Wrong allocations written' },
      { at: '2024-03-06T09:00:00-05:00', kind: 'detected', what: 'Customer emails' },
      { at: '2024-03-06T11:14:00-05:00', kind: 'resolved', what: 'Fix deployed' },
    ],
    rootCause: { summary: 'Nothing lets one squad learn that another changes an API it consumes.', category: 'change-coordination' },
    whys: [
      { why: 'Why wrong boxes?', because: 'Wrong allocations.' },
      { why: 'Why wrong allocations?', because: 'Shape changed.' },
      { why: 'Why unnoticed?', because: 'No contract test.' },
    ],
    actions: [
      { action: 'Add contract tests between the two services', owner: 'priya', due: '2024-03-15', status: 'done', completed: '2024-03-14' },
      { action: 'Alert on schema mismatch in reconciliation', owner: 'mei', due: '2024-03-22' },
    ],
    followUp: '2024-03-27',
  };
}

function writeUp(frontMatter: FrontMatter, name = '2024-03-06-allergen-reconciliation', body = '\nWhat happened.\n') {
  return { path: `pm/2024/${name}.mdx`, text: `---\n${stringify(frontMatter)}---\n${body}` };
}

function source(files: { path: string; text: string }[], settingsText?: string): LibrarySource {
  return {
    registries: REGISTRIES,
    registryDir: 'pm/registry',
    libraryDir: 'pm',
    writeUps: files,
    settings: settingsText === undefined ? undefined : { path: 'pm/settings.yaml', text: settingsText },
  };
}

function check(files: { path: string; text: string }[], settingsText?: string): ReturnType<typeof checkLibrary> {
  return checkLibrary(source(files, settingsText));
}

function problems(frontMatter: FrontMatter, severity: Diagnostic['severity'] = 'error'): Diagnostic[] {
  return check([writeUp(frontMatter)]).diagnostics.filter((d) => d.severity === severity);
}

function only(frontMatter: FrontMatter, rule: string): Diagnostic {
  const found = problems(frontMatter);
  expect(found.map((d) => d.rule)).toEqual([rule]);
  return found[0]!;
}

const edit = (change: (fm: FrontMatter) => void): FrontMatter => {
  const fm = validFrontMatter();
  change(fm);
  return fm;
};
const actions = (fm: FrontMatter) => fm.actions as Record<string, unknown>[];
const timeline = (fm: FrontMatter) => fm.timeline as Record<string, unknown>[];

describe('a valid write-up', () => {
  it('has no errors and no warnings', () => {
    const result = check([writeUp(validFrontMatter())]);
    expect(result.diagnostics).toEqual([]);
    expect(result.writeUps[0]?.data?.severity).toBe('SEV2');
  });

  it('fills the defaults of optional fields', () => {
    const data = check([writeUp(validFrontMatter())]).writeUps[0]!.data!;
    expect(data.nearMiss).toBe(false);
    expect(data.visibility).toBe('internal');
    expect(data.draft).toBe(false);
    expect(data.essential).toBe(false);
    expect(data.actions[1]!.status).toBe('open');
  });
});

describe('checking the front matter only', () => {
  it('gives the same data as a full check, and leaves the body and secrets unread', () => {
    const files = [
      writeUp(validFrontMatter()),
      writeUp(edit((fm) => ((fm.title = 'A near miss in checkout'), (fm.date = '2024-03-07'))), '2024-03-07-near-miss', '\nA body with <script>alert(1)</script> and {1 + 1}.\n\nkey AKIAIOSFODNN7EXAMPLE\n'),
      writeUp(edit((fm) => ((fm.date = '2024-03-08'), delete fm.severity)), '2024-03-08-no-severity'),
    ];
    const full = check(files);
    const frontMatter = checkLibrary(source(files), { frontMatterOnly: true });
    expect(frontMatter.writeUps.map((w) => w.data)).toEqual(full.writeUps.map((w) => w.data));
    expect(frontMatter.writeUps[2]!.data).toBeUndefined();
    expect(full.diagnostics.some((d) => d.file.endsWith('near-miss.mdx'))).toBe(true);
    expect(frontMatter.diagnostics.filter((d) => d.file.endsWith('near-miss.mdx'))).toEqual([]);
    expect(frontMatter.writeUps[1]!.narrative).toBe('');
  });
});

describe('front matter fields', () => {
  it.each(['title', 'date', 'severity', 'type', 'summary', 'impact', 'services', 'authors', 'timeline', 'rootCause', 'actions', 'followUp'])(
    'a missing %s is an error that says what to add',
    (field) => {
      const d = only(edit((fm) => delete fm[field]), 'required-field');
      expect(d.message).toContain(`\`${field}\` is missing`);
    },
  );

  it('rootCause.summary and rootCause.category are required', () => {
    const d = only(edit((fm) => (fm.rootCause = { summary: 'Nothing checks the shape.' })), 'required-field');
    expect(d.message).toContain('`rootCause.category` is missing');
  });

  it('title must be 8 to 120 characters', () => {
    expect(only(edit((fm) => (fm.title = 'Outage')), 'field-length').message).toContain('too short');
    expect(only(edit((fm) => (fm.title = 'x'.repeat(121))), 'field-length').message).toContain('too long');
    expect(problems(edit((fm) => (fm.title = 'x'.repeat(120))))).toEqual([]);
  });

  it('date must be a real YYYY-MM-DD date', () => {
    expect(only(edit((fm) => (fm.date = '2024-3-6')), 'field-format').message).toContain('YYYY-MM-DD');
    expect(problems(edit((fm) => (fm.date = '2023-02-29'))).map((d) => d.rule)).toContain('field-format');
  });

  it('severity must be one of the configured scale, with a suggestion', () => {
    const d = only(edit((fm) => (fm.severity = 'sev2')), 'field-value');
    expect(d.message).toContain('SEV1, SEV2, SEV3, SEV4');
    expect(d.message).toContain('Did you mean "SEV2"?');
  });

  it('the severity scale comes from settings', () => {
    const settings = 'severities:\n  - id: P1\n    description: Worst\n  - id: P2\n    description: Less bad\n';
    const result = check([writeUp(edit((fm) => (fm.severity = 'P2')))], settings);
    expect(result.diagnostics).toEqual([]);
    const rejected = check([writeUp(validFrontMatter())], settings).diagnostics;
    expect(rejected.map((d) => d.rule)).toEqual(['field-value']);
    expect(rejected[0]!.message).toContain('P1, P2');
  });

  it('type must be one of the incident-log types', () => {
    expect(only(edit((fm) => (fm.type = 'outage')), 'field-value').message).toContain('deployment, integration, external, process, other');
  });

  it('nearMiss, essential and draft must be true or false', () => {
    for (const field of ['nearMiss', 'essential', 'draft']) {
      expect(only(edit((fm) => (fm[field] = 'yes')), 'field-type').message).toContain('true or false');
    }
  });

  it('summary is at most 500 characters', () => {
    expect(only(edit((fm) => (fm.summary = 'x'.repeat(501))), 'field-length').message).toContain('500');
  });

  it('services must be a list of at least one id', () => {
    expect(only(edit((fm) => (fm.services = [])), 'required-field').message).toContain('at least one service');
    expect(only(edit((fm) => (fm.services = 'reconciliation')), 'field-type').message).toContain('[reconciliation]');
  });

  it('authors must list at least one person', () => {
    expect(only(edit((fm) => (fm.authors = [])), 'required-field').message).toContain('at least one author');
  });

  it('visibility is internal or public', () => {
    expect(only(edit((fm) => (fm.visibility = 'private')), 'field-value').message).toContain('internal, public');
    expect(problems(edit((fm) => (fm.visibility = 'public')))).toEqual([]);
  });

  it('contributing factors have a known kind', () => {
    const d = only(edit((fm) => (fm.contributingFactors = [{ kind: 'human', factor: 'Tired.' }])), 'field-value');
    expect(d.message).toContain('technical, process, communication, environmental');
  });

  it('tags are kebab-case', () => {
    expect(only(edit((fm) => (fm.tags = ['API Contracts'])), 'field-format').message).toContain('kebab-case');
  });

  it('followUp is not before the incident date', () => {
    const d = only(edit((fm) => (fm.followUp = '2024-03-05')), 'follow-up-before-date');
    expect(d.message).toContain('before the incident date 2024-03-06');
    expect(problems(edit((fm) => (fm.followUp = '2024-03-06')))).toEqual([]);
  });

  it('an unknown field is a warning with a suggestion', () => {
    const warnings = problems(edit((fm) => (fm.servics = ['reconciliation'])), 'warning');
    expect(warnings.map((d) => d.rule)).toEqual(['unknown-field']);
    expect(warnings[0]!.message).toContain('Did you mean `services`?');
  });
});

describe('registry ids', () => {
  it('an unknown service is an error with a "did you mean"', () => {
    const d = only(edit((fm) => (fm.services = ['reconcilation'])), 'unknown-id');
    expect(d.message).toContain('pm/registry/services.yaml');
    expect(d.message).toContain('Did you mean "reconciliation"?');
  });

  it('authors, facilitator, participants and owners must be people', () => {
    expect(only(edit((fm) => (fm.authors = ['darra'])), 'unknown-id').message).toContain('Did you mean "dara"?');
    expect(only(edit((fm) => (fm.facilitator = 'meii')), 'unknown-id').message).toContain('Did you mean "mei"?');
    expect(only(edit((fm) => (fm.participants = ['zed'])), 'unknown-id').message).toContain('Add "zed" to pm/registry/people.yaml');
    expect(only(edit((fm) => (actions(fm)[1]!.owner = 'prya')), 'unknown-id').message).toContain('Did you mean "priya"?');
  });

  it('a team as action owner gets its own message naming its members', () => {
    const d = only(edit((fm) => (actions(fm)[0]!.owner = 'subscriptions')), 'team-as-owner');
    expect(d.message).toContain('which is a team');
    expect(d.message).toContain('priya');
  });

  it('the root-cause category must be in causes.yaml', () => {
    const d = only(edit((fm) => ((fm.rootCause as FrontMatter).category = 'change-coordinaton')), 'unknown-id');
    expect(d.message).toContain('Did you mean "change-coordination"?');
  });

  it('registry ids are kebab-case and teams they name exist', () => {
    const result = checkLibrary({
      registryDir: 'pm/registry',
      libraryDir: 'pm',
      writeUps: [],
      registries: {
        ...REGISTRIES,
        people: { path: 'pm/registry/people.yaml', text: 'Priya:\n  name: Priya\nmei:\n  name: Mei\n  team: platfrom\n' },
      },
    });
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(['registry-id', 'unknown-id']);
    expect(result.diagnostics.find((d) => d.rule === 'unknown-id')!.message).toContain('Did you mean "platform"?');
  });

  it('a registry that is a list is an error', () => {
    const result = checkLibrary({
      registryDir: 'pm/registry',
      libraryDir: 'pm',
      writeUps: [],
      registries: { ...REGISTRIES, teams: { path: 'pm/registry/teams.yaml', text: '- id: platform\n  name: Platform\n' } },
    });
    expect(result.diagnostics.map((d) => d.rule)).toContain('registry-shape');
  });
});

describe('timeline', () => {
  it('a timestamp without an offset is an error explaining why', () => {
    const d = only(edit((fm) => (timeline(fm)[1]!.at = '2024-03-06T05:30:00')), 'timestamp-offset');
    expect(d.message).toContain('no UTC offset');
    expect(d.message).toContain('like 2024-03-06T05:30:00Z for UTC');
  });

  it('suggests the offset of the library time zone on that date', () => {
    const winter = edit((fm) => (timeline(fm)[1]!.at = '2024-03-06T05:30:00'));
    const [d] = check([writeUp(winter)], 'timeZone: America/New_York\n').diagnostics;
    expect(d!.message).toContain('like 2024-03-06T05:30:00-05:00 for America/New_York time');
    const summer = edit((fm) => {
      fm.date = '2024-07-01';
      fm.timeline = [{ at: '2024-07-01T09:00:00', kind: 'detected', what: 'x' }, { at: '2024-07-01T10:00:00-04:00', kind: 'resolved', what: 'y' }];
      fm.followUp = '2024-07-10';
      fm.actions = [{ action: 'Add a contract test', owner: 'mei', due: '2024-07-20' }];
    });
    const [s] = check([writeUp(summer, '2024-07-01-summer-incident')], 'timeZone: America/New_York\n').diagnostics;
    expect(s!.message).toContain('2024-07-01T09:00:00-04:00');
  });

  it('a timestamp in Z (UTC) is fine', () => {
    expect(problems(edit((fm) => (timeline(fm)[1]!.at = '2024-03-06T10:30:00Z')))).toEqual([]);
  });

  it('events must be in chronological order, compared as instants', () => {
    const d = only(edit((fm) => (timeline(fm)[2]!.at = '2024-03-06T05:00:00-05:00')), 'timeline-order');
    expect(d.message).toContain('earlier than event 2');
    // 10:29 UTC is after 05:30-05:00 (= 10:30 UTC)? No: it is one minute before.
    expect(only(edit((fm) => (timeline(fm)[2]!.at = '2024-03-06T10:29:00Z')), 'timeline-order')).toBeTruthy();
    expect(problems(edit((fm) => (timeline(fm)[2]!.at = '2024-03-06T10:31:00Z')))).toEqual([]);
  });

  it('kind must be known and defaults to action', () => {
    expect(only(edit((fm) => (timeline(fm)[0]!.kind = 'deploy')), 'field-value').message).toContain('trigger, impact');
    const fm = edit((f) => delete timeline(f)[0]!.kind);
    expect(check([writeUp(fm)]).writeUps[0]!.data!.timeline[0]!.kind).toBe('action');
  });

  it('an empty timeline is an error', () => {
    expect(only(edit((fm) => (fm.timeline = [])), 'required-field').message).toContain('at least one event');
  });

  it('missing detected or resolved events are warnings', () => {
    const fm = edit((f) => (f.timeline = timeline(f).filter((e) => e.kind !== 'detected' && e.kind !== 'resolved')));
    expect(problems(fm)).toEqual([]);
    expect(problems(fm, 'warning').map((d) => d.rule).sort()).toEqual(['missing-detected', 'missing-resolved']);
  });
});

describe('actions', () => {
  it('a done action needs a completed date', () => {
    const d = only(edit((fm) => delete actions(fm)[0]!.completed), 'action-completed');
    expect(d.message).toContain('`actions[0].completed` is missing');
  });

  it('due is not before the incident date', () => {
    const d = only(edit((fm) => (actions(fm)[1]!.due = '2024-03-01')), 'action-due-before-date');
    expect(d.message).toContain('2024-03-01');
    expect(problems(edit((fm) => (actions(fm)[1]!.due = '2024-03-06')))).toEqual([]);
  });

  it('status, horizon and ticket are checked', () => {
    expect(only(edit((fm) => (actions(fm)[1]!.status = 'closed')), 'field-value').message).toContain('open, in-progress, done, dropped');
    expect(only(edit((fm) => (actions(fm)[1]!.horizon = 'soon')), 'field-value').message).toContain('short-term, long-term');
    expect(only(edit((fm) => (actions(fm)[1]!.ticket = 'REL-42')), 'url-scheme').message).toContain('https://');
    expect(only(edit((fm) => (actions(fm)[1]!.ticket = 'javascript:alert(1)')), 'url-scheme')).toBeTruthy();
    expect(only(edit((fm) => (actions(fm)[1]!.ticket = 'JaVaScRiPt:alert(1)')), 'url-scheme')).toBeTruthy();
    expect(only(edit((fm) => (actions(fm)[1]!.ticket = 'file:///etc/passwd')), 'url-scheme')).toBeTruthy();
    expect(problems(edit((fm) => (actions(fm)[1]!.ticket = 'https://tracker.example.com/REL-42')))).toEqual([]);
  });

  it('at least one action is required; more than three is a warning', () => {
    expect(only(edit((fm) => (fm.actions = [])), 'required-field').message).toContain('at least one action');
    const four = edit((fm) => (fm.actions = [1, 2, 3, 4].map((n) => ({ action: `Add check number ${n}`, owner: 'mei', due: '2024-04-01' }))));
    expect(problems(four, 'warning').map((d) => d.rule)).toEqual(['too-many-actions']);
  });

  it('vague actions are warnings that quote the phrase', () => {
    const warnings = problems(edit((fm) => (actions(fm)[1]!.action = 'Look into the reconciliation alerts')), 'warning');
    expect(warnings.map((d) => d.rule)).toEqual(['vague-action']);
    expect(warnings[0]!.message).toContain('"look into"');
  });
});

describe('review warnings', () => {
  it('no facilitator and fewer than three whys are warnings', () => {
    const fm = edit((f) => {
      delete f.facilitator;
      f.whys = [{ why: 'Why?', because: 'Because.' }];
    });
    expect(problems(fm)).toEqual([]);
    expect(problems(fm, 'warning').map((d) => d.rule).sort()).toEqual(['few-whys', 'no-facilitator']);
  });
});

describe('files and ids', () => {
  it('the file name must be a date and a kebab-case slug', () => {
    const result = check([writeUp(validFrontMatter(), '2024-03-06-Allergen_Reconciliation')]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['file-name']);
  });

  it('the date prefix must equal the date field', () => {
    const result = check([writeUp(validFrontMatter(), '2024-03-05-allergen-reconciliation')]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['date-mismatch']);
    expect(result.diagnostics[0]!.message).toContain('2024-03-06-allergen-reconciliation.mdx');
  });

  it('ids are unique across folders', () => {
    const a = writeUp(validFrontMatter());
    const b = { ...a, path: 'pm/archive/2024-03-06-allergen-reconciliation.md' };
    const result = check([a, b]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['duplicate-id']);
    expect(result.diagnostics[0]!.file).toBe('pm/archive/2024-03-06-allergen-reconciliation.md');
  });

  it('related ids must exist', () => {
    const other = writeUp(validFrontMatter(), '2024-03-06-second-incident');
    const ok = check([writeUp(edit((fm) => (fm.related = ['2024-03-06-second-incident']))), other]);
    expect(ok.diagnostics).toEqual([]);
    const broken = check([writeUp(edit((fm) => (fm.related = ['2024-03-06-second-incidnt']))), other]);
    expect(broken.diagnostics.map((d) => d.rule)).toEqual(['unknown-related']);
    expect(broken.diagnostics[0]!.message).toContain('Did you mean "2024-03-06-second-incident"?');
  });

  it('a file without front matter is an error', () => {
    const result = check([{ path: 'pm/2024/2024-03-06-x.mdx', text: '# Just a body\n' }]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['front-matter-missing']);
  });

  it('broken YAML is reported with its line', () => {
    const result = check([{ path: 'pm/2024/2024-03-06-x.mdx', text: '---\ntitle: ok title here\ndate: [2024-03-06\n---\n' }]);
    expect(result.diagnostics[0]!.rule).toBe('yaml-syntax');
    expect(result.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });
});

describe('positions and reporting', () => {
  it('points at the line of the offending field in the file', () => {
    const file = writeUp(edit((fm) => (actions(fm)[1]!.owner = 'prya')));
    const d = check([file]).diagnostics[0]!;
    const line = file.text.split('\n')[d.line - 1];
    expect(line).toContain('owner: prya');
    expect(d.file).toBe('pm/2024/2024-03-06-allergen-reconciliation.mdx');
  });

  it('reports every problem of every file in one run', () => {
    const a = writeUp(edit((fm) => { fm.severity = 'SEV9'; fm.services = ['nope']; }));
    const b = writeUp(edit((fm) => { fm.date = '2024-04-02'; fm.followUp = '2024-04-01'; }), '2024-04-02-other-incident');
    const rules = check([a, b]).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file.split('/').at(-1)}:${d.rule}`);
    expect(rules.sort()).toEqual([
      '2024-03-06-allergen-reconciliation.mdx:field-value',
      '2024-03-06-allergen-reconciliation.mdx:unknown-id',
      '2024-04-02-other-incident.mdx:action-due-before-date',
      '2024-04-02-other-incident.mdx:action-due-before-date',
      '2024-04-02-other-incident.mdx:follow-up-before-date',
    ]);
  });

  it('never prints a raw zod message', () => {
    const broken = edit((fm) => {
      fm.nearMiss = 'no';
      fm.timeline = 'soon';
      fm.rootCause = 'unclear';
    });
    for (const d of problems(broken)) expect(d.message).not.toMatch(/Invalid input|expected \w+, received/);
  });
});

describe('settings', () => {
  it('uses the defaults without settings.yaml', () => {
    const { settings } = check([]);
    expect(settings.timeZone).toBe('UTC');
    expect(settings.recurrence).toEqual({ threshold: 3, windowDays: 180 });
    expect(settings.severities.map((s) => s.id)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
  });

  it('rejects an unknown time zone and a threshold below 2', () => {
    const result = check([], 'timeZone: Mars/Olympus\nrecurrence:\n  threshold: 1\n');
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(['settings-field-length', 'settings-field-value']);
    expect(result.diagnostics.map((d) => d.line).sort()).toEqual([1, 3]);
  });

  it('keeps the defaults of keys it does not set', () => {
    const { settings, diagnostics } = check([], 'recurrence:\n  windowDays: 90\n');
    expect(diagnostics).toEqual([]);
    expect(settings.recurrence).toEqual({ threshold: 3, windowDays: 90 });
  });
});

describe('the body', () => {
  it('is checked on its syntax tree, with positions in the file', () => {
    const file = writeUp(validFrontMatter(), undefined, '\nWhat happened.\n\n<script>fetch("https://evil.example")</script>\n');
    const [d] = check([file]).diagnostics;
    expect(d).toMatchObject({ rule: 'body-forbidden-element', severity: 'error', column: 1 });
    expect(file.text.split('\n')[d!.line - 1]).toContain('<script>');
  });

  it('a parse error stops the body checks, but the front matter is still checked', () => {
    const file = writeUp(edit((fm) => (fm.severity = 'SEV9')), undefined, '\nIt took {5 minutes.\n');
    const rules = check([file]).diagnostics.map((d) => d.rule).sort();
    expect(rules).toEqual(['field-value', 'mdx-bare-brace']);
  });

  it('is checked even when the front matter is missing', () => {
    const rules = check([{ path: 'pm/2024/2024-03-06-x.mdx', text: '# Title\n\nimport fs from "node:fs"\n' }]).diagnostics.map((d) => d.rule);
    expect(rules.sort()).toEqual(['body-import-export', 'front-matter-missing']);
  });

  it('a plain .md write-up is read as Markdown, where raw HTML is checked', () => {
    const file = { ...writeUp(validFrontMatter(), undefined, '\nTook {5 minutes}.\n\n<b onclick="alert(1)">bold</b>\n'), path: 'pm/2024/2024-03-06-allergen-reconciliation.md' };
    expect(check([file]).diagnostics.map((d) => d.rule)).toEqual(['body-event-handler']);
  });
});

describe('blameless language', () => {
  it('a person named in the root cause is an error on its line', () => {
    const blaming = edit((fm) => ((fm.rootCause as FrontMatter).summary = 'Priya pushed the change without a review.'));
    const d = only(blaming, 'person-named');
    expect(d.message).toContain('"Priya"');
    expect(writeUp(blaming).text.split('\n')[d.line - 1]).toContain('summary: Priya pushed');
  });

  it('a blame phrase in a contributing factor is an error; in the body, a warning', () => {
    const factor = edit((fm) => (fm.contributingFactors = [{ kind: 'process', factor: 'Operator error during the failover.' }]));
    expect(only(factor, 'blame-phrase').message).toContain('"Operator error"');
    const body = check([writeUp(validFrontMatter(), undefined, '\nThe on-call engineer should have paged sooner.\n')]).diagnostics;
    expect(body.map((d) => `${d.severity} ${d.rule}`)).toEqual(['warning blame-phrase']);
  });

  it('a participant missing from the registry counts as a person too', () => {
    const fm = edit((f) => {
      f.participants = ['dara', 'zed'];
      (f.rootCause as FrontMatter).summary = 'Zed restarted the wrong cluster.';
    });
    expect(problems(fm).map((d) => d.rule).sort()).toEqual(['person-named', 'unknown-id']);
  });

  it('a title with a person\'s name is an error', () => {
    expect(only(edit((fm) => (fm.title = 'Dara Okafor deleted the orders table')), 'person-named').message).toContain('`title`');
  });
});

describe('validateLibrary', () => {
  const TOKEN = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_');

  it('adds the secret scan: the kind and the line, never the secret', async () => {
    const file = writeUp(validFrontMatter(), undefined, `\nThe log showed:\n\n\`\`\`\ntoken=${TOKEN}\n\`\`\`\n`);
    const { diagnostics } = await validateLibrary(source([file]));
    expect(diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['error secret']);
    const [d] = diagnostics;
    expect(file.text.split('\n')[d!.line - 1]).toContain(TOKEN);
    expect(d!.message).toContain('GitHub token');
    expect(d!.message).toContain(`Line ${d!.line}`);
    expect(d!.message).not.toContain(TOKEN.slice(4, 12));
  });

  it('scans settings and registries too', async () => {
    const library = source([]);
    library.settings = { path: 'pm/settings.yaml', text: `repository: https://deployer:${'Tr0ub4dor-and-3'}@git.example.com/acme/pm\n` };
    const { diagnostics } = await validateLibrary(library);
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([['pm/settings.yaml', 'secret']]);
  });

  it('returns what checkLibrary returns when there is no secret', async () => {
    const files = [writeUp(edit((fm) => (fm.severity = 'SEV9')))];
    expect(await validateLibrary(source(files))).toEqual(checkLibrary(source(files)));
  });
});

describe('names next to blame verbs', () => {
  it('reads a service or team name before a blame verb as the system, not a person', () => {
    const services = { path: 'pm/registry/services.yaml', text: `${REGISTRIES.services.text}hermes:\n  name: Hermes\n  team: platform\n` };
    const body = '\nHermes ignored the new field, and Zephyr missed the alert.\n';
    const library = checkLibrary({ ...source([writeUp(validFrontMatter(), undefined, body)]), registries: { ...REGISTRIES, services } });
    // Zephyr is no service or team: a given name next to a blame verb. Hermes is a service.
    expect(library.diagnostics.filter((d) => d.rule === 'person-named').map((d) => d.message)).toEqual([expect.stringContaining('Zephyr')]);
  });

  it('reads an unregistered given name before a blame verb as a person, in the root cause', () => {
    const named = edit((fm) => ((fm.rootCause as FrontMatter).summary = 'Bob forgot to renew the certificate.'));
    expect(only(named, 'person-named').message).toContain('Bob');
  });
});
