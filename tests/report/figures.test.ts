import { beforeAll, describe, expect, it } from 'vitest';
import type { Chart } from '../../src/doc/doc.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import type { Plan } from '../../src/model/plan.js';
import { composeMemo } from '../../src/report/composeMemo.js';
import { composeReport } from '../../src/report/composeReport.js';
import { loadProgress, reportFigures, type Progress } from '../../src/report/index.js';
import { printed } from '../planFacts.js';
import { expectedOf, REPORT_CASES } from './reportCases.js';

// Compose only (the unit tier): the 6-month figures of each plan against its YAML, read independently.
describe.each(REPORT_CASES)('the 6-month report of $data', (c) => {
  const e = expectedOf(c);
  const statusOf = (id: string) => e.progress.projects[id]!.round6.status;
  let plan: Plan;
  let progress: Progress;
  beforeAll(() => {
    plan = loadPlan(c.data);
    progress = loadProgress(c.progress, plan, { year: c.year, round: 6 });
  });

  it('counts statuses per dimension and sums spending as the progress file says', () => {
    const f = reportFigures(plan, progress, 6);
    expect(f.total.spent).toBe(e.round[6].spent);
    expect(f.total.spentHalfYear).toBeUndefined();
    const doc = composeReport(plan, progress, f);
    const chart = doc.sections[0]!.blocks.find((b): b is Chart => b.type === 'chart' && b.stacked)!;
    const present = new Set(Object.keys(e.progress.projects).map(statusOf));
    // One series per status some project has, and no legend entry for a status no project has.
    expect(new Set(chart.series.map((s) => s.name))).toEqual(present);
    for (const series of chart.series) {
      expect(series.values, series.name).toEqual(e.dims.map((d) => d.ids.filter((id) => statusOf(id) === series.name).length));
    }
  });

  it('draws planned and spent bars per dimension, with no 6-month series of its own', () => {
    const doc = composeReport(plan, progress, reportFigures(plan, progress, 6));
    const chart = doc.sections[0]!.blocks.find((b): b is Chart => b.type === 'chart' && !b.stacked)!;
    expect(chart.series.map((s) => s.name)).toEqual(['งบประมาณตามแผน', `ใช้จ่าย ณ ${printed(e.facts, 6)} เดือน`]);
    expect(chart.series[0]!.values).toEqual(e.dims.map((d) => d.planned));
    expect(chart.axis.max).toBeGreaterThanOrEqual(Math.max(...chart.series.flatMap((s) => s.values)));
  });

  it('heads every page “ตัวอย่าง” on example data and nothing on real data', () => {
    for (const example of [false, true]) {
      const p = { ...progress, data: { ...progress.data, example } };
      const f = reportFigures(plan, p, 6);
      for (const doc of [composeReport(plan, p, f), composeMemo(plan, p, f)]) {
        expect(doc.sections.every((s) => (example ? s.headerNote?.startsWith('ตัวอย่าง') : s.headerNote === undefined))).toBe(true);
      }
    }
  });
});
