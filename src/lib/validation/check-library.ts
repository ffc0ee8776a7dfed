/**
 * Every rule of the format that can be checked without compiling anything: settings, the four
 * registries, each write-up's front matter and body, the blameless language rules, and the rules
 * between write-ups. Pure: it takes the files' text and returns every problem at once, so one run
 * reports all of them. `validateLibrary` adds the secret scan, which is asynchronous.
 */
import {
  REGISTRY_SCHEMAS,
  WRITE_UP_ID,
  KEBAB_CASE,
  settingsSchema,
  writeUpSchema,
  type RegistryName,
  type Settings,
  type WriteUp,
  type Person,
  type Team,
  type Service,
  type Cause,
} from '../schema';
import { closestMatch } from '../suggest';
import { checkBody } from './body-rules';
import type { Diagnostic } from './diagnostic';
import { checkFrontMatterLanguage, checkProseLanguage, namesToMatch, type PeopleNames } from './language-rules';
import { plainIssue, fieldName, valueAt } from './schema-issues';
import { findSecrets } from './secrets';
import { parseYaml, splitWriteUp, type Position, type YamlSource } from './source';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface SourceFile {
  /** Path as shown in messages (relative to the working directory). */
  path: string;
  text: string;
}

export interface LibrarySource {
  settings?: SourceFile;
  registries: Partial<Record<RegistryName, SourceFile>>;
  /** Where registry files live, for messages about a missing one. */
  registryDir: string;
  writeUps: SourceFile[];
}

export interface Registries {
  people: Map<string, Person>;
  teams: Map<string, Team>;
  services: Map<string, Service>;
  causes: Map<string, Cause>;
}

export interface CheckedWriteUp {
  id: string;
  path: string;
  /** The validated front matter, when it has no errors of its own. */
  data?: WriteUp;
  /** The front matter as written (plain YAML 1.2 values), when it parses. */
  raw?: unknown;
  body: string;
  bodyLine: number;
}

export interface CheckedLibrary {
  diagnostics: Diagnostic[];
  settings: Settings;
  registries: Registries;
  writeUps: CheckedWriteUp[];
}

/** The contract's vague action phrases; each is a warning that quotes the phrase. */
export const VAGUE_ACTION_PHRASES = ['be more careful', 'be careful', 'improve communication', 'think about', 'look into'];

const WRITE_UP_FIELDS = new Set(Object.keys(writeUpSchema().shape));

export function checkLibrary(source: LibrarySource): CheckedLibrary {
  const library = checkEachFile(source);
  checkAcrossWriteUps(library, source);
  return library;
}

/** Every rule that looks at one file at a time: what one shard of a large library checks. */
function checkEachFile(source: LibrarySource): CheckedLibrary {
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, at: Position, severity: Diagnostic['severity'], rule: string, message: string) =>
    diagnostics.push({ file, line: at.line, column: at.column, severity, rule, message });

  const settings = checkSettings(source.settings, report);
  const registries = checkRegistries(source, report);
  const schema = writeUpSchema(settings.severities.map((level) => level.id));
  const names = namesToMatch(registries.people);
  const writeUps = source.writeUps.map(
    (file) => checkWriteUp(file, { schema, registries, names, registryDir: source.registryDir, timeZone: settings.timeZone }, report).checked,
  );
  return { diagnostics, settings, registries, writeUps };
}

/** The rules between write-ups, once every id is known: unique ids, and `related` ids that exist. */
export function checkAcrossWriteUps(library: CheckedLibrary, source: LibrarySource): void {
  const report = (file: string, at: Position, rule: string, message: string) =>
    library.diagnostics.push({ file, line: at.line, column: at.column, severity: 'error', rule, message });
  const firstPathOfId = new Map<string, string>();
  for (const writeUp of library.writeUps) {
    const earlier = firstPathOfId.get(writeUp.id);
    if (earlier !== undefined) {
      report(writeUp.path, { line: 1, column: 1 }, 'duplicate-id',
        `The id "${writeUp.id}" is already used by ${earlier}. Ids are unique across all folders: rename one of the files.`);
    } else {
      firstPathOfId.set(writeUp.id, writeUp.path);
    }
  }
  const textOf = new Map(source.writeUps.map((file) => [file.path, file.text]));
  for (const writeUp of library.writeUps) {
    const related = valueAt(writeUp.raw, ['related']);
    if (!Array.isArray(related)) continue;
    let yaml: YamlSource | undefined;
    related.forEach((id, index) => {
      if (typeof id !== 'string' || firstPathOfId.has(id) || !WRITE_UP_ID.test(id)) return;
      // Positions are worked out only for the rare broken link.
      const parts = splitWriteUp(textOf.get(writeUp.path) ?? '');
      yaml ??= parseYaml(parts.frontMatter ?? '', parts.frontMatterLine);
      const guess = closestMatch(id, firstPathOfId.keys());
      report(writeUp.path, yaml.locate(['related', index]), 'unknown-related',
        `\`related[${index}]\` is "${id}", but no write-up has that id.${guess ? ` Did you mean "${guess}"?` : ' Use the file name of the related write-up, without extension.'}`);
    });
  }
}

/** Per-file rules and the secret scan of every file given (settings and registries too). */
export async function validateShard(source: LibrarySource): Promise<CheckedLibrary> {
  const library = checkEachFile(source);
  const files = [source.settings, ...Object.values(source.registries), ...source.writeUps].filter((file) => file !== undefined);
  const found = await findSecrets(files.map((file) => file.text));
  files.forEach((file, index) => {
    for (const secret of found[index]!) {
      library.diagnostics.push({
        file: file.path,
        line: secret.line,
        column: secret.column,
        severity: 'error',
        rule: 'secret',
        message: `Line ${secret.line} holds what looks like a secret (${secret.kind}). Remove it and write a placeholder like <redacted>; if it was ever pushed, treat it as leaked and rotate it.`,
      });
    }
  });
  return library;
}

/**
 * Below this many write-ups, worker threads cost more than they save: each starts a TypeScript
 * loader and the validator, and the texts are copied there and back (measured on 2 cores: 1.6 s on
 * workers against 0.9 s on one thread at 1,000 write-ups, 3.9 s against 4.4 s at 5,000).
 */
const PARALLEL_FROM = 3000;

/**
 * What `npm run validate` and the build run: every rule of `checkLibrary` and the secret scan.
 * Large libraries are checked in shards on worker threads, one per core (up to four); the rules
 * between write-ups then run once over all of them.
 */
export async function validateLibrary(source: LibrarySource, options: { workers?: number } = {}): Promise<CheckedLibrary> {
  const library = await validateEachFile(source, options);
  checkAcrossWriteUps(library, source);
  return library;
}

/** `validateLibrary` without the rules between write-ups: what each file's own text decides. */
export async function validateEachFile(source: LibrarySource, options: { workers?: number } = {}): Promise<CheckedLibrary> {
  const workers = options.workers ?? (source.writeUps.length >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1);
  return workers > 1 ? validateInWorkers(source, workers) : validateShard(source);
}

async function validateInWorkers(source: LibrarySource, workers: number): Promise<CheckedLibrary> {
  const size = Math.ceil(source.writeUps.length / workers);
  const shards = Array.from({ length: workers }, (_, index) => source.writeUps.slice(index * size, (index + 1) * size));
  const results = await Promise.all(
    shards.map(
      (writeUps, index) =>
        new Promise<CheckedLibrary>((resolve, reject) => {
          // Only the first shard reports on settings and registries; every shard needs them to check its write-ups.
          const shard: LibrarySource & { reportLibraryFiles: boolean } = { ...source, writeUps, reportLibraryFiles: index === 0 };
          const worker = new Worker(new URL('./validate-worker.mjs', import.meta.url), { workerData: shard });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`A validation worker stopped with code ${code}.`)));
        }),
    ),
  );
  return {
    settings: results[0]!.settings,
    registries: results[0]!.registries,
    writeUps: results.flatMap((result) => result.writeUps),
    diagnostics: results.flatMap((result) => result.diagnostics),
  };
}

type Report = (file: string, at: Position, severity: Diagnostic['severity'], rule: string, message: string) => void;

function checkSettings(file: SourceFile | undefined, report: Report): Settings {
  const defaults = settingsSchema.parse({});
  if (!file) return defaults;
  const yaml = parseYaml(file.text);
  if (reportSyntax(file, yaml, report)) return defaults;
  const result = settingsSchema.safeParse(yaml.value ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const plain = plainIssue(issue, yaml.value, settingsSchema);
    report(file.path, yaml.locate(plain.path), 'error', `settings-${plain.rule}`, plain.message);
  }
  return defaults;
}

function reportSyntax(file: SourceFile, yaml: YamlSource, report: Report): boolean {
  for (const error of yaml.syntaxErrors) {
    report(file.path, error.position, 'error', 'yaml-syntax',
      `The YAML cannot be read: ${error.message}. Check indentation, and quote text that contains ": " or starts with a special character.`);
  }
  return yaml.syntaxErrors.length > 0;
}

function checkRegistries(source: LibrarySource, report: Report): Registries {
  const registries: Registries = { people: new Map(), teams: new Map(), services: new Map(), causes: new Map() };
  const located: Partial<Record<RegistryName, YamlSource>> = {};
  for (const name of Object.keys(REGISTRY_SCHEMAS) as RegistryName[]) {
    const file = source.registries[name];
    if (!file) continue;
    const yaml = parseYaml(file.text);
    located[name] = yaml;
    if (reportSyntax(file, yaml, report)) continue;
    const value = yaml.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      report(file.path, { line: 1, column: 1 }, 'error', 'registry-shape',
        `${name}.yaml must be a map keyed by id ("some-id:" then indented fields), not ${Array.isArray(value) ? 'a list' : 'a single value'}.`);
      continue;
    }
    const schema = REGISTRY_SCHEMAS[name];
    for (const [id, entry] of Object.entries(value)) {
      if (!KEBAB_CASE.test(id)) {
        report(file.path, yaml.locate([id]), 'error', 'registry-id',
          `"${id}" is not a valid id: use lower-case letters, digits and hyphens, like "${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}".`);
        continue;
      }
      const result = schema.safeParse(entry ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          const plain = plainIssue(issue, entry, schema);
          report(file.path, yaml.locate([id, ...plain.path]), 'error', `registry-${plain.rule}`, `${id}: ${plain.message}`);
        }
        continue;
      }
      (registries[name] as Map<string, unknown>).set(id, result.data);
    }
  }
  // Teams named by people and services must exist too.
  for (const name of ['people', 'services'] as const) {
    const file = source.registries[name];
    const yaml = located[name];
    if (!file || !yaml) continue;
    for (const [id, entry] of registries[name]) {
      if (entry.team !== undefined && !registries.teams.has(entry.team)) {
        const guess = closestMatch(entry.team, registries.teams.keys());
        report(file.path, yaml.locate([id, 'team']), 'error', 'unknown-id',
          `${id}: team "${entry.team}" is not in teams.yaml.${guess ? ` Did you mean "${guess}"?` : ' Add it to teams.yaml.'}`);
      }
    }
  }
  return registries;
}

const REFERENCE_FIELDS: { path: (raw: unknown) => PropertyKey[][]; registry: RegistryName; what: string }[] = [
  { path: (raw) => listPaths(raw, ['services']), registry: 'services', what: 'a service' },
  { path: (raw) => listPaths(raw, ['authors']), registry: 'people', what: 'a person' },
  { path: () => [['facilitator']], registry: 'people', what: 'a person' },
  { path: (raw) => listPaths(raw, ['participants']), registry: 'people', what: 'a person' },
  { path: () => [['rootCause', 'category']], registry: 'causes', what: 'a root-cause category' },
];

function listPaths(raw: unknown, path: PropertyKey[]): PropertyKey[][] {
  const list = valueAt(raw, path);
  return Array.isArray(list) ? list.map((_, index) => [...path, index]) : [];
}

interface WriteUpContext {
  schema: ReturnType<typeof writeUpSchema>;
  registries: Registries;
  /** The registry's people, as the language rules find them. */
  names: PeopleNames;
  registryDir: string;
  timeZone: string;
}

function checkWriteUp(
  file: SourceFile,
  { schema, registries, names, registryDir, timeZone }: WriteUpContext,
  report: Report,
): { checked: CheckedWriteUp; yaml?: YamlSource } {
  const fileName = file.path.split('/').at(-1) ?? file.path;
  const id = fileName.replace(/\.mdx?$/, '');
  const parts = splitWriteUp(file.text);
  const checked: CheckedWriteUp = { id, path: file.path, body: parts.body, bodyLine: parts.bodyLine };
  const start = { line: 1, column: 1 };

  // The body first: whatever the front matter's state, nothing unsafe may reach the compiler.
  const body = checkBody(parts.body, { bodyLine: parts.bodyLine, format: fileName.endsWith('.md') ? 'markdown' : 'mdx' });
  for (const problem of [...body.problems, ...checkProseLanguage(body.prose)]) {
    report(file.path, problem, problem.severity, problem.rule, problem.message);
  }

  const idMatch = WRITE_UP_ID.exec(id);
  if (!idMatch) {
    report(file.path, start, 'error', 'file-name',
      `The file name "${fileName}" must be the incident date then a slug of lower-case letters, digits and hyphens, like 2024-03-06-allergen-reconciliation.mdx.`);
  }
  if (parts.frontMatter === undefined) {
    report(file.path, start, 'error', 'front-matter-missing',
      'The file has no front matter. Start it with a line "---", the fields (title, date, severity, …), then another "---".');
    return { checked };
  }
  const yaml = parseYaml(parts.frontMatter, parts.frontMatterLine);
  if (reportSyntax(file, yaml, report)) return { checked };
  const raw = yaml.value ?? {};
  checked.raw = raw;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report(file.path, start, 'error', 'front-matter-shape', 'The front matter must be "key: value" lines, one field per line.');
    return { checked };
  }
  const at = (path: readonly PropertyKey[]) => yaml.locate(path);

  // Participants missing from the registry are people too (and an error of their own).
  const participants = valueAt(raw, ['participants']);
  const unregistered = Array.isArray(participants)
    ? participants.filter((person): person is string => typeof person === 'string' && !registries.people.has(person))
    : [];
  const named = unregistered.length === 0 ? names : namesToMatch(registries.people, unregistered);
  for (const problem of checkFrontMatterLanguage(raw, named)) {
    report(file.path, at(problem.path), problem.severity, problem.rule, problem.message);
  }

  const result = schema.safeParse(raw);
  if (result.success) checked.data = result.data;
  else {
    for (const issue of result.error.issues) {
      const plain = plainIssue(issue, raw, schema, timeZone);
      report(file.path, at(plain.path), 'error', plain.rule, plain.message);
    }
  }

  for (const key of Object.keys(raw)) {
    if (WRITE_UP_FIELDS.has(key)) continue;
    const guess = closestMatch(key, WRITE_UP_FIELDS);
    report(file.path, at([key]), 'warning', 'unknown-field',
      `\`${key}\` is not a field of the format and will be ignored.${guess ? ` Did you mean \`${guess}\`?` : ''}`);
  }

  const date = valueAt(raw, ['date']);
  if (idMatch && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && idMatch[1] !== date) {
    report(file.path, at(['date']), 'error', 'date-mismatch',
      `\`date\` is ${date}, but the file name starts with ${idMatch[1]}. Rename the file to ${date}-${idMatch[2]}.mdx, or correct the date.`);
  }

  // Every id must exist in its registry; checked on the raw value so it works even when other fields are broken.
  const reference = (path: PropertyKey[], registry: RegistryName, what: string) => {
    const value = valueAt(raw, path);
    if (typeof value !== 'string' || !KEBAB_CASE.test(value) || registries[registry].has(value)) return;
    const registryFile = `${registryDir}/${registry}.yaml`;
    if (registry === 'people' && registries.teams.has(value)) {
      const members = [...registries.people].filter(([, person]) => person.team === value).map(([personId]) => personId);
      const isOwner = path[0] === 'actions';
      report(file.path, at(path), 'error', isOwner ? 'team-as-owner' : 'team-as-person',
        `\`${fieldName(path)}\` is "${value}", which is a team. ${isOwner ? 'An action is owned by one person, so it does not fall between people' : 'This field names people'}: use a people.yaml id${members.length > 0 ? ` (for example ${members.slice(0, 3).join(', ')})` : ''}.`);
      return;
    }
    const guess = closestMatch(value, registries[registry].keys());
    report(file.path, at(path), 'error', 'unknown-id',
      `\`${fieldName(path)}\` is "${value}", but ${registryFile} has no such ${what.replace(/^an? /, '')}.${guess ? ` Did you mean "${guess}"?` : ` Add "${value}" to ${registryFile}, or fix the id.`}`);
  };
  for (const field of REFERENCE_FIELDS) for (const path of field.path(raw)) reference(path, field.registry, field.what);
  for (const path of listPaths(raw, ['actions'])) reference([...path, 'owner'], 'people', 'a person');

  checkContractWarnings(raw as Record<string, unknown>, (path, rule, message) => report(file.path, at(path), 'warning', rule, message));
  return { checked, yaml };
}

/** The contract's warnings: printed, never failing the build. */
function checkContractWarnings(raw: Record<string, unknown>, warn: (path: PropertyKey[], rule: string, message: string) => void): void {
  if (raw.facilitator === undefined) {
    warn([], 'no-facilitator', 'No `facilitator`: name who ran the review (ideally not the person most affected).');
  }
  const whys = raw.whys;
  const whyCount = Array.isArray(whys) ? whys.length : 0;
  if (whyCount < 3) {
    warn(whys === undefined ? [] : ['whys'], 'few-whys',
      `\`whys\` has ${whyCount} step${whyCount === 1 ? '' : 's'}: keep asking "why did the system allow this?" until you reach a structural condition (usually 3 to 5 steps).`);
  }
  const actions = Array.isArray(raw.actions) ? (raw.actions as unknown[]) : [];
  if (actions.length > 3) {
    warn(['actions', 3], 'too-many-actions',
      `${actions.length} actions: pick the two or three that matter most; a long list is rarely finished.`);
  }
  actions.forEach((action, index) => {
    const text = valueAt(action, ['action']);
    if (typeof text !== 'string') return;
    const phrase = VAGUE_ACTION_PHRASES.find((p) => text.toLowerCase().includes(p));
    if (phrase) {
      warn(['actions', index, 'action'], 'vague-action',
        `"${phrase}" is not an action anyone can finish: say what will change in the system, who does it and how you will know it is done.`);
    }
  });
  const timeline = Array.isArray(raw.timeline) ? (raw.timeline as unknown[]) : [];
  if (timeline.length > 0) {
    const kinds = new Set(timeline.map((event) => valueAt(event, ['kind']) ?? 'action'));
    if (!kinds.has('detected')) {
      warn(['timeline'], 'missing-detected', 'The timeline has no `detected` event, so time to detect and to resolve cannot be computed: mark when the organisation knew something was wrong.');
    }
    if (!kinds.has('resolved')) {
      warn(['timeline'], 'missing-resolved', 'The timeline has no `resolved` event, so time to resolve and impact duration cannot be computed: mark when the incident was over.');
    }
  }
}
