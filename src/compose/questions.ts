import type { Plan } from '../model/plan.js';
import { openQuestions, type Question } from '../model/questions.js';
import type { Doc } from '../doc/doc.js';
import { fullTitle, planYears } from './front.js';
import { para, section } from './layout.js';
import { documentDate } from './plan.js';
import { headerCell, table, textCell } from './table.js';
import { Typeset } from './typeset.js';

/** Where the plan prints things: each anchor's page label, and each page's label and laid-out text. */
export interface PlanPages {
  labels: ReadonlyMap<string, string>;
  texts: ReadonlyArray<{ label: string; text: string }>;
}

const bare = (s: string) => s.replace(/[\s\u200b]+/g, '');

/**
 * The printed plan's page of a question ("๑๒"): the first page, from its anchor's page on, that shows
 * the question's text; the anchor's own page when the text is not printed as such; "-" without an anchor.
 */
export function questionPage(q: Question, pages: PlanPages): string {
  const start = q.anchor ? pages.labels.get(q.anchor) : undefined;
  if (!start) return '-';
  const from = pages.texts.findIndex((p) => p.label === start);
  if (!q.printed || from < 0) return start;
  // A long prefix tells "เทศบาลนครพิษณุโลกผ่านเกณฑ์…" from the name alone; a short one survives a
  // page break inside the first line.
  // On the anchor's own page, only the text after the anchor's heading (when known) counts.
  const after = pages.texts.slice(from).map((p, i) => {
    const text = bare(p.text);
    const at = i === 0 && q.anchorText ? text.indexOf(bare(q.anchorText)) : -1;
    return { label: p.label, text: at >= 0 ? text.slice(at) : text };
  });
  for (const length of [30, 12]) {
    const marker = bare(q.printed).slice(0, length);
    const found = after.find((p) => p.text.includes(marker));
    if (found) return found.label || start;
  }
  return start;
}

/**
 * The open questions as a short working paper beside the plan (not part of it): a numbered table
 * a clerk takes to the departments, with the plan's page of each item and room for the answer.
 */
export function composeQuestions(plan: Plan, pages: PlanPages): Doc {
  const ts = new Typeset(plan.digits);
  const questions = openQuestions(plan);
  const title = `คำถามที่ต้องให้หน่วยงานยืนยัน ${fullTitle(plan)} ${planYears(ts, plan)}`;
  const rows = questions.map((q, i) => [
    textCell(ts.n(i + 1), { align: 'center' }),
    textCell(questionPage(q, pages), { align: 'center' }),
    {
      blocks: [
        para([{ text: ts.t(q.where), bold: true }]),
        para([ts.run(q.question)]),
        ...(q.source ? [para([{ text: 'ต้นฉบับ: ', bold: true }, ts.run(q.source)])] : []),
        para([{ text: 'ข้อมูลขณะนี้: ', bold: true }, ts.run(q.data)]),
      ],
    },
    textCell(''),
  ]);
  return {
    meta: {
      title,
      author: plan.organisation.name,
      subject: 'คำถามที่ยังเปิดอยู่ของแผน — open questions',
      keywords: ['ITA', plan.id, plan.version],
      language: 'th-TH',
      date: documentDate(plan),
      names: [plan.organisation.name],
    },
    sections: [
      section('questions', [
        para([ts.run('คำถามที่ต้องให้หน่วยงานยืนยัน', { bold: true })], { align: 'center', size: 'subtitle' }),
        para([ts.run(`${fullTitle(plan)} ${planYears(ts, plan)}`, { bold: true })], { align: 'center' }),
        // The version is a file-name key ("r1-2565-09"): its digits stay as the file names print them.
        para([{ text: `ฉบับ ${plan.version} · ` }, ts.run(questions.length ? `${questions.length} ข้อ` : 'ไม่มีคำถามค้าง')], { align: 'center', spaceAfter: 6 }),
        para([ts.run('ข้อมูลของแผนพิมพ์ตามข้อความที่น่าจะถูกต้องที่สุดไว้ก่อน ขอให้หน่วยงานที่เกี่ยวข้องยืนยันหรือแก้ไข '
          + 'เมื่อได้คำตอบแล้ว ให้แก้ข้อมูลและเปลี่ยน status ของรายการนั้นใน errata.yaml เป็น resolved '
          + '(ช่อง "หน้า" คือเลขหน้าในเล่มแผน)')], { spaceAfter: 6, firstLineIndent: 36 }),
        ...(questions.length
          ? [table([0.6, 0.8, 7, 3], 1, [[headerCell('ที่'), headerCell('หน้า'), headerCell('เรื่องและคำถาม'), headerCell('คำตอบ / ผู้ยืนยัน')], ...rows])]
          : []),
      ], { numbering: { style: 'numbers', position: 'top-center', restart: true, digits: plan.digits, dashes: true, fromPage: 2 } }),
    ],
  };
}
