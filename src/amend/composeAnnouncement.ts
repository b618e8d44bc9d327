import type { Doc } from '../doc/doc.js';
import { para, section } from '../compose/layout.js';
import { announcementDate, LETTER_INDENT, letterHead, signature, SIGNATURE_INDENT } from '../compose/letters.js';
import { part, renderTemplate, templateContext } from '../compose/templates.js';
import { Typeset } from '../compose/typeset.js';
import { formatThaiDate, withDigits } from '../thai/index.js';
import type { AmendmentFacts } from './amendmentFacts.js';
import { changeCounts, type PlanChanges } from './changes.js';
import { changeItems } from './composeAmendment.js';
import { amendmentKind, amendmentMeta } from './naming.js';

/** In a folder of its own: the plan's manifest lists the templates the plan is made from, and this is not one. */
export const ANNOUNCEMENT_TEMPLATE = 'amendment/announcement';

/** The wording of templates/amendment-announcement.hbs, filled with the amendment's facts. */
export function amendmentAnnouncementText(c: PlanChanges, facts: AmendmentFacts) {
  const n = changeCounts(c);
  const announced = c.from.announcement.date;
  const parts = renderTemplate(c.to, ANNOUNCEMENT_TEMPLATE, {
    ...templateContext(c.to),
    amendmentKind: amendmentKind(c),
    amendmentNumber: facts.number,
    announcedDate: withDigits(`${announced.day === undefined ? 'เดือน' : 'วันที่ '}${formatThaiDate(announced)}`, c.to.digits),
    addedCount: n.added,
    removedCount: n.removed,
    changedCount: n.changed,
  });
  const get = (name: string) => part(parts, name, ANNOUNCEMENT_TEMPLATE);
  return { subject: get('subject').paragraphs.join(' '), body: get('body').paragraphs, after: get('after').paragraphs, closing: get('closing').paragraphs.join(' ') };
}

/** ประกาศ…เรื่อง ประกาศใช้แผน… ฉบับเพิ่มเติม/เปลี่ยนแปลง ครั้งที่ ๑, ready to sign: the form of the plan's own announcement. */
export function composeAmendmentAnnouncement(c: PlanChanges, facts: AmendmentFacts): Doc {
  const ts = new Typeset(c.to.digits);
  const a = c.to.announcement;
  const text = amendmentAnnouncementText(c, facts);
  const body = (t: string, keepWithNext = false) => para([ts.run(t)], { firstLineIndent: LETTER_INDENT, spaceBefore: 6, keepWithNext });
  const blocks = [
    ...letterHead(ts, a, ts.t(text.subject), 'ประกาศ', undefined, undefined),
    ...text.body.map((t) => body(t)),
    ...changeItems(c).map((t, i) => para([ts.run(t)], { indent: LETTER_INDENT, hangingLabel: ts.n(`${i + 1}.`) })),
    ...text.after.map((t) => body(t)),
    body(text.closing, true),
    para([ts.run(`ประกาศ ณ วันที่ ${announcementDate(ts, { ...a, date: facts.date })}`, { noBreak: true })], { indent: SIGNATURE_INDENT, align: 'center', spaceBefore: 12, keepWithNext: true }),
    signature(ts, facts.signer),
  ];
  return {
    meta: amendmentMeta(c, ts.t(`ประกาศ${a.issuer} เรื่อง ${text.subject}`), 'ประกาศ'),
    sections: [section('amendment-announcement', blocks, {
      numbering: { style: 'numbers', position: 'top-center', restart: true, digits: c.to.digits, dashes: true, fromPage: 2 }, continuationMarks: true,
    })],
  };
}
