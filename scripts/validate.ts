/**
 * `npm run validate [files…] [--format text|github|json]`: checks the library without building.
 * With files (a pull request's changed write-ups), only their problems are shown, each with its
 * completeness score (the whole library is still read, so ids resolve).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { completeness, type Completeness } from '../src/lib/completeness';
import { earlierLookAlikes } from '../src/lib/review-similar';
import { formatDay } from '../src/lib/format';
import { libraryDir, readLibrarySource, displayPath } from '../src/lib/library-files';
import { validateLibrary } from '../src/lib/validation/check-library';
import { countDiagnostics, formatGithub, formatText, sortDiagnostics } from '../src/lib/validation/diagnostic';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
});

if (values.help) {
  console.log('Usage: npm run validate -- [files…] [--format text|github|json]');
  process.exit(0);
}
if (!['text', 'github', 'json'].includes(values.format)) {
  console.error(`Unknown --format "${values.format}": use text, github or json.`);
  process.exit(2);
}

const source = readLibrarySource(libraryDir());
const library = await validateLibrary(source);
const only = new Set(positionals.map((file) => displayPath(path.resolve(file))));
const writeUpPaths = new Set(source.writeUps.map((writeUp) => writeUp.path));
const isNotWriteUp = (file: string) => !writeUpPaths.has(file);
// For the write-ups under review: earlier incidents that look like the same failure, not yet in `related`.
const lookAlikes = [...(only.size > 0 ? earlierLookAlikes(library.writeUps, only) : [])].flatMap(([file, matches]) =>
  matches.map((match) => ({
    file,
    line: 1,
    column: 1,
    severity: 'notice' as const,
    rule: 'similar-incident',
    message: `Looks like an earlier incident: "${match.title}" (${formatDay(match.date)}; ${match.reasons.join(', ')}). If it is the same failure, add ${match.id} to \`related\` and check whether its actions were done.`,
  })),
);
const diagnostics = sortDiagnostics([
  ...(only.size === 0 ? library.diagnostics : library.diagnostics.filter((d) => only.has(d.file) || isNotWriteUp(d.file))),
  ...lookAlikes,
]);
for (const file of only) {
  if (isNotWriteUp(file)) console.error(`${file} is not a write-up of the library in ${displayPath(libraryDir())}: not checked.`);
}
const checkedFiles = only.size === 0 ? source.writeUps.length : only.size;
const scores = new Map<string, Completeness>(
  library.writeUps.filter((writeUp) => only.has(writeUp.path)).map((writeUp) => [writeUp.path, completeness(writeUp.raw)]),
);

if (values.format === 'json') {
  console.log(JSON.stringify({ ...countDiagnostics(diagnostics), checkedFiles, diagnostics, completeness: Object.fromEntries(scores) }, null, 2));
} else if (values.format === 'github') {
  const annotations = formatGithub(diagnostics, scores);
  if (annotations) console.log(annotations);
  console.log(formatText(diagnostics, checkedFiles).split('\n').at(-1));
} else {
  console.log(formatText(diagnostics, checkedFiles, scores));
}
process.exit(countDiagnostics(diagnostics).errors > 0 ? 1 : 0);
