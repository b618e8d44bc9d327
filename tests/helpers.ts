import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '../src/model/loadPlan.js';
import { InputError, type Problem } from '../src/model/problems.js';

export const BUNDLED_PLAN = 'data/phitsanulok-2566-2570';
/** A second, made-up plan (a sub-district, 2 dimensions, 3 projects, B.E. 2567–2571, Arabic digits): no test rests on Phitsanulok alone. */
export const TAMBON_DEMO = 'tests/fixtures/tambon-demo';
/** The plans the full suite builds once before any test (tests/setup/buildOnce.ts) and every render test runs on. */
export const BUILT_PLANS = [BUNDLED_PLAN, TAMBON_DEMO] as const;
/** The text of the signed original plan, conversion debris included (provenance: tests/fixtures/source/README.md). */
export const SEED = 'tests/fixtures/source/000_8203e015777cb9a4.txt';

/** The command line `npm run <script>` runs (package.json), node's options included: [program, ...arguments]. */
export function scriptCommand(script: string): [string, ...string[]] {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  return scripts[script]!.split(/\s+/) as [string, ...string[]];
}

/** `npm run <script> -- …args`, without npm's own start-up. */
export function runScript(script: string, args: string[]): SpawnSyncReturns<string> {
  const [program, ...options] = scriptCommand(script);
  return spawnSync(program, [...options, ...args], { encoding: 'utf8' });
}

const made: string[] = [];

/** A scratch copy of a plan folder (the bundled plan unless told), removed after the test run. */
export function copyOfPlan(data: string = BUNDLED_PLAN): string {
  const dir = mkdtempSync(join(tmpdir(), 'ita-plan-'));
  cpSync(data, dir, { recursive: true });
  made.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, offsetInNeedle = 0): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at + offsetInNeedle);
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Replaces the first `find` in one file of a plan copy with `replace`; returns the folder and where
 * `mark` (a part of `replace`) now stands in the file.
 */
export function edit(dir: string, file: string, find: string, replace: string, mark = replace) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(find)) throw new Error(`${file} has no ${JSON.stringify(find)}`);
  const next = text.replace(find, replace);
  writeFileSync(path, next);
  return { path, ...positionOf(next, mark) };
}

/** The problems loadPlan reports for a folder (fails the test if it reports none). */
export function problemsOf(dir: string): Problem[] {
  try {
    loadPlan(dir);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected problems, the plan loaded');
}

/** Every file under a folder (by its path below it) with the SHA-256 of its bytes: "left untouched" compares two of these. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[path.slice(root.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return out;
}
