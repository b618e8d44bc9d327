import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import { BUNDLED_PLAN, copyOfPlan, edit, removeCopies } from '../helpers.js';

afterAll(removeCopies);

// Figures computed by hand from the signed source (budget table, ส่วนที่ ๒, and the 58 cards of ส่วนที่ ๓).
const PROJECTS_PER_DIMENSION = [18, 26, 8, 6];
const BUDGET_PER_DIMENSION = [
  30000 + 20000 + 20000 + 1765000 + 450000 + 30000 + 100000, // ๒,๔๑๕,๐๐๐: cards ๑, ๕, ๖, ๑๑, ๑๖, ๑๗, ๑๘
  50000 + 50000, // ๑๐๐,๐๐๐: cards ๓๒, ๓๓
  225000 + 63000 + 30000, // ๓๑๘,๐๐๐: cards ๔๕, ๔๗, ๕๑
  0,
];

describe('the bundled plan', () => {
  const plan = loadPlan(BUNDLED_PLAN);

  it('has the structure of the source: 4 dimensions, 12 missions, 31 sub-missions, 58 projects', () => {
    expect(plan.dimensions).toHaveLength(4);
    expect(plan.dimensions.flatMap((d) => d.missions)).toHaveLength(12);
    expect(plan.dimensions.flatMap((d) => d.missions.flatMap((m) => m.subMissions))).toHaveLength(31);
    expect(plan.projects).toHaveLength(58);
    expect(plan.dimensions.map((d) => d.projects.length)).toEqual(PROJECTS_PER_DIMENSION);
  });

  it('numbers the projects 1–58 in document order and numbers missions as 1.1, 1.1.1', () => {
    expect(plan.projects.map((p) => p.number)).toEqual(Array.from({ length: 58 }, (_, i) => i + 1));
    expect(plan.projects[15]!.name).toBe('โครงการจัดงานวันเด็ก');
    expect(plan.projects[15]!.mission.number).toBe('1.3');
    expect(plan.projects[15]!.subMission).toBeUndefined();
    expect(plan.projects[0]!.subMission?.number).toBe('1.1.1');
    expect(plan.projects[57]!.subMission?.number).toBe('4.3.2');
  });

  it('sums the budget per dimension and per year: 2,415,000 / 100,000 / 318,000 / 0 → 2,833,000', () => {
    expect(plan.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    for (const year of plan.years) {
      expect(plan.dimensions.map((d) => d.budgetPerYear.get(year))).toEqual(BUDGET_PER_DIMENSION);
      expect(plan.totalPerYear.get(year)).toBe(2833000);
    }
  });

  it('holds the corrected amount of project ๑๑ (the card printed ๑,๓๖๕,๐๐๐ against ๑,๗๖๕,๐๐๐ in words)', () => {
    expect(plan.projects[10]!.budget?.perYear.get(2566)).toBe(1765000);
    expect(plan.errata.some((e) => e.source.includes('๑,๓๖๕,๐๐๐'))).toBe(true);
  });

  it('scores each risk as likelihood × impact with its level from the matrix', () => {
    // The source's assessment table prints L ๔, I ๑, score ๔ for all seven risks; its matrix gives ปานกลาง
    // (second printed row, which is likelihood 4: the top row is likelihood 5, see errata fa-risk-matrix-rows).
    expect(plan.risks.risks.map((r) => [r.likelihood, r.impact, r.score, r.level.name])).toEqual(Array(7).fill([4, 1, 4, 'ปานกลาง']));
    // Scores and levels that tell × from + or max: cells of the printed matrix, read by hand.
    const dir = copyOfPlan();
    const SOURCE = 'likelihood: 4\n    impact: 1';
    edit(dir, 'risks.yaml', SOURCE, 'likelihood: 3\n    impact: 5'); // printed row ๓, column ๕: สูงมาก
    edit(dir, 'risks.yaml', SOURCE, 'likelihood: 5\n    impact: 2'); // printed row ๑, column ๒: สูง
    edit(dir, 'risks.yaml', SOURCE, 'likelihood: 2\n    impact: 3'); // printed row ๔, column ๓: ปานกลาง
    const edited = loadPlan(dir).risks.risks.slice(0, 3).map((r) => [r.score, r.level.name]);
    expect(edited).toEqual([[15, 'สูงมาก'], [10, 'สูง'], [6, 'ปานกลาง']]);
  });

  it('resolves units and numbers the 23 members of the order', () => {
    expect(plan.units.map((u) => u.abbreviation)).toContain('กจ.');
    expect(plan.projects[0]!.responsible[0]!.unit.name).toBe('กองการเจ้าหน้าที่');
    expect(plan.order.members).toHaveLength(23);
    expect(plan.order.members.at(-1)!.number).toBe(23);
    expect(plan.order.date).toEqual({ year: 2565, month: 5, day: 10 });
    expect(plan.announcement.date).toEqual({ year: 2565, month: 9 });
  });

  it('names its version from the revision', () => {
    expect(plan.version).toBe('r1-2565-09');
  });
});
