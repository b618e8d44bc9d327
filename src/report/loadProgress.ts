import { existsSync } from 'node:fs';
import { displayPath } from '../model/files.js';
import { describeIssue } from '../model/messages.js';
import type { Plan } from '../model/plan.js';
import { InputError, sortProblems, type FieldPath, type Problem } from '../model/problems.js';
import { problemAt, readYaml, type SourceFile } from '../model/source.js';
import { formatAmount, formatThaiDate, parseThaiDate } from '../thai/index.js';
import { dayNumber, roundPeriod, withinRound } from './rounds.js';
import { NEEDS_REASON, progressFile, roundKey, ROUNDS, type ProgressFile, type Round } from './schema.js';

export interface Progress {
  /** As shown in messages, and the path it was read from. */
  file: string;
  path: string;
  source: SourceFile;
  data: ProgressFile;
  /** Located, but a report is still made: spending above the planned budget. */
  warnings: Problem[];
}

/** The planned budget of a project in one fiscal year (0 when it uses none). */
export const plannedBudget = (plan: Plan, projectId: string, year: number) =>
  plan.projects.find((p) => p.id === projectId)?.budget?.perYear.get(year) ?? 0;

/**
 * Reads and checks a progress file against its schema and the plan: every problem at once, located.
 * With `round`, every project of the plan must also be reported for that round (a report needs them all).
 */
export function loadProgress(path: string, plan: Plan, options: { year?: number; round?: Round } = {}): Progress {
  const file = displayPath(path);
  if (!existsSync(path)) {
    throw new InputError([{ file, line: 1, column: 1, path: '', message: `ไม่พบไฟล์ผลการดำเนินงาน สร้างได้ด้วย npm run report -- --init ${options.year ?? '<ปี>'} — expected a progress file` }]);
  }
  const read = readYaml(path, file);
  if (!read.source) throw new InputError(read.problems);
  const source = read.source;
  const parsed = progressFile.safeParse(source.value, { reportInput: true });
  if (!parsed.success) {
    throw new InputError(sortProblems(parsed.error.issues.flatMap((issue) =>
      describeIssue(issue).map((d) => problemAt(source, d.path as FieldPath, d.message, d.preferKey)))));
  }
  const data = parsed.data;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (path: FieldPath, message: string, preferKey = false) => problems.push(problemAt(source, path, message, preferKey));

  const years = plan.years;
  const yearInPlan = years.includes(data.year);
  if (!yearInPlan) at(['year'], `ปี ${data.year} อยู่นอกช่วงของแผน (${years[0]}–${years.at(-1)}) — expected a fiscal year of the plan`);
  if (options.year !== undefined && options.year !== data.year) {
    at(['year'], `ไฟล์นี้เป็นของปี ${data.year} แต่สั่งรายงานปี ${options.year} — expected year ${options.year} (--year)`);
  }
  for (const round of ROUNDS) {
    const report = data.rounds[roundKey(round)];
    if (!report?.date) continue;
    const d = parseThaiDate(report.date);
    const end = roundPeriod(data.year, round).to;
    if ('error' in d) at(['rounds', roundKey(round), 'date'], d.error);
    // A round is reported once it is over: a report dated inside it (or a year late) is a typing slip.
    else if (dayNumber(d) <= dayNumber(end) || d.year > end.year + 1) {
      at(['rounds', roundKey(round), 'date'], `วันที่รายงาน ${formatThaiDate(d)} ต้องอยู่หลังสิ้นรอบ ${round} เดือน (${formatThaiDate(end)}) ภายในหนึ่งปี — expected a date after the round ends`);
    }
  }

  const known = new Set(plan.projects.map((p) => p.id));
  for (const [id, progress] of Object.entries(data.projects)) {
    if (!known.has(id)) {
      at(['projects', id], `ไม่พบโครงการรหัส "${id}" ในแผน — expected a project id from the plan's projects-*.yaml`, true);
      continue;
    }
    for (const round of ROUNDS) {
      const key = roundKey(round);
      const entry = progress[key];
      if (!entry) continue;
      const here: FieldPath = ['projects', id, key];
      if (entry.status && NEEDS_REASON.has(entry.status) && !entry.reason) {
        at([...here, 'status'], `สถานะ "${entry.status}" ต้องระบุเหตุผลในฟิลด์ reason — expected a reason when a project is cancelled or its budget moved`);
      }
      const planned = plannedBudget(plan, id, data.year);
      if (entry.spent !== null && entry.spent > planned && yearInPlan) {
        warnings.push(problemAt(source, [...here, 'spent'],
          `คำเตือน: ใช้จ่าย ${formatAmount(entry.spent, 'arabic')} บาท เกินงบประมาณตามแผน ${formatAmount(planned, 'arabic')} บาท (เกิน ${formatAmount(entry.spent - planned, 'arabic')} บาท) — warning: spending above the planned budget`));
      }
      entry.done?.forEach((a, i) => {
        for (const field of ['date', 'until'] as const) {
          const text = a[field];
          if (!text) continue;
          const d = parseThaiDate(text);
          if ('error' in d) at([...here, 'done', i, field], d.error);
          else if (!withinRound(d, data.year, round)) {
            const { from, to } = roundPeriod(data.year, round);
            at([...here, 'done', i, field], `วันที่ ${formatThaiDate(d)} อยู่นอกรอบ ${round} เดือน (${formatThaiDate(from)} – ${formatThaiDate(to)}) — expected a date within the round`);
          }
        }
      });
    }
  }

  if (options.round !== undefined) {
    const key = roundKey(options.round);
    if (!data.rounds[key]?.date) at(data.rounds[key] ? ['rounds', key, 'date'] : ['rounds'], `ยังไม่ได้ระบุวันที่รายงานรอบ ${options.round} เดือน (rounds.${key}.date) — expected the date this round is reported`, true);
    if (!data.unit) at(['unit'], 'ยังไม่ได้กรอกหน่วยงานที่รายงาน — expected the reporting unit', true);
    if (!data.signer.name) at(['signer', 'name'], 'ยังไม่ได้กรอกชื่อผู้ลงนาม — expected the signer\'s name', true);
    if (!data.signer.position) at(['signer', 'position'], 'ยังไม่ได้กรอกตำแหน่งผู้ลงนาม — expected the signer\'s position', true);
    for (const p of plan.projects) {
      const entry = data.projects[p.id]?.[key];
      if (!data.projects[p.id]) at(['projects'], `ไม่มีผลของโครงการที่ ${p.number} "${p.id}" — expected every project of the plan (npm run report -- --init lists them)`, true);
      else if (!entry) at(['projects', p.id], `ยังไม่ได้กรอกผลรอบ ${options.round} เดือน (${key}) — expected this round's entry`, true);
      else {
        if (entry.status === null) at(['projects', p.id, key, 'status'], 'ยังไม่ได้กรอกสถานะ — expected one of: ยังไม่ดำเนินการ, อยู่ระหว่างดำเนินการ, ดำเนินการแล้ว, ยกเลิก, โอนงบ');
        if (entry.spent === null) at(['projects', p.id, key, 'spent'], 'ยังไม่ได้กรอกงบประมาณที่ใช้จ่าย (ใส่ 0 ถ้าไม่ได้ใช้) — expected baht spent, 0 when none');
      }
    }
  }
  if (problems.length) throw new InputError(sortProblems(problems));
  return { file, path, source, data, warnings: sortProblems(warnings) };
}
