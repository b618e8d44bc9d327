import type { Announcement, Order, Plan } from '../model/plan.js';
import { CM, type Block, type Paragraph } from '../doc/doc.js';
import { LAYOUT } from '../doc/style.js';
import { dimensionLines } from './front.js';
import { heading, para } from './layout.js';
import { table, textCell } from './table.js';
import { part, renderTemplate } from './templates.js';
import type { Typeset } from './typeset.js';

/** Official letters (ระเบียบงานสารบรรณ): 2.5 cm first-line indent, emblem 3 cm high. */
export const LETTER_INDENT = LAYOUT.indent.paragraph;
export const EMBLEM_HEIGHT = 3 * CM;
/** The date line and the signature are centred in one column, which starts here: the signature under the date. */
const SIGNATURE_INDENT = LAYOUT.indent.signature;

/** The wording of the order from templates/order.hbs, filled with the plan's facts. */
export function orderText(plan: Plan) {
  const parts = renderTemplate(plan, 'order');
  return {
    subject: part(parts, 'subject', 'order').paragraphs.join(' '),
    preamble: part(parts, 'preamble', 'order').paragraphs,
    dutiesIntro: part(parts, 'duties-intro', 'order').paragraphs.join(' '),
    duties: part(parts, 'duties', 'order').items,
    effective: part(parts, 'effective', 'order').paragraphs.join(' '),
  };
}

/** "คำสั่งเทศบาลนครพิษณุโลก ที่ ๕๐๔/๒๕๖๕ เรื่อง …": how the plan's appendix and the file's metadata name the order. */
export function orderTitle(ts: Typeset, plan: Plan): string {
  const o = plan.order;
  return ts.t(`คำสั่ง${o.issuer} ที่ ${o.number}/${o.date.year} เรื่อง ${orderText(plan).subject}`);
}

/** "ประกาศเทศบาลนครพิษณุโลก เรื่อง …" */
export function announcementTitle(ts: Typeset, plan: Plan): string {
  return ts.t(`ประกาศ${plan.announcement.issuer} เรื่อง ${announcementText(plan).subject}`);
}

/** The wording of the announcement from templates/announcement.hbs. */
export function announcementText(plan: Plan) {
  const parts = renderTemplate(plan, 'announcement');
  return {
    subject: part(parts, 'subject', 'announcement').paragraphs.join(' '),
    body: part(parts, 'body', 'announcement').paragraphs,
    after: part(parts, 'after', 'announcement').paragraphs,
    closing: part(parts, 'closing', 'announcement').paragraphs.join(' '),
  };
}

/** In the plan's appendix the letter's title is an entry of the table of contents. */
export interface LetterOptions {
  toc?: boolean;
}

function letterHead(
  ts: Typeset,
  doc: { issuer: string; emblemPath?: string },
  subject: string,
  kind: string,
  number: string | undefined,
  tocEntry: string | undefined,
): Block[] {
  const title = `${kind}${doc.issuer}`;
  const toc = tocEntry ? { toc: tocEntry, tocLevel: 1, id: `appendix-${kind}` } : {};
  return [
    { type: 'image', path: doc.emblemPath, height: EMBLEM_HEIGHT, align: 'center' },
    heading(1, [ts.run(title)], { align: 'center', spaceBefore: 6, ...toc }),
    ...(number ? [para([ts.run(`ที่ ${number}`, { noBreak: true })], { align: 'center' })] : []),
    para([ts.run(subject)], { align: 'left', hangingLabel: 'เรื่อง' }),
    { type: 'rule', width: 4 * CM },
  ];
}

function signature(ts: Typeset, signer: Order['signer']): Block {
  return { type: 'signature', indent: SIGNATURE_INDENT, space: 1.6 * CM, name: ts.t(`(${signer.name})`), lines: [signer.position, ...(signer.acting ?? [])].map((l) => ts.t(l)) };
}

const body = (ts: Typeset, text: string, keepWithNext = false): Paragraph =>
  para([ts.run(text)], { firstLineIndent: LETTER_INDENT, spaceBefore: 6, keepWithNext });

/** คำสั่ง (แบบที่ ๔) */
export function orderBlocks(ts: Typeset, plan: Plan, order: Order, options: LetterOptions = {}): Block[] {
  const text = orderText(plan);
  // One line per member, in three columns as the signed original sets them: name, position, role (number before).
  const members: Block = {
    // Shares from the widest entries of the bundled order at the official size: each column holds its longest text.
    ...table([18, 155, 145, 107], 0, order.members.map((m) => [
      textCell(ts.n(`${m.number}.`), { align: 'right' }),
      textCell(ts.name(m.name)),
      textCell(ts.t(m.position)),
      textCell(ts.t(m.role)),
    ])),
    borderless: true,
    size: 'body',
  };
  return [
    ...letterHead(ts, order, text.subject, 'คำสั่ง', `${order.number}/${order.date.year}`, options.toc ? orderTitle(ts, plan) : undefined),
    ...text.preamble.map((p) => body(ts, p)),
    members,
    body(ts, text.dutiesIntro),
    { type: 'list', items: ts.listItems(text.duties, 'dot'), indent: LETTER_INDENT },
    body(ts, text.effective, true),
    para([ts.run(`สั่ง ณ วันที่ ${ts.date(order.date)}`, { noBreak: true })], { indent: SIGNATURE_INDENT, align: 'center', spaceBefore: 12, keepWithNext: true }),
    signature(ts, order.signer),
  ];
}

/** "ประกาศ ณ วันที่ ....... กันยายน พ.ศ. ๒๕๖๕" — a blank day leaves room to write it by hand. */
export function announcementDate(ts: Typeset, a: Announcement): string {
  return a.date.day === undefined ? `${'.'.repeat(12)} ${ts.date(a.date)}` : ts.date(a.date);
}

/** ประกาศ (แบบที่ ๗) */
export function announcementBlocks(ts: Typeset, plan: Plan, a: Announcement, options: LetterOptions = {}): Block[] {
  const text = announcementText(plan);
  return [
    ...letterHead(ts, a, text.subject, 'ประกาศ', undefined, options.toc ? announcementTitle(ts, plan) : undefined),
    ...text.body.map((p) => body(ts, p)),
    ...dimensionLines(ts, plan, LETTER_INDENT),
    ...text.after.map((p) => body(ts, p)),
    body(ts, text.closing, true),
    para([ts.run(`ประกาศ ณ วันที่ ${announcementDate(ts, a)}`, { noBreak: true })], { indent: SIGNATURE_INDENT, align: 'center', spaceBefore: 12, keepWithNext: true }),
    signature(ts, a.signer),
  ];
}

/** For other letters built on the same form (an amendment's announcement). */
export { letterHead, signature, SIGNATURE_INDENT };
