import type { Plan } from '../model/plan.js';
import { toUtcDate } from '../thai/dates.js';
import { CM, type Doc, type DocMeta, type PageNumbering, type Section } from '../doc/doc.js';
import { partTwo } from './budget.js';
import { cover, fullTitle, planYears, preface, tableOfContents } from './front.js';
import { partOne } from './introduction.js';
import { heading, LANDSCAPE_MARGINS, section } from './layout.js';
import { announcementBlocks, announcementTitle, orderBlocks, orderTitle } from './letters.js';
import { partThree } from './projects.js';
import { Typeset } from './typeset.js';
import { styleSheet, type StyleSheet } from '../doc/style.js';
import { defaultTypeface, ownTypeface } from '../doc/typeface.js';

/** The style sheet of a plan's documents: the plan's own typeface, or the bundled Sarabun matched to TH SarabunPSK. */
export function planStyle(plan: Plan): StyleSheet {
  return styleSheet(plan.typeface ? ownTypeface(plan.typeface) : defaultTypeface());
}

/** Creation date written into every output: from SOURCE_DATE_EPOCH when set, else the plan's revision date. */
export function documentDate(plan: Plan): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : toUtcDate(plan.revision.date);
}

function meta(plan: Plan, title: string, subject: string): DocMeta {
  return {
    title,
    author: plan.organisation.name,
    subject,
    keywords: ['ITA', 'ป.ป.ช.', 'แผนปฏิบัติการป้องกันการทุจริต', plan.organisation.name, plan.id, plan.version],
    language: 'th-TH',
    date: documentDate(plan),
    names: [plan.organisation.name, ...plan.units.map((u) => u.name)],
  };
}

/** Official letters: "- ๒ -" at the top centre from page 2. */
const letterNumbering = (plan: Plan): PageNumbering => ({ style: 'numbers', position: 'top-center', restart: true, digits: plan.digits, dashes: true, fromPage: 2 });

/** The whole plan: cover, front matter (ก ข …), parts 1–3 (๑ ๒ …), appendix with the order and the announcement. */
export function composePlan(plan: Plan): Doc {
  const ts = new Typeset(plan.digits);
  const numbers = (restart: boolean): PageNumbering => ({ style: 'numbers', position: 'top-right', restart, digits: plan.digits });
  // Landscape pages are bound at their top edge: their number stands at the bottom right, where a portrait page's
  // top right is once the book is turned.
  const landscape = { orientation: 'landscape' as const, margins: LANDSCAPE_MARGINS, numbering: { ...numbers(false), position: 'bottom-right' as const } };
  const one = partOne(ts, plan);
  const sections: Section[] = [
    section('cover', cover(ts, plan)),
    section('front', [...preface(ts, plan), ...tableOfContents()], { numbering: { style: 'thai-letters', position: 'top-right', restart: true } }),
    section('part-1', one.criteria, { numbering: numbers(true) }),
    section('part-1-risks', one.riskTables, landscape),
    section('part-1-introduction', one.introduction, { numbering: numbers(false) }),
    section('part-2', partTwo(ts, plan), landscape),
    section('part-3', partThree(ts, plan), { numbering: numbers(false) }),
    section('appendix', [
      heading(1, [ts.run('ภาคผนวก')], { align: 'center', toc: 'ภาคผนวก', id: 'appendix', spaceBefore: 8 * CM }),
      // What the appendix holds, as a list: each title runs on under its own text, not under the label.
      { type: 'list', indent: CM, items: [orderTitle(ts, plan), announcementTitle(ts, plan)].map((t, i) => ({ label: ts.n(`${i + 1}.`), inlines: [{ text: t }] })) },
    ], { numbering: numbers(false) }),
    section('appendix-order', orderBlocks(ts, plan, plan.order, { toc: true }), {
      numbering: letterNumbering(plan), tocNumbering: numbers(false), continuationMarks: true,
    }),
    section('appendix-announcement', announcementBlocks(ts, plan, plan.announcement, { toc: true }), {
      numbering: letterNumbering(plan), tocNumbering: numbers(false), continuationMarks: true,
    }),
  ];
  return { meta: meta(plan, `${fullTitle(plan)} ${planYears(ts, plan)}`, 'แผนปฏิบัติการป้องกันการทุจริต (ITA)'), sections, style: planStyle(plan) };
}

/** The appointment order on its own, ready to sign. */
export function composeOrder(plan: Plan): Doc {
  const ts = new Typeset(plan.digits);
  return {
    meta: meta(plan, orderTitle(ts, plan), 'คำสั่ง'),
    sections: [section('order', orderBlocks(ts, plan, plan.order), { numbering: letterNumbering(plan), continuationMarks: true })],
    style: planStyle(plan),
  };
}

/** The announcement on its own, ready to sign. */
export function composeAnnouncement(plan: Plan): Doc {
  const ts = new Typeset(plan.digits);
  return {
    meta: meta(plan, announcementTitle(ts, plan), 'ประกาศ'),
    sections: [section('announcement', announcementBlocks(ts, plan, plan.announcement), { numbering: letterNumbering(plan), continuationMarks: true })],
    style: planStyle(plan),
  };
}
