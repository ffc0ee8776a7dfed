/**
 * `npm run new`, the pure part: checking the answers, making the id, and writing the new
 * write-up's text. What the author still has to write is left empty, never filled with text
 * that would pass: an empty value fails `npm run validate` with a message naming the field, so
 * the validator doubles as the to-do list.
 */
import { stringify } from 'yaml';
import { isCalendarDay } from './days';
import { DETECTION_SOURCES, INCIDENT_TYPES, KEBAB_CASE, WRITE_UP_ID, type DetectionSource } from './schema';
import { closestMatch } from './suggest';
import { checkTitleLanguage, type PeopleNames } from './validation/language-rules';
import { offsetNear } from './validation/schema-issues';
import { isWebUrl } from './write-up/allowlist';

export interface ScaffoldAnswers {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  severity: string;
  type: string;
  services: string[];
  /** May be empty: the file then keeps an empty `authors` list for the author to fill in. */
  authors: string[];
  /** Defaults to the slug of the title. */
  slug?: string | undefined;
  /** How we first learned of it; left as a blank to fill in when not given. */
  detection?: DetectionSource | undefined;
  /** The pull requests, deploys or configuration changes that set it off, if any. */
  changes?: string[] | undefined;
}

/** What the library offers to choose from (settings and registry ids). */
export interface LibraryChoices {
  severities: readonly { id: string; description: string }[];
  timeZone: string;
  services: readonly string[];
  people: readonly string[];
  teams: readonly string[];
  causes: readonly string[];
  /** The registry's people by name, and the service and team names that are not people: for the title's language check. */
  names: PeopleNames;
}

/** The flags `npm run new` must have to create a write-up without asking anything. */
export const REQUIRED_FLAGS = ['title', 'severity', 'type', 'services'] as const;

/** The required flags not given (or given empty), in the order the usage lists them. */
export function missingFlags(given: Readonly<Record<string, unknown>>): string[] {
  return REQUIRED_FLAGS.filter((flag) => given[flag] === undefined || given[flag] === '').map((flag) => `--${flag}`);
}

/** "Unknown option --authors: did you mean --author?" for each option that is not one of `known`. */
export function unknownFlagMessages(names: readonly string[], known: readonly string[]): string[] {
  return names
    .filter((name) => !known.includes(name))
    .map((name) => {
      const shown = name.length === 1 ? `-${name}` : `--${name}`;
      const guess = closestMatch(name, known.filter((option) => option.length > 1));
      return `Unknown option ${shown}${guess ? `: did you mean --${guess}?` : '.'}`;
    });
}

export interface AnswerProblem {
  field: keyof ScaffoldAnswers;
  message: string;
}

const TITLE_MIN = 8;
const TITLE_MAX = 120;
const SLUG_MAX = 50;

/** Lower-case kebab-case words of a text, accents dropped ("Tomás" → "tomas"), at most `max` characters, cut between words. */
export function slugify(text: string, max = SLUG_MAX): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) return slug || word.slice(0, max);
    slug = next;
  }
  return slug;
}

/** Titles are one line: pasted line breaks and runs of spaces become single spaces. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** The option equal to `value` ignoring case ("sev2" → "SEV2"), if any. */
export function canonicalChoice(value: string, options: readonly string[]): string | undefined {
  const wanted = value.trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === wanted);
}

/** Splits "a, b,c" into ids, dropping empty entries and repeats. */
export function parseIdList(text: string): string[] {
  return [...new Set(text.split(',').map((part) => part.trim()).filter(Boolean))];
}

export function slugOf(answers: Pick<ScaffoldAnswers, 'title' | 'slug'>): string {
  return answers.slug ?? slugify(answers.title);
}

export function newWriteUpId(answers: Pick<ScaffoldAnswers, 'title' | 'slug' | 'date'>): string {
  return `${answers.date}-${slugOf(answers)}`;
}

/** Where the write-up goes, relative to the library folder: the year folder convention. */
export function writeUpRelativePath(id: string): string {
  return `${id.slice(0, 4)}/${id}.mdx`;
}

/** Every problem with the answers that would make the file wrong; unknown registry ids are not problems (see `unknownIds`). */
export function checkAnswers(answers: ScaffoldAnswers, choices: LibraryChoices): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const problem = (field: keyof ScaffoldAnswers, message: string) => problems.push({ field, message });

  const title = normaliseTitle(answers.title);
  if (title.length < TITLE_MIN) {
    problem('title', `The title is too short: say what failed, in ${TITLE_MIN} to ${TITLE_MAX} characters.`);
  } else if (title.length > TITLE_MAX) {
    problem('title', `The title is ${title.length} characters long: keep it to ${TITLE_MAX} and put detail in the summary.`);
  }
  // The file name is made from the title, so blame in it would live on in the page's address.
  for (const finding of checkTitleLanguage(title, choices.names)) problem('title', finding.message);

  if (!isCalendarDay(answers.date)) {
    problem('date', `The date "${answers.date}" is not a real calendar date written as YYYY-MM-DD, like 2024-03-06.`);
  }

  const severityIds = choices.severities.map((level) => level.id);
  if (!severityIds.includes(answers.severity)) {
    problem('severity', `The severity "${answers.severity}" is not on the scale (${severityIds.join(', ')}).${didYouMean(answers.severity, severityIds)}`);
  }

  if (!(INCIDENT_TYPES as readonly string[]).includes(answers.type)) {
    problem('type', `The type "${answers.type}" is not one of ${INCIDENT_TYPES.join(', ')}.${didYouMean(answers.type, INCIDENT_TYPES)}`);
  }

  if (answers.detection !== undefined && !(DETECTION_SOURCES as readonly string[]).includes(answers.detection)) {
    problem('detection', `"${answers.detection}" is not one of ${DETECTION_SOURCES.join(', ')}.${didYouMean(answers.detection, DETECTION_SOURCES)}`);
  }
  for (const url of answers.changes ?? []) {
    if (!isWebUrl(url)) problem('changes', `"${url}" is not a web address: a change is linked by its http or https URL, like https://github.com/acme/shop/pull/42.`);
  }

  if (answers.services.length === 0) {
    problem('services', 'Name at least one service that failed or was affected (an id from services.yaml).');
  }
  for (const id of answers.services) checkId(id, 'services', problem);
  for (const id of answers.authors) checkId(id, 'authors', problem);

  const slug = slugOf(answers);
  if (slug === '') {
    problem('slug', 'The title has no letters or digits to make the file name from: give a slug, like "checkout-outage".');
  } else if (!KEBAB_CASE.test(slug)) {
    problem('slug', `The slug "${slug}" must be lower-case letters, digits and hyphens, like "${slugify(slug) || 'checkout-outage'}".`);
  } else if (isCalendarDay(answers.date) && !WRITE_UP_ID.test(newWriteUpId(answers))) {
    problem('slug', `"${newWriteUpId(answers)}" is not a valid write-up id.`);
  }
  return problems;
}

function didYouMean(value: string, options: readonly string[]): string {
  const guess = closestMatch(value, options);
  return guess ? ` Did you mean "${guess}"?` : '';
}

function checkId(id: string, field: 'services' | 'authors', problem: (field: keyof ScaffoldAnswers, message: string) => void) {
  if (KEBAB_CASE.test(id)) return;
  const suggestion = slugify(id);
  problem(field, `"${id}" is not an id: ids are lower-case letters, digits and hyphens${suggestion ? `, like "${suggestion}"` : ''}.`);
}

export interface UnknownId {
  registry: 'services' | 'people';
  id: string;
  /** The registry id it may be a typo of. */
  suggestion?: string | undefined;
}

/** Ids in the answers that their registry does not have yet, each with a "did you mean" when one is close. */
export function unknownIds(answers: Pick<ScaffoldAnswers, 'services' | 'authors'>, choices: LibraryChoices): UnknownId[] {
  const unknown = (registry: UnknownId['registry'], ids: readonly string[], known: readonly string[]) =>
    ids.filter((id) => !known.includes(id)).map((id) => ({ registry, id, suggestion: closestMatch(id, known) }));
  return [...unknown('services', answers.services, choices.services), ...unknown('people', answers.authors, choices.people)];
}

/** The YAML to paste into a registry for ids it does not have yet; blanks left for what only a person knows. */
export function registrySnippet(registry: UnknownId['registry'], ids: readonly string[], choices: LibraryChoices): string {
  const teams = choices.teams.length > 0 ? `one of ${choices.teams.join(', ')}` : 'a teams.yaml id';
  return ids
    .map((id) =>
      registry === 'services'
        ? [
            `${id}:`,
            commented('  name:', 'as shown on pages'),
            commented('  team:', `the owning team, ${teams}`),
            commented('  # tier: 2', 'optional, 1 = most critical'),
          ].join('\n')
        : [
            `${id}:`,
            commented('  name:', 'full name, as shown on pages'),
            commented('  # team: team-id', `optional, ${teams}`),
            commented('  # github: user-name', 'optional'),
          ].join('\n'),
    )
    .join('\n');
}

const COMMENT_COLUMN = 30;

/** `text` then a `# comment` aligned on one column, the way the template lays out its hints. */
function commented(text: string, comment: string): string {
  return `${text.padEnd(COMMENT_COLUMN - 1)} # ${comment}`;
}

/** A YAML scalar for one line of text, quoted only when YAML needs it (": ", a leading "[", …). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `# `-comment lines listing ids, wrapped to stay readable. */
function idListComment(indent: string, intro: string, ids: readonly string[], width = 100): string[] {
  const lines: string[] = [];
  let line = `${indent}# ${intro}`;
  ids.forEach((id, index) => {
    const word = `${id}${index < ids.length - 1 ? ',' : ''}`;
    if (line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}#   ${word}`;
    } else {
      line = `${line} ${word}`;
    }
  });
  lines.push(line);
  return lines;
}

const flowList = (ids: readonly string[]) => `[${ids.join(', ')}]`;

/**
 * The new write-up: the answers filled in, every other field the format asks for present and
 * empty, with a one-line hint, and the body's section to write. Expects answers that passed
 * `checkAnswers`.
 */
export function buildWriteUp(answers: ScaffoldAnswers, choices: LibraryChoices): string {
  const severityIds = choices.severities.map((level) => level.id);
  const example = `${answers.date}T09:00:00${offsetNear(`${answers.date}T09:00`, choices.timeZone)}`;
  const event = (kind: string, hint: string, extra: string[] = []) => [
    '  - at:',
    `    kind: ${kind}`,
    commented('    what:', hint),
    ...extra,
  ];

  const frontMatter = [
    '---',
    '# Created by `npm run new`. Every empty value is a blank to fill in; `npm run validate -- <this file>`',
    '# lists the ones left. Delete the optional fields you do not need.',
    `title: ${scalar(normaliseTitle(answers.title))}`,
    `date: ${answers.date}`,
    commented(`severity: ${answers.severity}`, `${severityIds.join(', ')} (${severityIds[0]} is the worst); see settings.yaml`),
    commented(`type: ${answers.type}`, INCIDENT_TYPES.join(' | ')),
    commented('nearMiss: false', 'true when nothing reached customers, but it could have'),
    commented('summary:', 'two sentences: what happened, what the impact was'),
    commented('impact:', 'who and what was affected, with numbers'),
    commented('resolution:', 'optional: how it was brought to an end'),
    `services: ${flowList(answers.services)}`,
    answers.detection
      ? commented(`detection: ${answers.detection}`, 'how we first learned of it')
      : commented('# detection: monitoring', `how we first learned of it: ${DETECTION_SOURCES.join(' | ')}`),
    ...(answers.changes && answers.changes.length > 0
      ? ['changes:', ...answers.changes.map((url) => `  - ${scalar(url)}`)]
      : [commented('# changes: [https://…]', 'the pull requests, deploys or config changes that set it off')]),
    answers.authors.length > 0 ? `authors: ${flowList(answers.authors)}` : commented('authors: []', 'who wrote this up: people.yaml ids'),
    commented('# facilitator: person-id', 'who ran the review (ideally not the person most affected)'),
    commented('# participants: [person-id]', 'who was in the review'),
    commented('timeline:', `in order; every \`at\` needs its UTC offset, like ${example}`),
    ...event('trigger', 'the change or event that set things off'),
    ...event('impact', 'customers or systems started to be affected'),
    ...event('detected', 'how we knew something was wrong', [
      commented('    # information:', 'what the people involved knew at that moment'),
      commented('    # decision:', 'what they chose to do, and why it made sense then'),
    ]),
    ...event('mitigated', 'impact stopped growing or was worked around'),
    ...event('resolved', 'the incident was over'),
    'rootCause:',
    commented('  summary:', 'one sentence: the condition in the system, true whoever had been on shift'),
    '  category:',
    ...idListComment('  ', 'category is an id from causes.yaml:', choices.causes),
    commented('whys:', 'ask "why did the system allow this?" until you reach a condition'),
    ...['  - why:', '    because:'],
    ...['  - why:', '    because:'],
    ...['  - why:', '    because:'],
    'contributingFactors:',
    commented('  - kind: technical', 'technical | process | communication | environmental'),
    commented('    factor:', 'a condition that made it possible or worse'),
    'wentWell:',
    commented('  -', 'what worked in detection and response'),
    'gotLucky:',
    commented('  -', 'where luck, not design, limited the damage'),
    'learnings:',
    commented('  -', 'what we now know about the system'),
    commented('actions:', 'the two or three that matter, each owned by one person'),
    commented('  - action:', 'a concrete change to the system'),
    commented('    owner:', 'a people.yaml id (a person, never a team)'),
    commented('    due:', `YYYY-MM-DD, on or after ${answers.date}`),
    commented('    status: open', 'open | in-progress | done | dropped'),
    commented('    horizon: short-term', 'short-term (stop the bleeding) | long-term (prevent the class)'),
    commented('    # successMetric:', 'how we will know it worked'),
    '  - action:',
    '    owner:',
    '    due:',
    '    status: open',
    '    horizon: long-term',
    commented('followUp:', 'YYYY-MM-DD: when the team checks that the actions are done'),
    commented('tags: []', 'kebab-case keywords'),
    commented('visibility: internal', 'internal | public (only public write-ups are in the public build)'),
    '---',
  ];

  const body = [
    '',
    '## What happened',
    '',
    '{/* The story in prose: what people saw, what they tried, and why each step made sense at the',
    '    time. The page already shows the summary, figures, timeline, whys, factors and actions, so',
    '    do not repeat them here. Replace this comment with the narrative. */}',
    '',
    '{/* Components need no import: <Figure src="./<file>.png" alt="…" caption="…" /> shows an image',
    '    stored beside the write-up; <ChannelQuote at="<moment with offset>" from="<role>" channel="#…">',
    '    quotes a message from the incident channel as written. */}',
    '',
  ];
  return [...frontMatter, ...body].join('\n');
}
