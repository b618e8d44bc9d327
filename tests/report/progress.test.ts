import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import type { Plan } from '../../src/model/plan.js';
import { InputError, type Problem } from '../../src/model/problems.js';
import { loadProgress, progressJsonSchema } from '../../src/report/index.js';
import { BUNDLED_PLAN, positionOf, TAMBON_DEMO } from '../helpers.js';

const EXAMPLE = 'examples/progress/2566.yaml';
let plan: Plan;
beforeAll(() => {
  plan = loadPlan(BUNDLED_PLAN);
});

/** The example with replacements made, written to a scratch file. */
function variant(...edits: Array<[find: string, replace: string]>): { path: string; text: string } {
  let text = readFileSync(EXAMPLE, 'utf8');
  for (const [find, replace] of edits) {
    if (!text.includes(find)) throw new Error(`example has no ${find}`);
    text = text.replace(find, replace);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'ita-progress-')), '2566.yaml');
  writeFileSync(path, text);
  return { path, text };
}

function problemsOf(path: string, options = {}): Problem[] {
  try {
    loadProgress(path, plan, options);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected problems');
}

// Variants of the bundled plan's example (its project ids and figures: Phitsanulok only); the small plan's own file at the end.
describe('progress files', () => {
  it('accept the example, with no warnings', () => {
    const p = loadProgress(EXAMPLE, plan, { year: 2566, round: 12 });
    expect(p.data.example).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('report every schema problem at once, each at its line and column with the English field path', () => {
    const { path, text } = variant(
      ['status: ดำเนินการแล้ว\n      spent: 29700', 'status: เสร็จแล้ว\n      spent: -5'],
      ['    date: 2566-04-20', '    date: 20/04/2566'],
    );
    const problems = problemsOf(path);
    const at = (needle: string, offset = 0) => positionOf(text, needle, offset);
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ ...at('เสร็จแล้ว'), path: 'projects."law-knowledge-training".round12.status', message: expect.stringContaining('ต้องเป็นหนึ่งใน') }),
      expect.objectContaining({ ...at('-5'), path: 'projects."law-knowledge-training".round12.spent', message: expect.stringContaining('ต้องไม่ติดลบ') }),
      expect.objectContaining({ ...at('20/04/2566'), path: 'rounds.round6.date' }),
    ]));
    expect(problems).toHaveLength(3);
  });

  it('locate an unknown project id, a year outside the plan, a date outside the round and a missing reason, all at once', () => {
    const { path, text } = variant(
      ['year: 2566', 'year: 2580'],
      ['  law-knowledge-publicity:', '  no-such-project:\n    round6: { status: ดำเนินการแล้ว, spent: 0 }\n  law-knowledge-publicity:'],
      ['reason: ร่างเทศบัญญัติ', '# reason: ร่างเทศบัญญัติ'],
    );
    const problems = problemsOf(path);
    const messages = problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.message}`);
    expect(problems.find((p) => p.path === 'year')).toMatchObject({ ...positionOf(text, '2580'), message: expect.stringContaining('นอกช่วงของแผน') });
    expect(problems.find((p) => p.path === 'projects."no-such-project"')).toMatchObject({
      ...positionOf(text, 'no-such-project'), message: expect.stringContaining('ไม่พบโครงการรหัส'),
    });
    expect(messages.some((m) => m.includes('"mobile-council-meeting".round12.status') && m.includes('เหตุผล'))).toBe(true);
    // The year is wrong, so every activity's date falls outside its round too: one message each, located.
    expect(problems.filter((p) => p.message.includes('อยู่นอกรอบ')).length).toBeGreaterThan(10);
  });

  it('say which date falls outside which round, with the round’s days', () => {
    const { path, text } = variant(['date: 2565-11-10', 'date: 2566-06-30']);
    const [problem] = problemsOf(path);
    expect(problem).toMatchObject({ ...positionOf(text, '2566-06-30'), path: expect.stringMatching(/round6\.done\[0\]\.date$/) });
    expect(problem!.message).toContain('อยู่นอกรอบ 6 เดือน (1 ตุลาคม พ.ศ. 2565 – 31 มีนาคม พ.ศ. 2566)');
  });

  it('warn, without failing, when spending is above the planned budget, with the figures', () => {
    const { path, text } = variant(['spent: 29700', 'spent: 45000']);
    const p = loadProgress(path, plan, { year: 2566, round: 12 });
    expect(p.warnings).toEqual([expect.objectContaining({
      ...positionOf(text, '45000'), path: 'projects."law-knowledge-training".round12.spent',
      message: expect.stringContaining('ใช้จ่าย 45,000 บาท เกินงบประมาณตามแผน 30,000 บาท (เกิน 15,000 บาท)'),
    })]);
  });

  it('refuse a round reported before it ends', () => {
    const { path, text } = variant(['    date: 2566-04-20', '    date: 2566-03-20']);
    expect(problemsOf(path)).toEqual([expect.objectContaining({
      ...positionOf(text, '2566-03-20'), path: 'rounds.round6.date', message: expect.stringContaining('ต้องอยู่หลังสิ้นรอบ 6 เดือน (31 มีนาคม พ.ศ. 2566)'),
    })]);
  });

  it('have a published JSON Schema for the editor that matches the checks (npm run schema)', () => {
    expect(readFileSync('schema/progress.schema.json', 'utf8')).toBe(progressJsonSchema());
    expect(readFileSync(EXAMPLE, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/progress.schema.json');
  });

  it('need every project of the plan, with a status and spending, for the round reported', () => {
    const { path, text } = variant(['status: ดำเนินการแล้ว\n      spent: 29700', 'status:\n      spent:']);
    const problems = problemsOf(path, { year: 2566, round: 12 });
    expect(problems.map((p) => p.path)).toEqual([
      'projects."law-knowledge-training".round12.status',
      'projects."law-knowledge-training".round12.spent',
    ]);
    expect(problems[0]).toMatchObject({ line: positionOf(text, 'status:\n      spent:\n').line });
    // The same file is fine for the 6-month report, which does not read round12.
    expect(() => loadProgress(path, plan, { year: 2566, round: 6 })).not.toThrow();
  });
});

describe('the progress file of tests/fixtures/tambon-demo (outside the plan folder, which docs/data-format.md shows file for file)', () => {
  const PROGRESS = 'tests/fixtures/tambon-demo-progress/2567.yaml';

  it.each([6, 12] as const)('is accepted for the %i-month round, with no warnings, as real (not example) data', (round) => {
    const p = loadProgress(PROGRESS, loadPlan(TAMBON_DEMO), { year: 2567, round });
    expect(p.warnings).toEqual([]);
    expect(p.data.example).toBeUndefined();
  });

  it('points the editor at the published schema', () => {
    // The path from the file's own folder to the repository's schema/ (written out, it would read as climbing out of tests/).
    const schema = relative(dirname(PROGRESS), 'schema/progress.schema.json');
    expect(readFileSync(PROGRESS, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`);
    expect(existsSync(resolve(dirname(PROGRESS), schema))).toBe(true);
  });
});
