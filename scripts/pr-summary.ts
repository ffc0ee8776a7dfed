/**
 * `npx tsx scripts/pr-summary.ts <changed files…>`: Markdown for a pull request's job summary
 * about the write-ups it adds or changes: title, severity, completeness, problems, and the
 * earlier incidents a reviewer should look at. The pull-request workflow appends it to
 * $GITHUB_STEP_SUMMARY; the annotations on the diff come from `npm run validate`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { completeness } from '../src/lib/completeness';
import { displayPath, libraryDir, readLibrarySource } from '../src/lib/library-files';
import { describeFixesHeld } from '../src/lib/recurrence/fixes-held';
import { earlierInCategory, recurrenceByIncident, type RecurrenceInput } from '../src/lib/recurrence/rule';
import { validateLibrary, type CheckedLibrary, type CheckedWriteUp } from '../src/lib/validation/check-library';
import { sortDiagnostics, type Diagnostic } from '../src/lib/validation/diagnostic';
import { valueAt } from '../src/lib/values';

const SIMILAR = 3;

/**
 * Text that comes from a write-up or the library (titles, ids, paths, labels, file names, and
 * messages that quote field values) as an inline code span. GitHub renders nothing inside one: no
 * emphasis, HTML, links, images, autolinked addresses, @-mentions, issue references or emoji, so
 * the text shows as written and a title cannot ping a team. Line breaks and other control
 * characters become spaces (a line break would end a table row or a list item); the fence is
 * longer than any run of backticks inside. In a table, `|` is escaped, as GitHub reads the
 * table's cells before the code spans in them.
 */
function code(text: string, place: 'text' | 'table' = 'text'): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  if (flat.trim() === '') return '—';
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  // CommonMark drops one space at each end of a code span, and needs one next to a backtick.
  const padded = /^[ `]|[ `]$/.test(flat) ? ` ${flat} ` : flat;
  return `${fence}${place === 'table' ? padded.replaceAll('|', '\\|') : padded}${fence}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function titleOf(writeUp: CheckedWriteUp): string {
  return writeUp.data?.title ?? text(valueAt(writeUp.raw, ['title'])) ?? writeUp.id;
}

/**
 * What recurrence needs from every write-up that has a date and a category, read as written so a
 * changed write-up that still has errors is compared too. The first of a duplicated id counts.
 */
function recurrenceInputs(library: CheckedLibrary): RecurrenceInput[] {
  const inputs = new Map<string, RecurrenceInput>();
  for (const writeUp of library.writeUps) {
    const date = text(valueAt(writeUp.raw, ['date']));
    const category = text(valueAt(writeUp.raw, ['rootCause', 'category']));
    if (!date || !category || inputs.has(writeUp.id)) continue;
    inputs.set(writeUp.id, { id: writeUp.id, date, category, actions: writeUp.data?.actions ?? [] });
  }
  return [...inputs.values()];
}

function problemList(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `- line ${d.line}: ${code(d.message)}`);
}

/** Recurrence for the whole library, computed once per summary, not once per changed write-up. */
interface RecurrenceView {
  earlier: ReturnType<typeof earlierInCategory>;
  recurrence: ReturnType<typeof recurrenceByIncident>;
}

function similarIncidents(library: CheckedLibrary, writeUp: CheckedWriteUp, view: RecurrenceView): string[] {
  const byId = new Map(library.writeUps.map((other) => [other.id, other]));
  const describe = (id: string, date: string) => `${code(date)} ${code(titleOf(byId.get(id)!))} (${code(id)})`;
  const lines: string[] = [];
  const category = text(valueAt(writeUp.raw, ['rootCause', 'category']));
  const listed = new Set([writeUp.id]);

  if (category && view.recurrence.has(writeUp.id)) {
    const label = library.registries.causes.get(category)?.label;
    const earlier = view.earlier.get(writeUp.id) ?? [];
    const recurrence = view.recurrence.get(writeUp.id);
    if (recurrence?.recurring && recurrence.fixesHeld) {
      const { threshold, windowDays } = library.settings.recurrence;
      lines.push(
        `- ⚠ **Recurring cause**: ${recurrence.chain.length + 1} incidents of ${code(category)} within ${windowDays} days (the threshold is ${threshold}); ${describeFixesHeld(recurrence.fixesHeld)}.`,
      );
    }
    for (const other of earlier) {
      listed.add(other.id);
      const done = other.actionsWithoutDropped === 0 ? 'no actions' : `${other.actionsDoneThen} of ${plural(other.actionsWithoutDropped, 'action')} done by then`;
      lines.push(`- Same root cause${label ? ` (${code(label)})` : ''}: ${describe(other.id, other.date)}, ${done}`);
    }
  }

  const services = valueAt(writeUp.raw, ['services']);
  const mine = new Set(Array.isArray(services) ? services.filter((id): id is string => typeof id === 'string') : []);
  const sharing = library.writeUps
    .filter((other) => other.data && !listed.has(other.id) && other.data.services.some((id) => mine.has(id)))
    .sort((a, b) => (a.data!.date < b.data!.date ? 1 : a.data!.date > b.data!.date ? -1 : 0))
    .slice(0, SIMILAR);
  for (const other of sharing) {
    const shared = other.data!.services.filter((id) => mine.has(id)).map((id) => code(id)).join(', ');
    lines.push(`- Same service (${shared}): ${describe(other.id, other.data!.date)}`);
  }
  return lines;
}

/** The summary for the changed files, given as paths relative to the working directory. */
export function renderPrSummary(library: CheckedLibrary, changedFiles: readonly string[]): string {
  const changed = new Set(changedFiles);
  const writeUps = library.writeUps.filter((writeUp) => changed.has(writeUp.path));
  const others = [...changed].filter((file) => !writeUps.some((writeUp) => writeUp.path === file)).sort();
  const diagnosticsOf = (file: string) => sortDiagnostics(library.diagnostics.filter((d) => d.file === file));
  const lines = ['## Post-mortems in this pull request', ''];

  if (writeUps.length === 0) {
    lines.push('No write-ups are added or changed in this pull request.', '');
  } else {
    const inputs = recurrenceInputs(library);
    const view: RecurrenceView = {
      earlier: earlierInCategory(inputs, SIMILAR),
      recurrence: recurrenceByIncident(inputs, library.settings.recurrence),
    };
    lines.push('| | write-up | severity | completeness | errors | warnings |', '| --- | --- | --- | ---: | ---: | ---: |');
    for (const writeUp of writeUps) {
      const found = diagnosticsOf(writeUp.path);
      const errors = found.filter((d) => d.severity === 'error').length;
      const warnings = found.length - errors;
      lines.push(
        `| ${errors > 0 ? '✖' : warnings > 0 ? '⚠' : '✔'} | ${code(titleOf(writeUp), 'table')} | ${code(text(valueAt(writeUp.raw, ['severity'])) ?? '', 'table')} | ${completeness(writeUp.raw).score}/100 | ${errors} | ${warnings} |`,
      );
    }
    for (const writeUp of writeUps) {
      const found = diagnosticsOf(writeUp.path);
      const errors = found.filter((d) => d.severity === 'error');
      const warnings = found.filter((d) => d.severity === 'warning');
      const score = completeness(writeUp.raw);
      const facts = [writeUp.path, ...['severity', 'type', 'date'].map((field) => text(valueAt(writeUp.raw, [field]))).filter((value) => value !== undefined)];
      lines.push('', `### ${code(titleOf(writeUp))}`, '', facts.map((fact) => code(fact)).join(' · '), '');
      if (errors.length > 0) {
        lines.push(
          `**${plural(errors.length, 'error')}** to fix before merging; they are annotated on the diff, and ${code(`npm run validate -- ${writeUp.path}`)} lists them.`,
          '',
          '<details><summary>Errors</summary>',
          '',
          ...problemList(errors),
          '',
          '</details>',
          '',
        );
      } else {
        lines.push('No errors.', '');
      }
      if (warnings.length > 0) lines.push(`**${plural(warnings.length, 'warning')}** (worth a look in review):`, '', ...problemList(warnings), '');
      lines.push(`**Completeness: ${score.score}/100.**${score.suggestions.length > 0 ? ' What would raise it:' : ''}`, '');
      if (score.suggestions.length > 0) lines.push(...score.suggestions.map((s) => `- ${s.text} (+${s.points})`), '');
      const similar = similarIncidents(library, writeUp, view);
      lines.push('**Similar incidents**', '', ...(similar.length > 0 ? similar : ['- None with the same root cause or services yet.']), '');
    }
  }

  if (others.length > 0) {
    lines.push('### Other library files changed', '');
    for (const file of others) {
      const found = diagnosticsOf(file);
      const errors = found.filter((d) => d.severity === 'error').length;
      lines.push(`- ${code(file)}${found.length > 0 ? `: ${plural(errors, 'error')} and ${plural(found.length - errors, 'warning')}, annotated on the diff` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const library = await validateLibrary(readLibrarySource(libraryDir()));
  process.stdout.write(renderPrSummary(library, process.argv.slice(2).map((file) => displayPath(path.resolve(file)))));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
