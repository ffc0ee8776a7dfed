import type { Completeness } from '../completeness';

/** A problem found in the library, in a form people and tools can act on. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line and column of what is wrong. */
  line: number;
  column: number;
  /** A notice informs (e.g. similar earlier incidents) and never fails anything. */
  severity: 'error' | 'warning' | 'notice';
  /** Stable rule id, like `unknown-id` or `timeline-order`. */
  rule: string;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  files: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    files: new Set(diagnostics.map((d) => d.file)).size,
  };
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line: the score, then what would raise it, biggest gain first. */
export function formatCompleteness({ score, suggestions }: Completeness): string {
  return suggestions.length === 0
    ? `Completeness ${score}/100.`
    : `Completeness ${score}/100 — what would raise it: ${suggestions.map((s) => `${s.text[0]!.toLowerCase()}${s.text.slice(1).replace(/\.$/, '')} (+${s.points})`).join('; ')}.`;
}

/**
 * `file:line:column  error  message  (rule)`, grouped by file, then a summary line. A file with a
 * completeness score gets it after its diagnostics, even when it has none.
 */
export function formatText(
  diagnostics: readonly Diagnostic[],
  checkedFiles: number,
  completeness: ReadonlyMap<string, Completeness> = new Map(),
): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of completeness.keys()) byFile.set(file, []);
  for (const d of sortDiagnostics(diagnostics)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort((a, b) => a.localeCompare(b))) {
    if (lines.length > 0) lines.push('');
    lines.push(file);
    for (const d of byFile.get(file)!) lines.push(`  ${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  (${d.rule})`);
    const score = completeness.get(file);
    if (score) lines.push(`  ${formatCompleteness(score)}`);
  }
  const counts = countDiagnostics(diagnostics);
  if (lines.length > 0) lines.push('');
  lines.push(
    counts.errors + counts.warnings === 0
      ? `✔ ${plural(checkedFiles, 'file')} checked: no problems.`
      : `${counts.errors > 0 ? '✖' : '⚠'} ${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')} in ${plural(counts.files, 'file')} (${checkedFiles} checked).`,
  );
  return lines.join('\n');
}

/** GitHub workflow commands: annotations on the pull request's diff; completeness as a notice. */
export function formatGithub(diagnostics: readonly Diagnostic[], completeness: ReadonlyMap<string, Completeness> = new Map()): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return [
    ...sortDiagnostics(diagnostics).map(
      (d) =>
        `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(d.message)}`,
    ),
    ...[...completeness].map(([file, score]) => `::notice file=${escapeProperty(file)},line=1,title=completeness::${escapeData(formatCompleteness(score))}`),
  ].join('\n');
}
