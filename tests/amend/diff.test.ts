import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChanges, sumOf, type PlanChanges } from '../../src/amend/changes.js';
import { diffPlans } from '../../src/amend/diffPlans.js';
import { changedLines } from '../../src/amend/wordDiff.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import type { YearAmounts } from '../../src/model/plan.js';
import { copyOfPlan, edit, removeCopies } from '../helpers.js';
import { editCard, NEW_CARD, scenario, SCENARIO, yamlTotals } from './scenario.js';

afterAll(removeCopies);

const PROJECT_FILES = ['projects-1-culture.yaml', 'projects-2-transparency.yaml', 'projects-3-participation.yaml', 'projects-4-oversight.yaml'];
const YEARS = [2566, 2567, 2568, 2569, 2570];
const asObject = (m: YearAmounts) => Object.fromEntries(YEARS.map((y) => [y, m.get(y) ?? 0]));
const delta = (row: { before: YearAmounts; after: YearAmounts }) => Object.fromEntries(YEARS.map((y) => [y, (row.after.get(y) ?? 0) - (row.before.get(y) ?? 0)]));
const fieldKeys = (c: PlanChanges) => Object.fromEntries(c.changed.map((p) => [p.id, p.fields.map((f) => f.key)]));

let a: string;
let b: string;
let ab: PlanChanges;
let ba: PlanChanges;
/** The deleted card's budget per year, read from the YAML: 450,000 a year. */
let childrensDay: Record<string, number>;

beforeAll(() => {
  ({ a, b } = scenario());
  const A = loadPlan(a);
  const B = loadPlan(b);
  ab = diffPlans(A, B);
  ba = diffPlans(B, A);
  const culture = parse(readFileSync(join(a, 'projects-1-culture.yaml'), 'utf8')) as { projects: Array<{ id: string; budget: { perYear: Record<string, number> } }> };
  childrensDay = culture.projects.find((p) => p.id === 'childrens-day')!.budget.perYear;
});

describe('comparing two versions of a plan', () => {
  it('finds every change made to the copy, and nothing else', () => {
    expect(ab.added.map((p) => p.id)).toEqual(SCENARIO.added);
    expect(ab.removed.map((p) => p.id)).toEqual(SCENARIO.removed);
    expect(fieldKeys(ab)).toEqual(SCENARIO.changed);
    expect(ab.changed.filter((p) => p.moved).map((p) => p.id)).toEqual(SCENARIO.moved);
    expect(ab.changed.filter((p) => p.renamed)).toEqual([]);
    expect(ab.facts).toEqual([]);
  });

  it('gives totals per fiscal year equal to the YAML files summed by hand', () => {
    expect(asObject(ab.budget.total.before)).toEqual(Object.fromEntries(YEARS.map((y) => [y, yamlTotals(a, PROJECT_FILES).get(y) ?? 0])));
    expect(asObject(ab.budget.total.after)).toEqual(Object.fromEntries(YEARS.map((y) => [y, yamlTotals(b, PROJECT_FILES).get(y) ?? 0])));
    // The edits: +15,000 in 2566 (law-knowledge-training), −15,000 in 2568 (ethics-training),
    // +15,000 in 2567 and 2568 (the new card), and the deleted card's budget.
    const expected = { 2566: 15000, 2567: 15000, 2568: 0, 2569: 0, 2570: 0 } as Record<number, number>;
    for (const y of YEARS) expected[y]! -= childrensDay[String(y)] ?? 0;
    expect(delta(ab.budget.total)).toEqual(expected);
    expect(sumOf(ab.budget.total.after, YEARS) - sumOf(ab.budget.total.before, YEARS)).toBe(Object.values(expected).reduce((s, v) => s + v, 0));
  });

  it('puts each budget difference in its dimension, and lists the projects whose budget changed', () => {
    const byDimension = Object.fromEntries(ab.budget.dimensions.map((d) => [d.id, delta(d)]));
    expect(byDimension.transparency).toEqual({ 2566: 0, 2567: 15000, 2568: 15000, 2569: 0, 2570: 0 });
    expect(byDimension.culture).toEqual(Object.fromEntries(YEARS.map((y) => [y, (y === 2566 ? 15000 : y === 2568 ? -15000 : 0) - (childrensDay[String(y)] ?? 0)])));
    expect(byDimension.participation).toEqual({ 2566: 0, 2567: 0, 2568: 0, 2569: 0, 2570: 0 });
    expect(ab.budget.projects.map((p) => p.id).sort()).toEqual(['childrens-day', 'ethics-training', 'law-knowledge-training', NEW_CARD.id].sort());
    expect(delta(ab.budget.projects.find((p) => p.id === NEW_CARD.id)!)).toEqual({ 2566: 0, ...NEW_CARD.perYear, 2569: 0, 2570: 0 });
  });

  it('reports the inverse when the versions are swapped (A→B, then B→A)', () => {
    expect(ba.added.map((p) => p.id)).toEqual(ab.removed.map((p) => p.id));
    expect(ba.removed.map((p) => p.id)).toEqual(ab.added.map((p) => p.id));
    expect(fieldKeys(ba)).toEqual(fieldKeys(ab));
    for (const change of ab.changed) {
      const back = ba.changed.find((p) => p.id === change.id)!;
      expect(back.fields.map((f) => [f.before, f.after])).toEqual(change.fields.map((f) => [f.after, f.before]));
    }
    const negated = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === 0 ? 0 : -v]));
    expect(delta(ba.budget.total)).toEqual(negated(delta(ab.budget.total)));
    for (const d of ab.budget.dimensions) expect(delta(ba.budget.dimensions.find((x) => x.id === d.id)!)).toEqual(negated(delta(d)));
    expect(ba.facts).toEqual([]);
  });

  it('marks only the words that changed in an edited Thai paragraph', () => {
    const field = ab.changed.find((p) => p.id === 'information-center-improvement')!.fields[0]!;
    const pairs = changedLines(field.before, field.after);
    expect(pairs).toHaveLength(1);
    const bold = (side: 'before' | 'after') => pairs[0]![side]!.inlines.filter((i) => i.bold).map((i) => i.text);
    expect(bold('before')).toEqual(['จำเป็น']);
    expect(bold('after')).toEqual(['สำคัญยิ่ง']);
    // Everything else of the paragraph is there, unmarked, on both sides.
    expect(pairs[0]!.after!.inlines.map((i) => i.text).join('')).toContain('ของรัฐเป็นสิ่งสำคัญยิ่ง เพื่อที่ประชาชน');
  });

  it('finds a renamed card, a card moved to another mission, and changed facts of the order and the announcement', () => {
    const c = copyOfPlan();
    editCard(c, 'projects-1-culture.yaml', 'ethics-training', 'under: culture-staff-honesty', 'under: culture-public-honesty');
    editCard(c, 'projects-1-culture.yaml', 'law-knowledge-training', 'name: โครงการ', 'name: โครงการอบรม');
    edit(c, 'order.yaml', 'number: 504', 'number: 505');
    edit(c, 'announcement.yaml', 'date: 2565-09', 'date: 2565-09-30');
    const changes = diffPlans(loadPlan(a), loadPlan(c));
    expect(fieldKeys(changes)).toEqual({ 'law-knowledge-training': ['name'], 'ethics-training': ['under'] });
    expect(changes.changed.find((p) => p.id === 'ethics-training')!.moved).toBe(true);
    expect(changes.changed.find((p) => p.id === 'law-knowledge-training')!.renamed).toBe(true);
    expect(changes.facts.map((f) => [f.path, f.before, f.after])).toEqual([
      ['order.number', '504', '505'],
      ['announcement.date', 'กันยายน พ.ศ. 2565', '30 กันยายน พ.ศ. 2565'],
    ]);
    expect(changes.added.length + changes.removed.length).toBe(0);
  });

  it('sees no change between two copies that differ only in their revision', () => {
    const c = copyOfPlan();
    edit(c, 'plan.yaml', 'revision:\n  number: 1', 'revision:\n  number: 7');
    expect(hasChanges(diffPlans(loadPlan(a), loadPlan(c)))).toBe(false);
  });
});
