import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plan } from '../model/plan.js';
import { schemaComment } from '../paths.js';
import { InputError } from '../model/problems.js';
import { displayPath } from '../model/files.js';
import { formatAmount } from '../thai/digits.js';
import { cardIndicators } from './indicators.js';
import { ROUNDS, roundKey, STATUSES } from './schema.js';

/** Where a plan folder keeps the progress of one fiscal year. */
export const progressPath = (folder: string, year: number) => join(folder, 'progress', `${year}.yaml`);

/** A YAML string: double-quoted JSON is valid YAML and needs no thought about colons or hashes. */
const q = (text: string) => JSON.stringify(text);

function roundLines(plan: Plan, projectId: string, year: number, round: 6 | 12): string[] {
  const project = plan.projects.find((p) => p.id === projectId)!;
  const planned = project.budget?.perYear.get(year) ?? 0;
  const indicators = cardIndicators(project);
  return [
    `    ${roundKey(round)}:`,
    `      status:        # ${STATUSES.join(' / ')}`,
    `      reason:        # เหตุผล ต้องกรอกเมื่อ ยกเลิก หรือ โอนงบ (ลบบรรทัดนี้ได้ถ้าไม่ใช้)`,
    `      spent:         # บาท ใช้จ่ายสะสมตั้งแต่ ๑ ตุลาคม ถึงสิ้นรอบ (งบตามแผน ${formatAmount(planned, 'arabic')} บาท; ไม่ได้ใช้ใส่ 0)`,
    `      done: []       # สิ่งที่ทำ: - { text: "จัดอบรม ...", date: ${year}-01-15 } (หลายวันเพิ่ม until: ปปปป-ดด-วว)`,
    ...(indicators.length
      ? [
          `      indicators:    # ตัวชี้วัดที่เป็นตัวเลขจากบัตรโครงการ: กรอก reached (ผลที่ทำได้)`,
          ...indicators.flatMap((i) => [
            `        - indicator: ${q(i.indicator)}`,
            `          kind: ${i.kind}`,
            `          target: ${i.target}`,
            ...(i.unit ? [`          unit: ${i.unit}`] : []),
            `          reached:`,
          ]),
        ]
      : []),
    `      problems:      # ปัญหาและอุปสรรค`,
    `      suggestions:   # ข้อเสนอแนะ`,
  ];
}

/** The text of a new progress file: every project of the year, its planned budget, empty fields, Thai comments. */
export function initialProgress(plan: Plan, year: number, folder = dirname(progressPath(plan.folder, year))): string {
  const lines = [
    schemaComment(folder, 'progress'),
    `# ผลการดำเนินงานตาม${plan.title} ${plan.organisation.name} ปีงบประมาณ พ.ศ. ${year}`,
    '# ไฟล์เดียวใช้ทั้งปี: กรอก round6 เมื่อครบ ๖ เดือน (๑ ตุลาคม – ๓๑ มีนาคม) แล้วกรอก round12 เมื่อครบปี (ถึง ๓๐ กันยายน)',
    '# ตัวเลขเป็นยอดสะสมตั้งแต่ต้นปีงบประมาณ จำนวนเงินเป็นบาท ตัวเลขธรรมดา (30000) วันที่เป็น ปปปป-ดด-วว (พ.ศ.)',
    '# แล้วสั่ง npm run report -- --year ' + year + ' --round 6 (หรือ 12)',
    `year: ${year}`,
    'unit:               # หน่วยงานที่รายงาน (ส่วนราชการในบันทึกข้อความ) เช่น กองยุทธศาสตร์และงบประมาณ',
    `to: ${q(plan.order.signer.position)}   # ผู้รับบันทึกข้อความ (เรียน …)`,
    'signer:             # ผู้ลงนามรายงานและบันทึกข้อความ',
    '  name:             # ชื่อ-สกุล เช่น นายสมชาย ใจดี',
    '  position:         # ตำแหน่ง',
    'rounds:             # วันที่รายงานแต่ละรอบ และเลขที่หนังสือ (ที่ …) ของบันทึกข้อความ',
    ...ROUNDS.flatMap((r) => [`  ${roundKey(r)}:`, `    date:           # วันที่รายงานรอบ ${r} เดือน ปปปป-ดด-วว`, `    number:         # เลขที่หนังสือ เช่น พล ๕๒๐๐๑/๑๒๓ (ลบได้ถ้าไม่ใช้)`]),
    'projects:',
  ];
  for (const p of plan.projects) {
    const planned = p.budget?.perYear.get(year) ?? 0;
    lines.push(
      `  ${p.id}:`,
      `    # ${p.number}. ${p.name.replace(/\s+/g, ' ')}`,
      `    # มิติที่ ${p.dimension.number} · ${p.responsible.map((r) => r.unit.name).join(', ')} · งบประมาณตามแผนปี ${year}: ${planned ? `${formatAmount(planned, 'arabic')} บาท` : 'ไม่ใช้งบประมาณ'}`,
      ...ROUNDS.flatMap((r) => roundLines(plan, p.id, year, r)),
    );
  }
  // Trailing comments after an empty value are YAML comments; empty values read as null ("not yet filled").
  return `${lines.join('\n')}\n`;
}

/** `--init`: writes progress/<year>.yaml, never over an existing file. Returns the path written. */
export function initProgress(plan: Plan, year: number, path = progressPath(plan.folder, year)): string {
  const shown = displayPath(path);
  if (!plan.years.includes(year)) {
    throw new InputError([{ file: '--init', line: 1, column: 1, path: '', message: `ปี ${year} อยู่นอกช่วงของแผน (${plan.years[0]}–${plan.years.at(-1)}) — expected a fiscal year of the plan` }]);
  }
  if (existsSync(path)) {
    throw new InputError([{ file: shown, line: 1, column: 1, path: '', message: 'มีไฟล์นี้อยู่แล้ว ไม่เขียนทับ (แก้ไขไฟล์เดิม หรือลบ/ย้ายออกก่อน) — the file exists; --init never overwrites' }]);
  }
  mkdirSync(dirname(path), { recursive: true });
  // 'wx': even a file made between the check above and now is never overwritten.
  writeFileSync(path, initialProgress(plan, year, dirname(path)), { flag: 'wx' });
  return shown;
}
