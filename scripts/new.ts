/**
 * `npm run new`: starts a write-up. Takes flags:
 *
 *   npm run new -- --title "Checkout failed after a deploy" --severity SEV2 --type deployment \
 *     --services checkout,payments-gateway --author priya
 *
 * and creates `<library>/<year>/<date>-<slug>.mdx` with the answers filled in and every other
 * field left blank for `npm run validate` to point at. With every required flag it asks
 * nothing; with some missing it asks for them in a terminal, and without one (a script, CI) it
 * names the missing flags and fails. Never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { resolveToday } from '../src/lib/days';
import { displayPath, findWriteUpFiles, libraryDir, registryFile, settingsFile } from '../src/lib/library-files';
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
  type UnknownId,
} from '../src/lib/scaffold';
import { DETECTION_SOURCES, INCIDENT_TYPES, settingsSchema, type DetectionSource, type RegistryName } from '../src/lib/schema';
import { namesToMatch } from '../src/lib/validation/language-rules';
import { closestMatch } from '../src/lib/suggest';

const USAGE = `Usage: npm run new -- [options]

Creates <library>/<year>/<date>-<slug>.mdx. With --title, --severity, --type and --services it
asks nothing; otherwise it asks for the rest in a terminal, and fails without one.

  --title "…"          what failed, in plain words (8–120 characters)
  --date YYYY-MM-DD    the day it began to affect anything (default: today in the library's time zone)
  --severity SEV2      one of the scale in settings.yaml
  --type deployment    deployment | integration | external | process | other
  --services a,b       service ids from registry/services.yaml
  --author a[,b]       people ids of the authors (registry/people.yaml)
  --detection source   how we first learned of it: ${DETECTION_SOURCES.join(' | ')}
  --changes url[,url]  the pull requests, deploys or config changes that set it off
  --slug some-words    the file name after the date (default: from the title)
  --dir path           the library folder (default: POSTMORTEMS_DIR or postmortems/)
  --yes, -y            ask nothing, even in a terminal: fail instead when something is missing`;

class UsageError extends Error {}

const { values } = parseArgsOrExit();
const dir = values.dir ? path.resolve(values.dir) : libraryDir();
const choices = readChoices(dir);

try {
  const missing = missingFlags(values);
  if (missing.length > 0 && (values.yes || !process.stdin.isTTY)) {
    const why = values.yes ? 'With --yes' : 'With no terminal to ask in';
    throw new UsageError(`${why}, these flags are needed too: ${missing.join(', ')}.\n\n${USAGE}`);
  }
  const answers = missing.length === 0 ? fromFlags() : await ask();
  create(answers);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

function parseArgsOrExit() {
  const options = {
    title: { type: 'string' },
    date: { type: 'string' },
    severity: { type: 'string' },
    type: { type: 'string' },
    services: { type: 'string' },
    author: { type: 'string' },
    detection: { type: 'string' },
    changes: { type: 'string' },
    slug: { type: 'string' },
    dir: { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  // Unknown options first, each with the known one it is closest to (--authors → --author).
  const given = parseArgs({ options, strict: false, tokens: true }).tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  const unknown = unknownFlagMessages(given, [...Object.keys(options), 'y', 'h']);
  if (unknown.length > 0) {
    console.error(`${unknown.join('\n')}\n\n${USAGE}`);
    process.exit(2);
  }
  try {
    const parsed = parseArgs({ options });
    if (parsed.values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** Settings and registry ids as written; a registry entry with problems still counts as existing. */
function readChoices(folder: string): LibraryChoices {
  const readYaml = (file: string): unknown => {
    if (!existsSync(file)) return undefined;
    try {
      return parseYaml(readFileSync(file, 'utf8'));
    } catch {
      console.warn(`${displayPath(file)} cannot be read as YAML (npm run validate shows where): its entries are not offered.`);
      return undefined;
    }
  };
  const settings = settingsSchema.safeParse(readYaml(settingsFile(folder)) ?? {});
  if (!settings.success) {
    console.warn(`${displayPath(settingsFile(folder))} has problems (npm run validate shows them); using the default settings.`);
  }
  const { severities, timeZone } = settings.success ? settings.data : settingsSchema.parse({});
  const entries = (name: RegistryName): [string, unknown][] => {
    const value = readYaml(registryFile(folder, name));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  };
  const ids = (name: RegistryName) => entries(name).map(([id]) => id);
  const nameOf = (entry: unknown) => (entry !== null && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string' ? (entry as { name: string }).name : undefined);
  const named = (name: RegistryName) => entries(name).flatMap(([id, entry]) => (nameOf(entry) ? [[id, { name: nameOf(entry)! }] as const] : []));
  const names = namesToMatch(new Map(named('people')), [], [...named('services'), ...named('teams')].map(([, entry]) => entry.name));
  return { severities, timeZone, services: ids('services'), people: ids('people'), teams: ids('teams'), causes: ids('causes'), names };
}

function today(): string {
  return resolveToday({ override: process.env.POSTMORTEMS_TODAY, timeZone: choices.timeZone, now: new Date() });
}

/** Answers from the flags alone: every required flag is there. */
function fromFlags(): ScaffoldAnswers {
  const severityIds = choices.severities.map((level) => level.id);
  const answers: ScaffoldAnswers = {
    title: values.title!,
    date: values.date ?? today(),
    severity: canonicalChoice(values.severity!, severityIds) ?? values.severity!,
    type: canonicalChoice(values.type!, INCIDENT_TYPES) ?? values.type!,
    services: parseIdList(values.services!),
    authors: parseIdList(values.author ?? ''),
    slug: values.slug,
    detection: values.detection === undefined ? undefined : ((canonicalChoice(values.detection, DETECTION_SOURCES) ?? values.detection) as DetectionSource),
    changes: parseIdList(values.changes ?? ''),
  };
  const problems = checkAnswers(answers, choices);
  if (problems.length > 0) throw new UsageError(problems.map((problem) => problem.message).join('\n'));
  return answers;
}

/**
 * Questions in a terminal. Lines are read through one iterator, so answers piped in all at once
 * (scripts, tests) are queued for the questions rather than lost between them.
 */
async function ask(): Promise<ScaffoldAnswers> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  const question = async (text: string, fallback?: string): Promise<string> => {
    rl.setPrompt(`${text}${fallback ? ` [${fallback}]` : ''}: `);
    rl.prompt();
    const line = await lines.next();
    if (line.done) throw new UsageError('\nThe input ended before every question was answered: nothing was created.');
    if (!process.stdin.isTTY) process.stdout.write('\n');
    return line.value.trim() || fallback || '';
  };
  /** Asks until `accept` returns a value; it prints why an answer is refused. */
  const until = async <T>(text: string, fallback: string | undefined, accept: (answer: string) => Promise<T | undefined> | T | undefined) => {
    for (;;) {
      const accepted = await accept(await question(text, fallback));
      if (accepted !== undefined) return accepted;
    }
  };
  const problemWith = (field: keyof ScaffoldAnswers, partial: Partial<ScaffoldAnswers>) =>
    checkAnswers({ ...placeholderAnswers(), ...partial }, choices).find((problem) => problem.field === field)?.message;
  const acceptIf = <T>(field: keyof ScaffoldAnswers, partial: Partial<ScaffoldAnswers>, value: T): T | undefined => {
    const problem = problemWith(field, partial);
    if (problem) console.log(`  ${problem}`);
    return problem ? undefined : value;
  };
  const pick = (options: readonly string[], answer: string) => {
    const byNumber = /^\d+$/.test(answer) ? options[Number(answer) - 1] : undefined;
    return byNumber ?? canonicalChoice(answer, options) ?? answer;
  };
  /** Ids from the registry; for one it does not have, offers the closest id, else keeps it as new. */
  const idsFrom = async (registry: UnknownId['registry'], known: readonly string[], answer: string): Promise<string[]> => {
    const ids: string[] = [];
    for (const id of parseIdList(answer)) {
      const guess = known.includes(id) ? undefined : closestMatch(id, known);
      const useGuess = guess !== undefined && !/^n/i.test(await question(`  "${id}" is not in ${registry}.yaml. Did you mean "${guess}"? (Y/n)`));
      ids.push(useGuess ? guess : id);
    }
    return [...new Set(ids)];
  };

  try {
    console.log(`A new write-up in ${displayPath(dir)}. Press Enter to take the [default].\n`);
    const title = await until('Title: what failed, in plain words', values.title, (answer) => acceptIf('title', { title: answer }, answer));
    const date = await until('Date it began to affect anything (YYYY-MM-DD)', values.date ?? today(), (answer) => acceptIf('date', { date: answer }, answer));

    console.log('\nSeverity:');
    const severityIds = choices.severities.map((level) => level.id);
    choices.severities.forEach((level, index) => console.log(`  ${index + 1}) ${level.id}: ${level.description}`));
    const severity = await until('Severity (number or id)', values.severity, (answer) => {
      const value = pick(severityIds, answer);
      return acceptIf('severity', { severity: value }, value);
    });

    console.log('\nType:');
    INCIDENT_TYPES.forEach((type, index) => console.log(`  ${index + 1}) ${type}`));
    const type = await until('Type (number or name)', values.type, (answer) => {
      const value = pick(INCIDENT_TYPES, answer);
      return acceptIf('type', { type: value }, value);
    });

    console.log(`\nServices in services.yaml: ${choices.services.join(', ') || '(none yet)'}`);
    const services = await until('Services that failed or were affected (comma-separated ids)', values.services, async (answer) => {
      const ids = await idsFrom('services', choices.services, answer);
      return acceptIf('services', { services: ids }, ids);
    });

    const authors = await until('Authors (comma-separated people ids; Enter to fill in later)', values.author, async (answer) => {
      const ids = await idsFrom('people', choices.people, answer);
      return acceptIf('authors', { authors: ids }, ids);
    });

    console.log('\nHow did we first learn of it?');
    DETECTION_SOURCES.forEach((source, index) => console.log(`  ${index + 1}) ${source}`));
    const { detection } = await until('Detected by (number or name; Enter to fill in later)', values.detection, (answer) => {
      if (answer === '') return { detection: undefined };
      const value = pick(DETECTION_SOURCES, answer) as DetectionSource;
      return acceptIf('detection', { detection: value }, { detection: value });
    });

    const changes = await until('Changes that set it off (pull request or deploy URLs, comma-separated; Enter for none)', values.changes, (answer) => {
      const urls = parseIdList(answer);
      return acceptIf('changes', { changes: urls }, urls);
    });

    const slug = await until('File name after the date', values.slug ?? (slugify(title) || undefined), (answer) =>
      acceptIf('slug', { title, slug: answer }, answer),
    );
    console.log('');
    return { title, date, severity, type, services, authors, slug, detection, changes };
  } finally {
    rl.close();
  }
}

/** Valid answers, so that checking one field in `ask` reports only that field's problems. */
function placeholderAnswers(): ScaffoldAnswers {
  return {
    title: 'A valid placeholder title',
    date: '2024-01-01',
    severity: choices.severities[0]!.id,
    type: INCIDENT_TYPES[0],
    services: ['service'],
    authors: [],
  };
}

function create(answers: ScaffoldAnswers): void {
  const id = newWriteUpId(answers);
  const file = path.join(dir, writeUpRelativePath(id));
  const shown = displayPath(file);
  // Ids are unique across all folders, so a same-named file in another folder blocks it too.
  const sameId = findWriteUpFiles(dir).find((other) => path.basename(other).replace(/\.mdx?$/, '') === id);
  if (sameId !== undefined) {
    console.error(`${displayPath(sameId)} already exists, so ${id} is taken: nothing was written. Edit that file, or choose another --slug.`);
    process.exit(1);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx` refuses to replace a file that appeared since the check above.
    writeFileSync(file, buildWriteUp(answers, choices), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(`${shown} already exists: nothing was written. Edit that file, or choose another --slug.`);
    process.exit(1);
  }

  console.log(`Created ${shown}`);
  const unknown = unknownIds(answers, choices);
  for (const registry of ['services', 'people'] as const) {
    const ids = unknown.filter((entry) => entry.registry === registry);
    if (ids.length === 0) continue;
    const registryPath = displayPath(registryFile(dir, registry));
    console.log(`\n${ids.map((entry) => `"${entry.id}"${entry.suggestion ? ` (did you mean "${entry.suggestion}"?)` : ''}`).join(', ')} ${ids.length === 1 ? 'is' : 'are'} not in ${registryPath}.`);
    console.log(`If ${ids.length === 1 ? 'it is' : 'they are'} new, add this to ${registryPath} in the same pull request and fill in the blanks:\n`);
    console.log(registrySnippet(registry, ids.map((entry) => entry.id), choices));
  }
  console.log(`\nNext: fill in every empty value and write the narrative. To see what is left:
  npm run validate -- ${shown}
To see the page while you write: npm run dev`);
}
