/** A problem found in the library, in a form people and tools can act on. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line and column of what is wrong. */
  line: number;
  column: number;
  severity: 'error' | 'warning';
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

/** `file:line:column  error  message  (rule)`, grouped by file, then a summary line. */
export function formatText(diagnostics: readonly Diagnostic[], checkedFiles: number): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const d of sortDiagnostics(diagnostics)) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(d.file);
      currentFile = d.file;
    }
    lines.push(`  ${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  (${d.rule})`);
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

/** GitHub workflow commands: annotations on the pull request's diff. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return sortDiagnostics(diagnostics)
    .map(
      (d) =>
        `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(d.message)}`,
    )
    .join('\n');
}
