import type { Content, ListItem, Project } from '../model/plan.js';
import { arabicDigits } from '../thai/digits.js';

export interface CardIndicator {
  indicator: string;
  kind: 'ผลผลิต' | 'ผลลัพธ์';
  target: number;
  unit?: string;
}

/** Every line of a card's field, nested list items included. */
function lines(content: Content): string[] {
  const walk = (items: ListItem[]): string[] =>
    items.flatMap((i) => (typeof i === 'string' ? [i] : ['continued' in i ? i.continued : i.text, ...walk(i.list ?? i.bullets ?? [])]));
  return content.flatMap((b) => (typeof b === 'string' ? [b] : walk('list' in b ? b.list : b.bullets)));
}

/**
 * A target the card states as a number: "ไม่น้อยกว่าร้อยละ ๘๐" → 80 ร้อยละ, "ไม่น้อยกว่า ๒ ครั้ง" → 2 ครั้ง,
 * "จำนวน ๕๐ คน" → 50 คน. The first such phrase of a line counts; a line without one is no numeric indicator.
 */
export function numericTarget(line: string): { target: number; unit?: string } | undefined {
  const text = arabicDigits(line);
  const m = /(ร้อยละ|ไม่น้อยกว่า\s*(?:ร้อยละ)?|ไม่ต่ำกว่า\s*(?:ร้อยละ)?|อย่างน้อย\s*(?:ร้อยละ)?|จำนวน)\s*([\d][\d,]*(?:\.\d+)?)\s*([ก-๛]+)?/.exec(text);
  if (!m) return undefined;
  const target = Number(m[2]!.replace(/,/g, ''));
  if (m[1]!.includes('ร้อยละ')) return { target, unit: 'ร้อยละ' };
  // "๒ ครั้งต่อปี" → ครั้ง: the unit is the first word of what follows the number.
  const unit = m[3] ? /^(ครั้ง|คน|ช่องทาง|เรื่อง|แห่ง|หน่วยงาน|โครงการ|กิจกรรม|ราย|ชุมชน|หมู่บ้าน|วัน|ฉบับ|รุ่น)/.exec(m[3])?.[1] : undefined;
  return { target, ...(unit && { unit }) };
}

/** The card's outputs and outcomes that state a number: the indicators a report measures. */
export function cardIndicators(project: Project): CardIndicator[] {
  const out: CardIndicator[] = [];
  for (const [kind, content] of [['ผลผลิต', project.outputs], ['ผลลัพธ์', project.outcomes]] as const) {
    for (const line of lines(content)) {
      const t = numericTarget(line);
      if (t) out.push({ indicator: line, kind, ...t });
    }
  }
  return out;
}
