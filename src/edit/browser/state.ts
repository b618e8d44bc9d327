import type { FileKind } from '../../model/schema/index.js';

export type Path = Array<string | number>;

export interface PlanFileState {
  name: string;
  kind: FileKind;
  hash: string;
  value: unknown;
  dirty: boolean;
}

export interface Selection {
  file: string;
  /** Index of the project card when a projects file is open card by card. */
  project?: number;
}

export const state = {
  files: [] as PlanFileState[],
  selected: undefined as Selection | undefined,
};

export const fileNamed = (name: string) => state.files.find((f) => f.name === name);
export const fileOfKind = (kind: FileKind) => state.files.find((f) => f.kind === kind);

export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const seg of path) node = (node as Record<string | number, unknown> | undefined)?.[seg];
  return node;
}

/** Sets a value inside a file's data; `undefined` removes the key (an optional field left out). */
export function setIn(file: PlanFileState, path: Path, next: unknown): void {
  if (path.length === 0) {
    file.value = next;
  } else {
    const parent = getIn(file.value, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (next === undefined) delete parent[key];
    else parent[key] = next;
  }
  file.dirty = true;
}

/** The plan's fiscal years, from plan.yaml as it is being edited. */
export function planYears(): number[] {
  const years = (fileOfKind('plan')?.value as { years?: { from?: unknown; to?: unknown } } | undefined)?.years;
  const from = Number(years?.from);
  const to = Number(years?.to);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 20) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function planDigits(): 'thai' | 'arabic' {
  return (fileOfKind('plan')?.value as { digits?: string } | undefined)?.digits === 'arabic' ? 'arabic' : 'thai';
}
