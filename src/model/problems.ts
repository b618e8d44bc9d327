/** One thing wrong with the input, located precisely enough for a clerk to find and fix it. */
export interface Problem {
  /** Path of the file as the user named it (relative to the working directory when possible). */
  file: string;
  line: number;
  column: number;
  /** English field path, e.g. `projects[3].budget.perYear.2571`; empty for file-level problems. */
  path: string;
  /** What is wrong and what was expected, in Thai. */
  message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^([A-Za-z_$][\w$]*|\d+)$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += out ? `.${JSON.stringify(seg)}` : JSON.stringify(seg);
  }
  return out;
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  return p.path ? `${where}  ${p.path}  ${p.message}` : `${where}  ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path),
  );
}

/** Thrown (and caught at the command line) when input cannot become a plan. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the plan data`);
  }
}
