import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import { openQuestions } from '../../src/model/questions.js';
import { BUNDLED_PLAN, runScript } from '../helpers.js';

const parent = mkdtempSync(join(tmpdir(), 'ita-new-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('npm run new', () => {
  const run = runScript('new', ['--id', 'nong-demo-2567-2571', '--name', 'องค์การบริหารส่วนตำบลหนองทดลอง', '--years', '2567-2571', '--parent', parent]);
  const dir = join(parent, 'nong-demo-2567-2571');

  it('makes a folder with every file a plan needs, that checks at once', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'announcement.yaml', 'errata.yaml', 'order.yaml', 'plan.yaml', 'projects-1-culture.yaml', 'risks.yaml', 'structure.yaml', 'units.yaml',
    ]);
    const plan = loadPlan(dir);
    expect(plan.id).toBe('nong-demo-2567-2571');
    expect(plan.organisation.name).toBe('องค์การบริหารส่วนตำบลหนองทดลอง');
    expect(plan.years).toEqual([2567, 2568, 2569, 2570, 2571]);
    const check = runScript('check', ['--data', dir]);
    expect(check.status, check.stderr).toBe(0);
  });

  it('writes files the bundled plan has too, in its form, and leaves the blank amounts as the one open question', () => {
    const bundled = new Set(readdirSync(BUNDLED_PLAN).map((f) => f.replace(/^projects-.*/, 'projects')));
    for (const f of readdirSync(dir)) expect(bundled.has(f.replace(/^projects-.*/, 'projects')), f).toBe(true);
    expect(openQuestions(loadPlan(dir)).map((q) => q.id)).toEqual(['placeholder-financial-impact']);
  });

  it('says in Thai what goes where, and points every file at its schema from where the folder is', () => {
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
      expect(schema, f).toBeDefined();
      expect(existsSync(resolve(dirname(join(dir, f)), schema!)), `${f}: ${schema}`).toBe(true);
      expect(text.match(/^\s*#.*[ก-๙]/gm)!.length, f).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses to overwrite a folder, and names a bad id or year range, without a stack trace', () => {
    writeFileSync(join(dir, 'plan.yaml'), 'kept');
    const again = runScript('new', ['--id', 'nong-demo-2567-2571', '--name', 'องค์การบริหารส่วนตำบลหนองทดลอง', '--parent', parent]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('จะไม่เขียนทับ');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('kept');
    const bad = runScript('new', ['--id', 'Bad Id', '--name', 'x', '--years', '2571-2567', '--parent', parent]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--years/);
    const badId = runScript('new', ['--id', 'Bad Id', '--name', 'x', '--parent', parent]);
    expect(badId.stderr).toMatch(/--id .*a-z 0-9/);
    expect(`${bad.stderr}${badId.stderr}`).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
