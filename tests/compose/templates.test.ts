import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { orderText } from '../../src/compose/letters.js';
import { renderTemplate } from '../../src/compose/templates.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { InputError } from '../../src/model/problems.js';
import { BUNDLED_PLAN, copyOfPlan, edit, removeCopies } from '../helpers.js';

afterAll(removeCopies);

function templateProblem(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems[0]!;
    throw e;
  }
  throw new Error('expected the template to fail');
}

describe('templates of the order and the announcement', () => {
  it('fill the organisation and the plan years from the data', () => {
    const text = orderText(loadPlan(BUNDLED_PLAN));
    expect(text.subject).toBe('แต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสของเทศบาลนครพิษณุโลก ปีงบประมาณ (พ.ศ.๒๕๖๖ - ๒๕๗๐)');
    expect(text.duties).toHaveLength(5);
    expect(text.preamble).toHaveLength(2);
  });

  it("follow next year's data without a code edit", () => {
    const dir = copyOfPlan();
    edit(dir, 'plan.yaml', 'years:\n  from: 2566\n  to: 2570', 'years:\n  from: 2571\n  to: 2575');
    for (const f of ['projects-1-culture.yaml', 'projects-2-transparency.yaml', 'projects-3-participation.yaml']) {
      const path = join(dir, f);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\b(256[6-9]|2570):/g, (_m, y: string) => `${Number(y) + 5}:`));
    }
    const text = orderText(loadPlan(dir));
    expect(text.subject).toContain('(พ.ศ.๒๕๗๑ - ๒๕๗๕)');
  });

  it('run strict: a field the data does not have is an error naming the template and the field', () => {
    const dir = copyOfPlan();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'order.hbs'), '# subject\nแต่งตั้งคณะทำงาน {{organisaton}}\n');
    const p = templateProblem(() => renderTemplate(loadPlan(dir), 'order'));
    expect(p.file).toMatch(/templates\/order\.hbs$/);
    expect(p.path).toBe('organisaton');
    expect(p.line).toBe(2);
    expect(p.message).toContain('organisation');
  });

  it('let a plan folder override the standing wording', () => {
    const dir = copyOfPlan();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'order.hbs'), '# subject\nเรื่องทดสอบของ{{organisation}}\n');
    expect(renderTemplate(loadPlan(dir), 'order').get('subject')!.paragraphs).toEqual(['เรื่องทดสอบของเทศบาลนครพิษณุโลก']);
  });

  it('name a missing part', () => {
    const dir = copyOfPlan();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'order.hbs'), '# subject\nเรื่อง\n');
    const p = templateProblem(() => orderText(loadPlan(dir)));
    expect(p.path).toBe('preamble');
  });
});

describe("another authority's data", () => {
  it('drops in: its name flows into the order and the announcement without a template edit', () => {
    const dir = copyOfPlan();
    edit(dir, 'plan.yaml', '  name: เทศบาลนครพิษณุโลก', '  name: องค์การบริหารส่วนตำบลบ้านใหม่');
    const plan = loadPlan(dir);
    const order = orderText(plan);
    expect(order.subject).toContain('ขององค์การบริหารส่วนตำบลบ้านใหม่ ปีงบประมาณ');
    expect(order.preamble[1]).toContain('องค์การบริหารส่วนตำบลบ้านใหม่ จึงแต่งตั้งคณะทำงาน');
    expect(renderTemplate(plan, 'announcement').get('after')!.paragraphs[0]).toMatch(/^องค์การบริหารส่วนตำบลบ้านใหม่ จึงประกาศใช้แผน/);
  });
});
