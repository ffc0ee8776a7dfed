/**
 * What the development server shows in place of a write-up with errors: its problems, with file,
 * line and fix, errors before warnings.
 */
import { plural } from '../format';
import type { Diagnostic } from '../validation/diagnostic';

export interface ProblemView {
  place: string;
  message: string;
  rule: string;
}

export interface ProblemsPage {
  title: string;
  file: string;
  /** "3 errors". */
  errorCount: string;
  errors: ProblemView[];
  warnings: ProblemView[];
}

export function problemsPage(entry: { id: string; filePath?: string | undefined; data: { title: string; problems: readonly Diagnostic[] } }): ProblemsPage {
  const view = (problem: Diagnostic): ProblemView => ({ place: `${problem.file}:${problem.line}:${problem.column}`, message: problem.message, rule: problem.rule });
  const errors = entry.data.problems.filter((problem) => problem.severity === 'error');
  return {
    title: entry.data.title,
    file: entry.filePath ?? entry.id,
    errorCount: plural(errors.length, 'error'),
    errors: errors.map(view),
    warnings: entry.data.problems.filter((problem) => problem.severity !== 'error').map(view),
  };
}
