import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp } from '../../src/publish/replaceFolder.js';
import { copyOfPlan, edit, removeCopies, scriptCommand } from '../helpers.js';

afterAll(removeCopies);

const PLAN_DIR = 'phitsanulok-2566-2570';
const VERSION_DIR = join(PLAN_DIR, 'r1-2565-09');
const tempOut = () => mkdtempSync(join(tmpdir(), 'ita-whole-'));
const quiet = () => undefined;

/** `npm run build -- …` as a child process, with extra environment (the publish step's test hooks). */
function build(args: string[], env: Record<string, string> = {}) {
  const [program, ...options] = scriptCommand('build');
  return spawnSync(program, [...options, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

/** The sums file of a version folder when `sha256sum -c` accepts the folder, else undefined. */
function verifiedSums(out: string): string | undefined {
  const dir = join(out, VERSION_DIR);
  if (!existsSync(dir)) return undefined;
  execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: dir });
  return readFileSync(join(dir, 'SHA256SUMS'), 'utf8');
}

const workFolders = (out: string) => readdirSync(join(out, PLAN_DIR)).filter((n) => n.startsWith('.'));

let oldOut: string;
let newOut: string;
let changed: string;
let oldSums: string;
let newSums: string;

// The old build: announcement and order. The new one rebuilds the announcement from changed data,
// so the order is carried over (a step of its own) and old and new sums differ.
beforeAll(() => {
  oldOut = tempOut();
  expect(build(['--only', 'announcement', '--only', 'order', '--format', 'pdf', '--out', oldOut]).status).toBe(0);
  oldSums = verifiedSums(oldOut)!;
  changed = copyOfPlan();
  edit(changed, 'announcement.yaml', 'position: นายกเทศมนตรีนครพิษณุโลก', 'position: รองนายกเทศมนตรีนครพิษณุโลก');
  newOut = tempOut();
  cpSync(oldOut, newOut, { recursive: true });
  expect(build(['--data', changed, '--only', 'announcement', '--format', 'pdf', '--out', newOut]).status).toBe(0);
  newSums = verifiedSums(newOut)!;
  expect(newSums).not.toBe(oldSums);
});

describe('out/ holds whole builds only', () => {
  it('is the old build or the new one, never a mix, when the build is killed after any step of publishing', () => {
    // Steps: lock, new announcement, carried-over order, manifest, sums, exchange the folders (Linux's
    // renameat2, one step: the version folder is never missing), remove the old build.
    const seen: string[] = [];
    for (let step = 1; step <= 7; step++) {
      const out = tempOut();
      cpSync(oldOut, out, { recursive: true });
      const r = build(['--data', changed, '--only', 'announcement', '--format', 'pdf', '--out', out], { ITA_PLAN_TEST_KILL_AT_STEP: String(step) });
      expect(r.signal, `step ${step}`).toBe('SIGKILL');
      const sums = verifiedSums(out);
      expect([oldSums, newSums], `step ${step}`).toContain(sums);
      seen.push(sums === oldSums ? 'old' : 'new');
      if (step === 7) {
        // The next build clears what the killed ones left: temporary folders and the stale lock.
        const next = build(['--data', changed, '--only', 'announcement', '--format', 'pdf', '--out', out]);
        expect(next.status, next.stderr).toBe(0);
        expect(next.stdout).toContain('stale lock');
        expect(workFolders(out)).toEqual([]);
        expect(readdirSync(out)).toEqual([PLAN_DIR]);
        expect(verifiedSums(out)).toBe(newSums);
      }
      rmSync(out, { recursive: true, force: true });
    }
    expect(seen).toEqual(['old', 'old', 'old', 'old', 'old', 'new', 'new']);
  });

  it('serialises two builds into one folder: the second waits, says so, and the folder is one whole build', async () => {
    const out = tempOut();
    const run = (data: string) =>
      new Promise<{ code: number; stdout: string }>((resolve) => {
        const [program, ...options] = scriptCommand('build');
        const child = spawn(program, [...options, '--data', data, '--only', 'announcement', '--format', 'pdf', '--out', out], {
          env: { ...process.env, ITA_PLAN_TEST_STEP_PAUSE_MS: '150' },
        });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.on('exit', (code) => resolve({ code: code ?? -1, stdout }));
      });
    const results = await Promise.all([run('data/phitsanulok-2566-2570'), run(changed)]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(results.some((r) => r.stdout.includes('waiting for another build'))).toBe(true);
    const sums = verifiedSums(out)!;
    const single = (s: string) => s.split('\n').find((l) => l.endsWith('announcement.pdf'));
    expect([single(oldSums), single(newSums)]).toContain(single(sums));
    expect(workFolders(out)).toEqual([]);
  });

  it('gives the same manifest and sums for one plan folder built from two places', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'ita-elsewhere-deeper-'));
    cpSync(changed, join(elsewhere, 'plan'), { recursive: true });
    const a = tempOut();
    const b = tempOut();
    expect(build(['--data', changed, '--only', 'announcement', '--format', 'pdf', '--out', a]).status).toBe(0);
    expect(build(['--data', relative(process.cwd(), join(elsewhere, 'plan')), '--only', 'announcement', '--format', 'pdf', '--out', b]).status).toBe(0);
    const read = (out: string, name: string) => readFileSync(join(out, VERSION_DIR, name), 'utf8');
    expect(read(b, 'manifest.json')).toBe(read(a, 'manifest.json'));
    expect(read(b, 'SHA256SUMS')).toBe(read(a, 'SHA256SUMS'));
    expect(read(a, 'manifest.json')).not.toContain(tmpdir());
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
