/**
 * Every rule of the format that can be checked without compiling anything: settings, the four
 * registries, each write-up's front matter and body, the blameless language rules, and the rules
 * between write-ups. Pure: it takes the files' text and returns every problem at once, so one run
 * reports all of them. `validateLibrary` adds the secret scan, which is asynchronous.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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
import { writeUpIdOf } from '../write-up/id';
import { diskImageFiles, NO_IMAGE_FILES } from '../write-up/image-files';
import type { ImageFiles } from '../write-up/images';
import type { Position } from '../write-up/position';
import { readWriteUp, renderReading, type WriteUpReading } from '../write-up/read';
import type { RenderedBody } from '../write-up/render';
import { splitWriteUp } from '../write-up/front-matter';
import { readYaml, type YamlSource } from '../write-up/yaml';
import { checkBody } from './body-rules';
import type { Diagnostic } from './diagnostic';
import { checkFrontMatterLanguage, checkProseLanguage, namesToMatch, type PeopleNames } from './language-rules';
import { plainIssue, fieldName } from './schema-issues';
import { valueAt } from '../values';
import { findSecretKinds, findSecretsInFile } from './secrets';

export interface SourceFile {
  /** Path as shown in messages (relative to the working directory). */
  path: string;
  /** The text, normalised (see `write-up/text.ts`); empty when `unreadable` is set. */
  text: string;
  /** Why the file's bytes cannot be read as text (not UTF-8). */
  unreadable?: string;
}

export interface LibrarySource {
  settings?: SourceFile;
  registries: Partial<Record<RegistryName, SourceFile>>;
  /** Where registry files live, for messages about a missing one. */
  registryDir: string;
  /** The library folder as paths are shown (write-up paths start with it); images are resolved inside it. */
  libraryDir: string;
  /** The library folder on disk, where images are looked up; absent for a library that exists only in memory. */
  libraryRoot?: string;
  writeUps: SourceFile[];
}

/** How much of each write-up to keep besides its problems. */
export interface CheckOptions {
  /**
   * `valid`: render the body of each write-up without errors (what the build publishes);
   * `readable`: of each whose front matter is valid, errors or not (the build with the checks
   * switched off, for the tests of the renderer's own defences); `none` (default): no HTML.
   */
  render?: 'none' | 'valid' | 'readable';
  /** The site's base path, for the addresses of published images. */
  base?: string;
  /** Image files; by default those under `libraryRoot`, or none. */
  images?: ImageFiles;
  /**
   * Check only what the front matter says, with no secret scan, no narrative and no body rules:
   * for tools that need each incident's fields, not its page (the link-preview drawer, whose
   * build fails on any other problem anyway). Every write-up's `data` is what a full check gives.
   */
  frontMatterOnly?: boolean;
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
  /** The narrative's words, for finding look-alike incidents. */
  narrative: string;
  /** The page's body, when asked for (`CheckOptions.render`). */
  rendered?: RenderedBody;
  /** The images the page shows: where each is in the library, and its published address. */
  images: PublishedImage[];
}

export interface PublishedImage {
  libraryPath: string;
  url: string;
  digest: string;
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

/**
 * Keys that site generators and Markdown tools act on (a layout wraps the write-up in code, a
 * slug or permalink moves its page, a components map imports code). None is a field of the
 * format, and a write-up holding one is refused rather than warned about.
 */
export const RENDERER_KEYS = new Set([
  'layout', 'layouts', 'slug', 'permalink', 'url', 'path', 'components', 'import', 'imports', 'export', 'exports',
  'setup', 'script', 'scripts', 'style', 'styles', 'css', 'js', 'head', 'template', 'render', 'eleventyComputed',
  'eleventyNavigation', 'eleventyExcludeFromCollections', 'pagination', 'redirect', 'redirect_from', 'redirect_to',
  'aliases', 'outputs', 'cascade', 'type_renderer', 'lang', 'dir',
]);

export function checkLibrary(source: LibrarySource, options: CheckOptions = {}): CheckedLibrary {
  const library = checkEachFile(source, options);
  checkAcrossWriteUps(library, source);
  return library;
}

/** Every rule that looks at one file at a time: what one shard of a large library checks. */
function checkEachFile(source: LibrarySource, options: CheckOptions): CheckedLibrary {
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, at: Position, severity: Diagnostic['severity'], rule: string, message: string) =>
    diagnostics.push({ file, line: at.line, column: at.column, severity, rule, message });

  const settings = checkSettings(source.settings, report);
  const registries = checkRegistries(source, report);
  const schema = writeUpSchema(settings.severities.map((level) => level.id));
  // Services and teams are named in write-ups all the time, never as people.
  const notPeople = [...registries.services, ...registries.teams].flatMap(([id, entry]) => [id, entry.name]);
  const names = namesToMatch(registries.people, [], notPeople);
  const context: WriteUpContext = {
    schema,
    registries,
    names,
    notPeople,
    registryDir: source.registryDir,
    libraryDir: source.libraryDir,
    timeZone: settings.timeZone,
    images: options.images ?? (source.libraryRoot ? diskImageFiles(source.libraryRoot) : NO_IMAGE_FILES),
    base: options.base ?? '/',
    render: options.render ?? 'none',
    frontMatterOnly: options.frontMatterOnly ?? false,
  };
  const writeUps = source.writeUps.map((file) => checkWriteUp(file, context, report));
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
      yaml ??= readYaml(parts.frontMatter ?? '', parts.frontMatterLine);
      const guess = closestMatch(id, firstPathOfId.keys());
      report(writeUp.path, yaml.locate(['related', index]), 'unknown-related',
        `\`related[${index}]\` is "${id}", but no write-up has that id.${guess ? ` Did you mean "${guess}"?` : ' Use the file name of the related write-up, without extension.'}`);
    });
  }
}

/** Every rule that looks at one file at a time, for the files of one shard (on a worker thread for large libraries). */
export async function validateShard(source: LibrarySource, options: CheckOptions = {}): Promise<CheckedLibrary> {
  return checkEachFile(source, options);
}

const secretMessage = (line: number, kind: string) =>
  `Line ${line} holds what looks like a secret (${kind}). Remove it and write a placeholder like <redacted>; if it was ever pushed, treat it as leaked and rotate it.`;

/**
 * Secrets in a file: in its text as written, and in its YAML values as a reader sees them (escapes
 * and folded lines decoded), each reported once per kind and line, never quoting the secret.
 */
function checkSecrets(file: SourceFile, yaml: YamlSource | undefined, report: (at: Position, rule: string, message: string) => void): void {
  const reported = new Set<string>();
  for (const secret of findSecretsInFile(file.text)) {
    reported.add(`${secret.line} ${secret.kind}`);
    report(secret, 'secret', secretMessage(secret.line, secret.kind));
  }
  if (!yaml || yaml.value === undefined) return;
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: yaml.value, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const kinds = findSecretKinds(value);
      if (kinds.length === 0) continue;
      const at = yaml.locate(path);
      for (const kind of kinds) {
        if (reported.has(`${at.line} ${kind}`)) continue;
        reported.add(`${at.line} ${kind}`);
        report(at, 'secret', secretMessage(at.line, kind));
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
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
export async function validateLibrary(source: LibrarySource, options: CheckOptions & { workers?: number } = {}): Promise<CheckedLibrary> {
  const library = await validateEachFile(source, options);
  checkAcrossWriteUps(library, source);
  return library;
}

/** `validateLibrary` without the rules between write-ups: what each file's own text decides. */
export async function validateEachFile(source: LibrarySource, options: CheckOptions & { workers?: number } = {}): Promise<CheckedLibrary> {
  const workers = options.workers ?? (source.writeUps.length >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1);
  const { workers: _, ...checkOptions } = options;
  return workers > 1 && options.images === undefined ? validateInWorkers(source, workers, checkOptions) : validateShard(source, checkOptions);
}

async function validateInWorkers(source: LibrarySource, workers: number, options: CheckOptions): Promise<CheckedLibrary> {
  const size = Math.ceil(source.writeUps.length / workers);
  const shards = Array.from({ length: workers }, (_, index) => source.writeUps.slice(index * size, (index + 1) * size));
  const results = await Promise.all(
    shards.map(
      (writeUps, index) =>
        new Promise<CheckedLibrary>((resolve, reject) => {
          // Only the first shard reports on settings and registries; every shard needs them to check its write-ups.
          const shard: LibrarySource & { reportLibraryFiles: boolean; options: CheckOptions } = { ...source, writeUps, reportLibraryFiles: index === 0, options };
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
  if (reportUnreadable(file, report)) return defaults;
  const yaml = readYaml(file.text);
  checkSecrets(file, yaml, (at, rule, message) => report(file.path, at, 'error', rule, message));
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
  for (const problem of yaml.problems) report(file.path, problem, 'error', problem.rule, problem.message);
  return yaml.problems.length > 0;
}

function reportUnreadable(file: SourceFile, report: Report): boolean {
  if (file.unreadable === undefined) return false;
  report(file.path, { line: Number(/^Line (\d+)/.exec(file.unreadable)?.[1] ?? 1), column: 1 }, 'error', 'file-encoding', file.unreadable);
  return true;
}

function checkRegistries(source: LibrarySource, report: Report): Registries {
  const registries: Registries = { people: new Map(), teams: new Map(), services: new Map(), causes: new Map() };
  const located: Partial<Record<RegistryName, YamlSource>> = {};
  for (const name of Object.keys(REGISTRY_SCHEMAS) as RegistryName[]) {
    const file = source.registries[name];
    if (!file || reportUnreadable(file, report)) continue;
    const yaml = readYaml(file.text);
    located[name] = yaml;
    checkSecrets(file, yaml, (at, rule, message) => report(file.path, at, 'error', rule, message));
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
  /** Service and team names and ids, which are never people. */
  notPeople: string[];
  registryDir: string;
  libraryDir: string;
  timeZone: string;
  images: ImageFiles;
  base: string;
  render: NonNullable<CheckOptions['render']>;
  frontMatterOnly: boolean;
}

function checkWriteUp(file: SourceFile, context: WriteUpContext, report: Report): CheckedWriteUp {
  const fileName = file.path.split('/').at(-1) ?? file.path;
  const id = writeUpIdOf(file.path);
  const checked: CheckedWriteUp = { id, path: file.path, narrative: '', images: [] };
  const start = { line: 1, column: 1 };
  let errors = 0;
  const problem = (at: Position, severity: Diagnostic['severity'], rule: string, message: string) => {
    if (severity === 'error') errors += 1;
    report(file.path, at, severity, rule, message);
  };
  if (reportUnreadable(file, report)) return checked;

  const reading = readWriteUp(file.text, {
    libraryPath: libraryRelative(file.path, context.libraryDir),
    images: context.images,
    base: context.base,
    timeZone: context.timeZone,
    frontMatterOnly: context.frontMatterOnly,
  });
  for (const found of reading.problems) problem(found, 'error', found.rule, found.message);
  if (!context.frontMatterOnly) checkSecrets(file, reading.frontMatter, (at, rule, message) => problem(at, 'error', rule, message));
  if (reading.body) {
    const body = checkBody(reading.body);
    for (const found of [...body.problems, ...checkProseLanguage(body.prose, context.names)]) problem(found, found.severity, found.rule, found.message);
  }

  const idMatch = WRITE_UP_ID.exec(id);
  if (!idMatch) {
    problem(start, 'error', 'file-name',
      `The file name "${fileName}" must be the incident date then a slug of lower-case letters, digits and hyphens, like 2024-03-06-allergen-reconciliation.mdx.`);
  }
  const yaml = reading.frontMatter;
  if (yaml && yaml.value !== undefined) {
    const data = checkFrontMatter(yaml, idMatch, context, problem);
    checked.raw = yaml.value;
    if (data) checked.data = data;
  }
  if (reading.body) {
    const wanted = context.render === 'readable' ? checked.data !== undefined : context.render === 'valid' && errors === 0;
    checked.images = publishedImages(reading);
    if (wanted) {
      checked.rendered = renderReading(reading, PAGE_IDS);
      checked.narrative = checked.rendered.text;
    } else {
      checked.narrative = renderReading(reading).text;
    }
  }
  return checked;
}

/**
 * Ids the incident page gives its own sections and chrome: a heading of the narrative never
 * takes one (it gets "-1" instead).
 */
export const PAGE_IDS = [
  'main', 'site-search', 'search', 'incident-summary', 'incident-impact', 'incident-resolution', 'incident-figures',
  'incident-narrative', 'incident-timeline', 'incident-root-cause', 'incident-whys', 'incident-contributing-factors',
  'incident-went-well', 'incident-got-lucky', 'incident-learnings', 'incident-actions', 'incident-earlier',
  'incident-related', 'incident-similar', 'incident-people', 'contents', 'footnote-label',
];

function publishedImages(reading: WriteUpReading): PublishedImage[] {
  const images = new Map<string, PublishedImage>();
  for (const { resolution } of reading.body?.images ?? []) {
    if (resolution.ok) images.set(resolution.url, { libraryPath: resolution.libraryPath, url: resolution.url, digest: resolution.file.digest });
  }
  return [...images.values()];
}

/** `postmortems/2024/x.mdx` inside `postmortems` → `2024/x.mdx`. */
function libraryRelative(filePath: string, libraryDir: string): string {
  const prefix = libraryDir === '' || libraryDir === '.' ? '' : `${libraryDir.replace(/\/+$/, '')}/`;
  return filePath.startsWith(prefix) ? filePath.slice(prefix.length) : filePath;
}

type Problem = (at: Position, severity: Diagnostic['severity'], rule: string, message: string) => void;

/** Every rule of the front matter; the validated data when the schema accepts it. */
function checkFrontMatter(yaml: YamlSource, idMatch: RegExpExecArray | null, context: WriteUpContext, problem: Problem): WriteUp | undefined {
  const { schema, registries, names, registryDir, timeZone } = context;
  const raw = yaml.value ?? {};
  const start = { line: 1, column: 1 };
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) {
    problem(start, 'error', 'front-matter-shape', 'The front matter must be "key: value" lines, one field per line.');
    return undefined;
  }
  const at = (path: readonly PropertyKey[]) => yaml.locate(path);

  // Participants missing from the registry are people too (and an error of their own).
  const participants = valueAt(raw, ['participants']);
  const unregistered = Array.isArray(participants)
    ? participants.filter((person): person is string => typeof person === 'string' && !registries.people.has(person))
    : [];
  const named = unregistered.length === 0 ? names : namesToMatch(registries.people, unregistered, context.notPeople);
  for (const found of checkFrontMatterLanguage(raw, named)) problem(at(found.path), found.severity, found.rule, found.message);

  let data: WriteUp | undefined;
  const result = schema.safeParse(raw);
  if (result.success) data = result.data;
  else {
    for (const issue of result.error.issues) {
      const plain = plainIssue(issue, raw, schema, timeZone);
      problem(at(plain.path), 'error', plain.rule, plain.message);
    }
  }

  for (const key of Object.keys(raw)) {
    if (WRITE_UP_FIELDS.has(key)) continue;
    if (RENDERER_KEYS.has(key) || RENDERER_KEYS.has(key.toLowerCase())) {
      problem(at([key]), 'error', 'front-matter-renderer-key',
        `\`${key}\` is not a field of the format, and site generators act on it (it can wrap the write-up in code or move its page). Remove it.`);
      continue;
    }
    const guess = closestMatch(key, WRITE_UP_FIELDS);
    problem(at([key]), 'warning', 'unknown-field',
      `\`${key}\` is not a field of the format and will be ignored.${guess ? ` Did you mean \`${guess}\`?` : ''}`);
  }

  const date = valueAt(raw, ['date']);
  if (idMatch && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && idMatch[1] !== date) {
    problem(at(['date']), 'error', 'date-mismatch',
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
      problem(at(path), 'error', isOwner ? 'team-as-owner' : 'team-as-person',
        `\`${fieldName(path)}\` is "${value}", which is a team. ${isOwner ? 'An action is owned by one person, so it does not fall between people' : 'This field names people'}: use a people.yaml id${members.length > 0 ? ` (for example ${members.slice(0, 3).join(', ')})` : ''}.`);
      return;
    }
    const guess = closestMatch(value, registries[registry].keys());
    problem(at(path), 'error', 'unknown-id',
      `\`${fieldName(path)}\` is "${value}", but ${registryFile} has no such ${what.replace(/^an? /, '')}.${guess ? ` Did you mean "${guess}"?` : ` Add "${value}" to ${registryFile}, or fix the id.`}`);
  };
  for (const field of REFERENCE_FIELDS) for (const path of field.path(raw)) reference(path, field.registry, field.what);
  for (const path of listPaths(raw, ['actions'])) reference([...path, 'owner'], 'people', 'a person');

  checkContractWarnings(raw as Record<string, unknown>, (path, rule, message) => problem(at(path), 'warning', rule, message));
  return data;
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
