import type { Plan } from '../model/plan.js';
import { formatThaiDate } from '../thai/dates.js';

/** The parts of a plan other than its cards, by the Thai name a reader knows them by. */
export const FACT_GROUPS = {
  plan: 'ข้อมูลทั่วไปของแผน',
  structure: 'มิติ ภารกิจ และภารกิจย่อย',
  units: 'หน่วยงาน',
  risks: 'การประเมินความเสี่ยง',
  order: 'คำสั่งแต่งตั้งคณะทำงาน',
  announcement: 'ประกาศใช้แผน',
} as const;
export type FactGroup = keyof typeof FACT_GROUPS;

/** One value outside the cards, by its English field path ("order.signer.name", "units[finance].name"). */
export type Facts = Map<string, { group: FactGroup; text: string }>;

/**
 * Leaves of a value by field path. Items of a list that carry an `id` are keyed by it, so inserting
 * one names that one alone and not every item after it.
 */
function flatten(value: unknown, path: string, out: (path: string, text: string) => void): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') return out(path, String(value));
  if (Array.isArray(value)) {
    const byId = value.every((v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string');
    value.forEach((v, i) => flatten(v, `${path}[${byId ? (v as { id: string }).id : i}]`, out));
    return;
  }
  for (const [key, v] of Object.entries(value)) flatten(v, path ? `${path}.${key}` : key, out);
}

/** What the data says outside the cards: derived numbers (item numbers, scores, totals) are left out. */
export function planFacts(plan: Plan): Facts {
  const { order, announcement, risks } = plan;
  const parts: Record<FactGroup, unknown> = {
    plan: { title: plan.title, organisation: plan.organisation, years: `${plan.years[0]}-${plan.years.at(-1)}`, digits: plan.digits, preface: plan.preface, introduction: plan.introduction },
    structure: plan.dimensions.map((d) => ({
      id: d.id, title: d.title, missions: d.missions.map((m) => ({ id: m.id, title: m.title, subMissions: m.subMissions.map((s) => ({ id: s.id, title: s.title })) })),
    })),
    units: plan.units,
    risks: {
      criteriaIntro: risks.criteriaIntro, likelihood: risks.likelihood, impact: risks.impact,
      assessmentIntro: risks.assessmentIntro, managementIntro: risks.managementIntro, levels: risks.levels,
      matrix: risks.matrix.map((row) => ({ likelihood: row.likelihood, impact: row.cells.map((c) => c.id) })),
      risks: risks.risks.map((r) => ({ id: r.id, process: r.process, issues: r.issues, likelihood: r.likelihood, impact: r.impact, measures: r.measures })),
    },
    order: {
      issuer: order.issuer, number: order.number, date: formatThaiDate(order.date), emblem: order.emblem,
      members: order.members.map((m) => ({ name: m.name, position: m.position, role: m.role })), signer: order.signer,
    },
    announcement: { issuer: announcement.issuer, date: formatThaiDate(announcement.date), emblem: announcement.emblem, signer: announcement.signer },
  };
  const facts: Facts = new Map();
  for (const group of Object.keys(parts) as FactGroup[]) {
    flatten(parts[group], group, (path, text) => facts.set(path, { group, text }));
  }
  return facts;
}

/** Thai names of the fields a reader meets outside the cards; a path reads "ผู้ลงนาม ชื่อ" beside "order.signer.name". */
const FIELD_NAMES: Record<string, string> = {
  issuer: 'ผู้ออก', number: 'เลขที่', date: 'วันที่', emblem: 'ตราครุฑ', signer: 'ผู้ลงนาม', acting: 'ปฏิบัติราชการแทน',
  members: 'คณะทำงาน', name: 'ชื่อ', position: 'ตำแหน่ง', role: 'หน้าที่', title: 'ชื่อ', abbreviation: 'ชื่อย่อ',
  organisation: 'หน่วยงาน', district: 'อำเภอ', province: 'จังหวัด', years: 'ปีของแผน', digits: 'รูปแบบตัวเลข',
  preface: 'คำนำ', introduction: 'บทนำ', rationale: 'หลักการและเหตุผล', objectives: 'วัตถุประสงค์', goals: 'เป้าหมาย',
  benefits: 'ประโยชน์', missions: 'ภารกิจ', subMissions: 'ภารกิจย่อย', process: 'กระบวนงาน', issues: 'ประเด็นความเสี่ยง',
  measures: 'มาตรการ', likelihood: 'โอกาส', impact: 'ผลกระทบ', risks: 'ความเสี่ยง', levels: 'ระดับ', matrix: 'ตารางระดับความเสี่ยง',
};

/** "คณะทำงาน ๓ ตำแหน่ง" for order.members[2].position: the path's known words in Thai, list positions counted from 1. */
export function thaiFieldName(path: string): string {
  const words = [...path.matchAll(/\.?([A-Za-z]+)|\[(\d+)\]/g)].slice(1).map((m) => (m[2] !== undefined ? String(Number(m[2]) + 1) : FIELD_NAMES[m[1]!]));
  return words.filter(Boolean).join(' ');
}
