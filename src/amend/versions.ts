import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../model/files.js';
import { loadPlan } from '../model/loadPlan.js';
import type { Plan } from '../model/plan.js';
import { InputError, type Problem } from '../model/problems.js';

/** One version of the plan to compare: a folder on disk, or the plan folder as a git commit holds it. */
export interface PlanVersion {
  plan: Plan;
  /** What the user named: a folder, or a git ref with the commit it resolved to. */
  source: { kind: 'folder'; folder: string } | { kind: 'git'; ref: string; commit: string; path: string };
  /** The folder the plan was read from (a scratch copy for a git ref). */
  folder: string;
  /** How a file of this version is named in messages and in the manifest ("abc1234:data/…/plan.yaml"). */
  nameOf(file: string): string;
}

/** Scratch folders holding plans taken out of git; removed when the command ends. */
export class Scratch {
  private readonly dirs: string[] = [];
  make(): string {
    const dir = mkdtempSync(join(tmpdir(), 'ita-amend-'));
    this.dirs.push(dir);
    return dir;
  }
  dispose(): void {
    for (const d of this.dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  }
}

const problem = (file: string, message: string): Problem => ({ file, line: 1, column: 1, path: '', message });

function git(cwd: string, args: string[], binary = false): string | Buffer {
  return execFileSync('git', ['-C', cwd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...(binary ? {} : { encoding: 'utf8' }) });
}

/** The repository holding `folder` (or the nearest existing folder above it). */
function repositoryOf(folder: string): string | undefined {
  let dir = resolve(folder);
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    return (git(dir, ['rev-parse', '--show-toplevel']) as string).trim();
  } catch {
    return undefined;
  }
}

/**
 * Copies the plan folder as commit `ref` holds it into a scratch folder, file by file with
 * `git show`, so the plan is read with exactly the same loader as a folder on disk.
 */
function fromGit(ref: string, data: string, scratch: Scratch): PlanVersion {
  const repo = repositoryOf(data);
  const flag = `--from/--to ${ref}`;
  if (!repo) throw new InputError([problem(flag, `"${ref}" ไม่ใช่โฟลเดอร์ และ ${displayPath(resolve(data))} ไม่อยู่ใน git — expected a plan folder or a git commit of the repository holding --data`)]);
  let commit: string;
  try {
    commit = (git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) as string).trim();
  } catch {
    throw new InputError([problem(flag, `ไม่พบโฟลเดอร์หรือ commit/tag ชื่อ "${ref}" — expected a plan folder or a git commit or tag`)]);
  }
  const path = relative(repo, resolve(data)).split(sep).join('/');
  const listed = (git(repo, ['ls-tree', '-r', '--name-only', '-z', commit, '--', path || '.']) as string).split('\0').filter(Boolean);
  if (!listed.length) throw new InputError([problem(flag, `commit ${commit.slice(0, 7)} ไม่มีโฟลเดอร์ ${path} — expected the plan folder to exist in that commit`)]);
  const folder = scratch.make();
  for (const file of listed) {
    const target = join(folder, relative(path, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(repo, ['show', `${commit}:${file}`], true));
  }
  const short = commit.slice(0, 7);
  const nameOf = (file: string) => `${short}:${[path, relative(folder, file).split(sep).join('/')].filter(Boolean).join('/')}`;
  return { plan: loadNamed(folder, nameOf), source: { kind: 'git', ref, commit, path }, folder, nameOf };
}

/** Loads a plan; problems in a scratch copy name the commit and the file in it, not the scratch path. */
function loadNamed(folder: string, nameOf: (file: string) => string): Plan {
  try {
    return loadPlan(folder);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const shown = displayPath(folder);
    throw new InputError(e.problems.map((p) => (p.file.startsWith(shown) ? { ...p, file: nameOf(join(folder, p.file.slice(shown.length))) } : p)));
  }
}

/**
 * A version named on the command line: a plan folder when `ref` is one, else a git commit or tag of
 * the repository holding `data`, read at the same path as `data`. No ref: the folder `data` as it is now.
 */
export function loadVersion(ref: string | undefined, data: string, scratch: Scratch): PlanVersion {
  const folder = ref ?? data;
  if (ref !== undefined && !(existsSync(folder) && statSync(folder).isDirectory())) return fromGit(ref, data, scratch);
  return { plan: loadPlan(folder), source: { kind: 'folder', folder }, folder, nameOf: (f) => displayPath(f) };
}
