import type { Announcement, Order, Plan } from '../model/plan.js';
import { CM, type Block } from './doc.js';
import { dimensionLines } from './front.js';
import { para } from './layout.js';
import { table, textCell } from './table.js';
import type { Typeset } from './typeset.js';

/** Official letters (ระเบียบงานสารบรรณ): 2.5 cm first-line indent, emblem 3 cm high. */
export const LETTER_INDENT = 2.5 * CM;
export const EMBLEM_HEIGHT = 3 * CM;
const DATE_INDENT = 7 * CM;

function letterHead(ts: Typeset, doc: { issuer: string; subject: string; emblemPath?: string }, kind: string, number?: string): Block[] {
  return [
    { type: 'image', path: doc.emblemPath, height: EMBLEM_HEIGHT, align: 'center' },
    para([ts.run(`${kind}${doc.issuer}`, { bold: true })], { align: 'center', size: 'subtitle', spaceBefore: 6 }),
    ...(number ? [para([ts.run(`ที่ ${number}`, { noBreak: true })], { align: 'center' })] : []),
    para([ts.run(doc.subject)], { align: 'left', hangingLabel: 'เรื่อง', spaceBefore: 0 }),
    { type: 'rule', width: 4 * CM },
  ];
}

function signature(ts: Typeset, signer: Order['signer']): Block {
  return { type: 'signature', space: 1.6 * CM, name: ts.t(`(${signer.name})`), lines: [signer.position, ...(signer.acting ?? [])].map((l) => ts.t(l)) };
}

/** คำสั่ง (แบบที่ ๔) */
export function orderBlocks(ts: Typeset, order: Order): Block[] {
  const body = (text: string) => para([ts.run(text)], { firstLineIndent: LETTER_INDENT, spaceBefore: 6 });
  const members = table([6.4, 5.6, 3.6], 0, order.members.map((m) => [
    textCell([ts.run(`${m.number}. `), ts.run(m.name, { noBreak: true })]),
    textCell(ts.t(m.position)),
    textCell(ts.t(m.role)),
  ]));
  return [
    ...letterHead(ts, order, 'คำสั่ง', `${order.number}/${order.date.year}`),
    ...order.preamble.map(body),
    { ...members, borderless: true, size: 'body' },
    body(order.dutiesIntro),
    { type: 'list', items: ts.listItems(order.duties, 'dot'), indent: LETTER_INDENT },
    { ...body(order.effective), keepWithNext: true },
    para([ts.run('สั่ง ณ วันที่ '), ts.run(ts.date(order.date), { noBreak: true })], { indent: DATE_INDENT, spaceBefore: 12, keepWithNext: true }),
    signature(ts, order.signer),
  ];
}

/** "ประกาศ ณ วันที่ ....... กันยายน พ.ศ. ๒๕๖๕" — a blank day leaves room to write it by hand. */
export function announcementDate(ts: Typeset, a: Announcement): string {
  return a.date.day === undefined ? `${'.'.repeat(12)} ${ts.date(a.date)}` : ts.date(a.date);
}

/** ประกาศ (แบบที่ ๗) */
export function announcementBlocks(ts: Typeset, plan: Plan, a: Announcement): Block[] {
  const body = (text: string) => para([ts.run(text)], { firstLineIndent: LETTER_INDENT, spaceBefore: 6 });
  return [
    ...letterHead(ts, a, 'ประกาศ'),
    ...a.body.map(body),
    ...dimensionLines(ts, plan, LETTER_INDENT),
    ...a.after.map(body),
    { ...body(a.closing), keepWithNext: true },
    para([ts.run('ประกาศ ณ วันที่ '), ts.run(announcementDate(ts, a), { noBreak: true })], { indent: DATE_INDENT, spaceBefore: 12, keepWithNext: true }),
    signature(ts, a.signer),
  ];
}
