import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import { openQuestions } from '../../src/model/questions.js';
import { BUNDLED_PLAN, copyOfPlan, problemsOf, removeCopies } from '../helpers.js';

afterAll(removeCopies);

/** An errata file as written before entries had a status (and with no seedLine, as a new plan writes). */
const OLD_STYLE = `errata:
  - id: old-entry
    kind: typo
    seedLine: 12
    where: ส่วนที่ ๓
    source: ค่าขอ
    data: คำขอ
    file: plan.yaml
    reason: พิมพ์ผิด
  - id: no-seed-line
    kind: typo
    where: ส่วนที่ ๓
    source: ""
    data: คำขอ
    file: plan.yaml
    reason: พิมพ์ผิด
`;

describe('errata statuses', () => {
  it('keep an errata file without statuses valid: every entry is resolved, none is a question', () => {
    const dir = copyOfPlan();
    writeFileSync(join(dir, 'errata.yaml'), OLD_STYLE);
    const plan = loadPlan(dir);
    expect(plan.errata.map((e) => e.status)).toEqual(['resolved', 'resolved']);
    expect(openQuestions(plan).map((q) => q.id)).toEqual(['placeholder-financial-impact']); // the data's own blanks
  });

  it('require a question for a confirm entry, located at its status', () => {
    const dir = copyOfPlan();
    writeFileSync(join(dir, 'errata.yaml'), OLD_STYLE.replace('    kind: typo\n    seedLine: 12', '    kind: typo\n    status: confirm\n    seedLine: 12'));
    const [problem] = problemsOf(dir);
    expect(problem).toMatchObject({ line: 4, path: 'errata[0].status' });
    expect(problem!.message).toMatch(/question/);
  });

  it('turn the bundled plan\'s six undecidable points into questions, in the order of the printed plan', () => {
    const plan = loadPlan(BUNDLED_PLAN);
    expect(openQuestions(plan).map((q) => q.anchor)).toEqual(['part-1', 'part-1', 'goals', 'project-26', 'project-51', 'section:appendix-order']);
    // Blank amounts the data still holds are asked once, by the erratum that already asks about them.
    expect(openQuestions(plan).filter((q) => q.field === 'impact.financial')).toHaveLength(1);
  });
});
