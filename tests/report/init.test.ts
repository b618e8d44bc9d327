import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPlan } from '../../src/model/loadPlan.js';
import { InputError } from '../../src/model/problems.js';
import { initReport, loadProgress } from '../../src/report/index.js';
import { BUILT_PLANS, BUNDLED_PLAN, copyOfPlan, removeCopies, runScript } from '../helpers.js';

afterAll(removeCopies);

/** The planned budgets of 2567 (a year of both plans) straight from the project files, by project id. */
function plannedFromData(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of readdirSync(dir).filter((f) => /^projects-.*\.yaml$/.test(f)).sort()) {
    const file = parse(readFileSync(join(dir, name), 'utf8')) as { projects: Array<{ id: string; budget?: { perYear: Record<string, number> } }> };
    for (const p of file.projects) out.set(p.id, p.budget?.perYear['2567'] ?? 0);
  }
  return out;
}

describe.each(BUILT_PLANS)('npm run report -- --init on %s (the command line where its exit status and message matter)', (data) => {
  const dir = copyOfPlan(data);
  const path = join(dir, 'progress', '2567.yaml');

  it('writes progress/<year>.yaml listing every project of the year with its planned budget, empty fields and Thai comments', () => {
    expect(initReport(dir, 2567, () => undefined)).toMatch(/progress\/2567\.yaml$/);
    const text = readFileSync(path, 'utf8');
    const written = parse(text) as { year: number; projects: Record<string, { round6: { status: unknown; spent: unknown }; round12: unknown }> };
    const planned = plannedFromData(dir);
    expect(written.year).toBe(2567);
    expect(Object.keys(written.projects)).toEqual([...planned.keys()]);
    for (const [id, baht] of planned) {
      expect(written.projects[id]!.round6).toMatchObject({ status: null, spent: null });
      expect(written.projects[id]!.round12).toBeTruthy();
      const comment = baht ? `งบประมาณตามแผนปี 2567: ${baht.toLocaleString('en-US')} บาท` : 'งบประมาณตามแผนปี 2567: ไม่ใช้งบประมาณ';
      expect(text.slice(text.indexOf(`  ${id}:`)).split('\n').slice(0, 4).join('\n')).toContain(comment);
    }
    expect(text).toContain('# ยังไม่ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้ว / ยกเลิก / โอนงบ');
    // Phitsanulok only (tambon-demo's cards state no target in these words): the card's numeric targets are
    // copied as indicators, "ไม่น้อยกว่า ๒ ครั้งต่อปี" → 2 ครั้ง.
    if (data === BUNDLED_PLAN) expect(text).toMatch(/target: 2\n\s+unit: ครั้ง\n\s+reached:/);
    else expect(text).not.toContain('indicators:');
  });

  it('gives a file the report then checks field by field, located', () => {
    let problems: InputError['problems'] = [];
    try {
      loadProgress(path, loadPlan(dir), { year: 2567, round: 6 });
    } catch (e) {
      problems = (e as InputError).problems;
    }
    const text = readFileSync(path, 'utf8');
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(problems).toContainEqual(expect.objectContaining({ path: 'signer.name', line: lineOf('  name:'), message: expect.stringContaining('ยังไม่ได้กรอกชื่อผู้ลงนาม') }));
    const first = [...plannedFromData(dir).keys()][0]!;
    expect(problems).toContainEqual(expect.objectContaining({ path: `projects."${first}".round6.status`, message: expect.stringContaining('ยังไม่ได้กรอกสถานะ') }));
    // Nothing about the 12-month entries yet: they are for later in the year.
    expect(problems.filter((p) => p.path.includes('round12'))).toEqual([]);
  });

  it('never overwrites an existing file', () => {
    writeFileSync(path, 'year: 2567 # the clerk’s own work\n');
    const run = runScript('report', ['--init', '2567', '--data', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ไม่เขียนทับ');
    expect(readFileSync(path, 'utf8')).toBe('year: 2567 # the clerk’s own work\n');
  });

  it('refuses a year outside the plan', () => {
    expect(() => initReport(dir, 2575, () => undefined)).toThrow(InputError);
    expect(existsSync(join(dir, 'progress', '2575.yaml'))).toBe(false);
  });
});
