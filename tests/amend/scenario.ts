import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { copyOfPlan, edit } from '../helpers.js';

/** Replaces `find` inside one card (from its `- id:` line to the next card) of a projects file. */
export function editCard(dir: string, file: string, id: string, find: string, replace: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(`  - id: ${id}\n`);
  if (start < 0) throw new Error(`${file} has no card ${id}`);
  const next = text.indexOf('\n  - id: ', start + 1);
  const end = next < 0 ? text.length : next + 1;
  const card = text.slice(start, end);
  if (!card.includes(find)) throw new Error(`card ${id} has no ${JSON.stringify(find)}`);
  writeFileSync(path, text.slice(0, start) + card.replace(find, replace) + text.slice(end));
}

/** Removes one card whole. */
export function deleteCard(dir: string, file: string, id: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(`  - id: ${id}\n`);
  const next = text.indexOf('\n  - id: ', start + 1);
  writeFileSync(path, text.slice(0, start) + (next < 0 ? '' : text.slice(next + 1)));
}

export const NEW_CARD = {
  id: 'open-contracting-portal',
  name: 'มาตรการเปิดเผยสัญญาจัดซื้อจัดจ้างทุกฉบับบนเว็บไซต์',
  perYear: { 2567: 15000, 2568: 15000 },
};

const newCardYaml = `  - id: ${NEW_CARD.id}
    under: transparency-disclosure-budget
    kind: มาตรการ
    name: ${NEW_CARD.name}
    rationale:
      - ประชาชนควรตรวจสอบสัญญาจัดซื้อจัดจ้างของเทศบาลได้ด้วยตนเอง
    objectives:
      - list:
          - เพื่อเปิดเผยสัญญาจัดซื้อจัดจ้างทุกฉบับ
    targetGroup:
      - ประชาชนในเขตเทศบาลนครพิษณุโลก
    method:
      - list:
          - รวบรวมสัญญาจัดซื้อจัดจ้างรายเดือน
          - เผยแพร่บนเว็บไซต์ของเทศบาล
    budget:
      perYear:
        2567: 15000
        2568: 15000
    responsible:
      - finance
    outputs:
      - สัญญาจัดซื้อจัดจ้างทุกฉบับเผยแพร่บนเว็บไซต์
    outcomes:
      - ประชาชนเชื่อมั่นในความโปร่งใสของการจัดซื้อจัดจ้าง
`;

/** The changes the tests make, each a fact the change report must find (and nothing else). */
export const SCENARIO = {
  added: [NEW_CARD.id],
  removed: ['childrens-day'],
  changed: {
    'law-knowledge-training': ['budget'],
    'ethics-training': ['budget'],
    'law-knowledge-publicity': ['responsible'],
    'information-center-improvement': ['rationale'],
  } as Record<string, string[]>,
  moved: ['law-knowledge-publicity'],
};

/**
 * Version A (the bundled plan) and version B: a card added, one deleted, two budgets changed, one
 * card moved to another unit, one paragraph edited, and a new revision with its amendment.yaml.
 */
export function scenario(): { a: string; b: string } {
  const a = copyOfPlan();
  const b = copyOfPlan();
  edit(b, 'plan.yaml', 'revision:\n  number: 1', 'revision:\n  number: 2');
  edit(b, 'plan.yaml', 'date: 2565-09', 'date: 2566-03');
  const transparency = join(b, 'projects-2-transparency.yaml');
  writeFileSync(transparency, `${readFileSync(transparency, 'utf8').trimEnd()}\n${newCardYaml}`);
  deleteCard(b, 'projects-1-culture.yaml', 'childrens-day');
  editCard(b, 'projects-1-culture.yaml', 'law-knowledge-training', '2566: 30000', '2566: 45000');
  editCard(b, 'projects-1-culture.yaml', 'ethics-training', '2568: 20000', '2568: 5000');
  editCard(b, 'projects-1-culture.yaml', 'law-knowledge-publicity', 'responsible:\n      - office', 'responsible:\n      - strategy');
  editCard(b, 'projects-2-transparency.yaml', 'information-center-improvement', 'เป็นสิ่งจำเป็น', 'เป็นสิ่งสำคัญยิ่ง');
  writeFileSync(join(b, 'amendment.yaml'), [
    '# yaml-language-server: $schema=../../schema/amendment.schema.json',
    'number: 1',
    'reasons:',
    '  - เพื่อให้การเปิดเผยข้อมูลการจัดซื้อจัดจ้างครบถ้วนตามแนวทางการประเมิน ITA',
    '  - โครงการจัดงานวันเด็กย้ายไปอยู่ในแผนพัฒนาการศึกษา',
    'date: 2566-03-15',
    'signer:',
    '  name: นางเปรมฤดี ชามพูนท',
    '  position: นายกเทศมนตรีนครพิษณุโลก',
    '',
  ].join('\n'));
  return { a, b };
}

/** Budget per fiscal year summed straight from the YAML files, without the program's model. */
export function yamlTotals(dir: string, files: string[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const f of files) {
    const data = parse(readFileSync(join(dir, f), 'utf8')) as { projects: Array<{ budget?: { perYear: Record<string, number> } }> };
    for (const p of data.projects) {
      for (const [y, v] of Object.entries(p.budget?.perYear ?? {})) totals.set(Number(y), (totals.get(Number(y)) ?? 0) + v);
    }
  }
  return totals;
}
