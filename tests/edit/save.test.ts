import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlanFiles } from '../../src/edit/planFiles.js';
import { saveChanges } from '../../src/edit/save.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { copyOfPlan, removeCopies } from '../helpers.js';

afterAll(removeCopies);

/** `git diff --numstat` between two texts: [added, removed] lines. */
function numstat(before: string, after: string, dir: string): [number, number] {
  writeFileSync(join(dir, '.before'), before);
  writeFileSync(join(dir, '.after'), after);
  const out = spawnSync('git', ['diff', '--no-index', '--numstat', join(dir, '.before'), join(dir, '.after')], { encoding: 'utf8' }).stdout;
  const [added, removed] = out.trim().split(/\s+/).map(Number);
  return [added ?? 0, removed ?? 0];
}

const fileOf = (dir: string, name: string) => readPlanFiles(dir).find((f) => f.name === name)!;

describe('saving from the editing page', () => {
  it('changes one line for one budget, keeps a backup, and the plan loads with the new amount', async () => {
    const dir = copyOfPlan();
    const name = 'projects-1-culture.yaml';
    const before = readFileSync(join(dir, name), 'utf8');
    const file = fileOf(dir, name);
    const value = structuredClone(file.value) as { projects: Array<{ budget: { perYear: Record<string, number> } }> };
    value.projects[0]!.budget.perYear['2567'] = 45000;
    const result = await saveChanges(dir, [{ name, hash: file.hash, value }]);
    expect(result.status).toBe('saved');
    const after = readFileSync(join(dir, name), 'utf8');
    expect(numstat(before, after, dir)).toEqual([1, 1]);
    expect(after).toContain('        2567: 45000\n');
    const backups = readdirSync(join(dir, '.backup'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, '.backup', backups[0]!), 'utf8')).toBe(before);
    expect(loadPlan(dir).projects[0]!.budget!.perYear.get(2567)).toBe(45000);
  });

  it('moves an order member with its line and keeps the file\'s comments', async () => {
    const dir = copyOfPlan();
    const before = readFileSync(join(dir, 'order.yaml'), 'utf8');
    const file = fileOf(dir, 'order.yaml');
    const value = structuredClone(file.value) as { members: unknown[] };
    [value.members[1], value.members[2]] = [value.members[2], value.members[1]];
    expect((await saveChanges(dir, [{ name: 'order.yaml', hash: file.hash, value }])).status).toBe('saved');
    const after = readFileSync(join(dir, 'order.yaml'), 'utf8');
    // Two neighbours swapped: git shows one line moved.
    expect(numstat(before, after, dir)).toEqual([1, 1]);
    for (const comment of before.split('\n').filter((l) => l.startsWith('#'))) expect(after).toContain(comment);
    expect(parse(after).members[1]).toEqual(parse(before).members[2]);
  });

  it('refuses when the file changed on disk since the page loaded it, and writes nothing', async () => {
    const dir = copyOfPlan();
    const file = fileOf(dir, 'announcement.yaml');
    const elsewhere = `${readFileSync(join(dir, 'announcement.yaml'), 'utf8')}# edited in another program\n`;
    writeFileSync(join(dir, 'announcement.yaml'), elsewhere);
    const value = { ...(file.value as object), issuer: 'เทศบาลอื่น' };
    const result = await saveChanges(dir, [{ name: 'announcement.yaml', hash: file.hash, value }]);
    expect(result).toMatchObject({ status: 'conflict', files: ['announcement.yaml'] });
    expect(readFileSync(join(dir, 'announcement.yaml'), 'utf8')).toBe(elsewhere);
  });

  it('checks again on the server: a budget year outside the plan is refused with the CLI\'s message', async () => {
    const dir = copyOfPlan();
    const name = 'projects-1-culture.yaml';
    const before = readFileSync(join(dir, name), 'utf8');
    const file = fileOf(dir, name);
    const value = structuredClone(file.value) as { projects: Array<{ budget: { perYear: Record<string, number> } }> };
    value.projects[0]!.budget.perYear['2599'] = 1;
    const result = await saveChanges(dir, [{ name, hash: file.hash, value }]);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.problems[0]).toMatchObject({ file: name, path: 'projects[0].budget.perYear.2599' });
    expect(result.problems[0]!.message).toContain('นอกช่วงของแผน');
    expect(readFileSync(join(dir, name), 'utf8')).toBe(before);
  });
});
