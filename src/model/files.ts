import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileKind } from './schema/index.js';

/** The files a plan folder holds, by kind; project cards may be split over several files. */
export const REQUIRED_FILES: Array<[name: string, kind: FileKind]> = [
  ['plan.yaml', 'plan'],
  ['structure.yaml', 'structure'],
  ['units.yaml', 'units'],
  ['risks.yaml', 'risks'],
  ['order.yaml', 'order'],
  ['announcement.yaml', 'announcement'],
];
export const OPTIONAL_FILES: Array<[name: string, kind: FileKind]> = [['errata.yaml', 'errata'], ['amendment.yaml', 'amendment']];
export const PROJECT_FILE = /^projects-.+\.yaml$/;

export interface PlanFileRef {
  kind: FileKind;
  /** Absolute or cwd-relative path used to read the file. */
  path: string;
  /** The path shown in messages. */
  display: string;
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Why a plan folder cannot be listed, in words a clerk can act on. */
export function folderProblem(e: unknown): string {
  switch ((e as NodeJS.ErrnoException)?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'ไม่มีสิทธิ์อ่านโฟลเดอร์ของแผน — permission denied: the plan folder cannot be read';
    case 'ENOTDIR':
      return 'เป็นไฟล์ ไม่ใช่โฟลเดอร์ — expected a folder of YAML files, found a file';
    case 'ENOENT':
      return 'ไม่พบโฟลเดอร์ของแผน — expected a folder of YAML files';
    default:
      return `อ่านโฟลเดอร์ของแผนไม่ได้ (${(e as NodeJS.ErrnoException)?.code ?? 'error'}) — the plan folder cannot be read`;
  }
}

/** Lists the plan's YAML files in reading order; names it does not know are returned as `unknown`. */
export function listPlanFiles(dir: string): { files: PlanFileRef[]; missing: string[]; unknown: string[] } {
  const names = readdirSync(dir).sort();
  const files: PlanFileRef[] = [];
  const missing: string[] = [];
  const ref = (name: string, kind: FileKind): PlanFileRef => ({ kind, path: join(dir, name), display: displayPath(join(dir, name)) });
  for (const [name, kind] of REQUIRED_FILES) {
    if (names.includes(name)) files.push(ref(name, kind));
    else missing.push(name);
  }
  for (const [name, kind] of OPTIONAL_FILES) if (names.includes(name)) files.push(ref(name, kind));
  const projectNames = names.filter((n) => PROJECT_FILE.test(n));
  if (projectNames.length === 0) missing.push('projects-<n>-<dimension>.yaml');
  for (const name of projectNames) files.push(ref(name, 'projects'));
  const known = new Set([...REQUIRED_FILES, ...OPTIONAL_FILES].map(([n]) => n));
  const unknown = names.filter((n) => /\.ya?ml$/.test(n) && !known.has(n) && !PROJECT_FILE.test(n));
  return { files, missing, unknown };
}
