import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED } from '../helpers.js';

/**
 * The repository stands alone (issue 20): a fresh clone, with nothing beside it, passes its own tests.
 * Our machines keep measuring tools and the source text in a `shared/` folder next to the repository;
 * a municipality's IT officer or an auditor has no such folder.
 */
const NOT_COPIED = new Set(['node_modules', 'out', '.git']);

/** The repository's own files, as a clone has them (generated and installed folders left out). */
function repositoryFiles(dir = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_COPIED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? repositoryFiles(path) : [path];
  });
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the repository stands alone', () => {
  it('keeps the source text it is measured against, unchanged (tests/fixtures/source/README.md)', () => {
    const readme = readFileSync(join(dirname(SEED), 'README.md'), 'utf8');
    const recorded = /SHA-256 \| `([0-9a-f]{64})`/.exec(readme)?.[1];
    expect(createHash('sha256').update(readFileSync(SEED)).digest('hex')).toBe(recorded);
  });

  it('names no path outside itself in its code, data, tests, scripts or CI', () => {
    const outside = new RegExp(['\\.\\./shared', '/work/'].join('|'));
    const code = repositoryFiles().filter((f) => /^(src|tests|scripts|data|templates|\.ci)\b/.test(f) || /^[^/]+\.(json|ts|mjs)$/.test(f));
    expect(code.length).toBeGreaterThan(50);
    // A relative path climbing out of its own file's folder ($schema lines climb to schema/) must land inside the repository.
    const climbsOut = (f: string, text: string) =>
      [...text.matchAll(/(?:\.\.\/){2,}[\w.-]*/g)].some((m) => relative('.', resolve(dirname(f), m[0])).startsWith('..'));
    const offenders = code.filter((f) => {
      if (f === relative('.', fileURLToPath(import.meta.url)) || /\.(ttf|png|txt)$/.test(f)) return false;
      const text = readFileSync(f, 'utf8');
      return outside.test(text) || climbsOut(f, text);
    });
    expect(offenders).toEqual([]);
  });

  it('passes the tests that once read ../shared from a copy with no folder beside it', () => {
    const parent = mkdtempSync(join(tmpdir(), 'ita-standalone-'));
    made.push(parent);
    const copy = join(parent, 'repository');
    for (const file of repositoryFiles()) cpSync(file, join(copy, file));
    symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'), 'dir');
    expect(readdirSync(parent)).toEqual(['repository']);
    const vitest = join('node_modules', 'vitest', 'vitest.mjs');
    // Neither reads a built plan: the full suite's one build (tests/setup/buildOnce.ts) is not wanted here.
    const env = { ...process.env, ITA_PLAN_TEST_NO_BUILD: '1' };
    const run = spawnSync(process.execPath, [vitest, 'run', 'tests/model/errata.test.ts', 'tests/checks/checks.test.ts'], { cwd: copy, encoding: 'utf8', env });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(existsSync(join(parent, 'shared'))).toBe(false);
  });
});
