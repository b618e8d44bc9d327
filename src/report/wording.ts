import type { Typeset } from '../compose/typeset.js';
import type { Plan } from '../model/plan.js';
import { THAI_MONTHS } from '../thai/dates.js';
import { roundPeriod } from './rounds.js';
import type { Round } from './schema.js';

/** "๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗": the days a round covers, as the report's title prints them. */
export function periodText(ts: Typeset, year: number, round: Round): string {
  const { from, to } = roundPeriod(year, round);
  const day = (d: typeof from) => `${d.day} ${THAI_MONTHS[d.month - 1]} ${d.year}`;
  return ts.t(`${day(from)} – ${day(to)}`);
}

/** "รอบ ๖ เดือน" */
export const roundName = (ts: Typeset, round: Round) => ts.t(`รอบ ${round} เดือน`);

/** "รายงานผลการดำเนินงานตามแผน…ของเทศบาล… ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๖ – ๓๑ มีนาคม ๒๕๖๗)" in its parts. */
export function reportTitle(ts: Typeset, plan: Plan, year: number, round: Round) {
  return {
    what: `รายงานผลการดำเนินงานตาม${plan.title}`,
    whose: `${plan.organisation.name} ${ts.t(`(พ.ศ. ${plan.years[0]} – ${plan.years.at(-1)})`)}`,
    when: ts.t(`ประจำปีงบประมาณ พ.ศ. ${year} ${roundName(ts, round)} (${periodText(ts, year, round)})`),
  };
}

export function reportTitleLine(ts: Typeset, plan: Plan, year: number, round: Round): string {
  const t = reportTitle(ts, plan, year, round);
  return `${t.what}ของ${plan.organisation.name} ${t.when}`;
}

/** "๔๕.๖" (no budget planned: "–"). */
export function percentText(ts: Typeset, value: number | undefined): string {
  return value === undefined ? '–' : ts.t(value.toFixed(1));
}

/** Printed at the top of every page of a report built from example data. */
export const EXAMPLE_NOTE = 'ตัวอย่าง (ข้อมูลสมมติ)';
