import { questionPage, type PlanPages } from '../compose/questions.js';
import type { Plan } from '../model/plan.js';
import { openQuestions } from '../model/questions.js';
import { withDigits } from '../thai/digits.js';

/** The last line of `npm run check`: how many questions are still open. */
export function questionsCountLine(plan: Plan): string {
  const n = openQuestions(plan).length;
  return n
    ? `คำถามที่ยังรอหน่วยงานยืนยัน ${n} ข้อ (npm run check -- --questions) — ${n} open question(s)`
    : 'ไม่มีคำถามที่รอหน่วยงานยืนยัน — no open questions';
}

/** `npm run check -- --questions`: the open questions as a numbered Thai list, with the plan's page of each. */
export function questionsReport(plan: Plan, pages: PlanPages): string {
  const t = (text: string) => withDigits(text, plan.digits);
  const questions = openQuestions(plan);
  const out = [`${t(`คำถามที่ยังรอหน่วยงานยืนยัน ${questions.length} ข้อ — ${plan.organisation.name}`)} (${plan.id}, ${plan.version})`, ''];
  questions.forEach((q, i) => {
    out.push(t(`${i + 1}. ${q.where} (หน้า ${questionPage(q, pages)})`));
    out.push(`   ${t(q.question)}`);
    if (q.source) out.push(`   ต้นฉบับ: ${t(q.source)}`);
    out.push(`   ข้อมูลขณะนี้: ${t(q.data)}  [${q.file}${q.field ? ` ${q.field}` : ''}; errata: ${q.id}]`);
    out.push('');
  });
  out.push(questionsCountLine(plan));
  return `${out.join('\n')}\n`;
}
