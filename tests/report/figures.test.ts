import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Chart } from '../../src/doc/doc.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import type { Plan } from '../../src/model/plan.js';
import { composeMemo } from '../../src/report/composeMemo.js';
import { composeReport } from '../../src/report/composeReport.js';
import { loadProgress, reportFigures, type Progress } from '../../src/report/index.js';
import { BUNDLED_PLAN } from '../helpers.js';

const EXAMPLE = 'examples/progress/2566.yaml';
let plan: Plan;
let progress: Progress;
beforeAll(() => {
  plan = loadPlan(BUNDLED_PLAN);
  progress = loadProgress(EXAMPLE, plan, { year: 2566, round: 6 });
});

/** Round-6 statuses and spending straight from the YAML, by dimension file. */
function independent() {
  const data = parse(readFileSync(EXAMPLE, 'utf8')) as { projects: Record<string, { round6: { status: string; spent: number } }> };
  const statusOf = (id: string) => data.projects[id]!.round6.status;
  return { data, statusOf };
}

describe('the 6-month report', () => {
  it('counts statuses per dimension and sums spending as the example file says', () => {
    const { data, statusOf } = independent();
    const f = reportFigures(plan, progress, 6);
    expect(f.total.spent).toBe(Object.values(data.projects).reduce((s, p) => s + p.round6.spent, 0));
    expect(f.total.spentHalfYear).toBeUndefined();
    const doc = composeReport(plan, progress, f);
    const chart = doc.sections[0]!.blocks.find((b): b is Chart => b.type === 'chart' && b.stacked)!;
    for (const series of chart.series) {
      const expected = plan.dimensions.map((d) => d.projects.filter((p) => statusOf(p.id) === series.name).length);
      expect(series.values, series.name).toEqual(expected);
    }
    // A status no project has gets no legend entry.
    expect(chart.series.map((s) => s.name)).not.toContain('ยกเลิก');
  });

  it('draws planned and spent bars per dimension, with no 6-month series of its own', () => {
    const doc = composeReport(plan, progress, reportFigures(plan, progress, 6));
    const chart = doc.sections[0]!.blocks.find((b): b is Chart => b.type === 'chart' && !b.stacked)!;
    expect(chart.series.map((s) => s.name)).toEqual(['งบประมาณตามแผน', 'ใช้จ่าย ณ ๖ เดือน']);
    expect(chart.series[0]!.values).toEqual(plan.dimensions.map((d) => d.budgetPerYear.get(2566)));
    expect(chart.axis.max).toBeGreaterThanOrEqual(Math.max(...chart.series.flatMap((s) => s.values)));
  });

  it('prints no “ตัวอย่าง” header on real data', () => {
    const real = { ...progress, data: { ...progress.data, example: false } };
    const f = reportFigures(plan, real, 6);
    for (const doc of [composeReport(plan, real, f), composeMemo(plan, real, f)]) {
      expect(doc.sections.every((s) => s.headerNote === undefined)).toBe(true);
    }
    for (const doc of [composeReport(plan, progress, f), composeMemo(plan, progress, f)]) {
      expect(doc.sections.every((s) => s.headerNote?.startsWith('ตัวอย่าง'))).toBe(true);
    }
  });
});
