import type { Plan } from '../model/plan.js';
import { CM, type Block, type Cell } from '../doc/doc.js';
import { BODY_INDENT } from './content.js';
import { LAYOUT } from '../doc/style.js';
import { heading, para } from './layout.js';
import { blocksCell, headerCell, stackedHeaderCell, table, textCell } from './table.js';
import type { Typeset } from './typeset.js';

const DOTS = '.....';

function bodyParagraphs(ts: Typeset, texts: string[]): Block[] {
  return texts.map((t) => para([ts.run(t)], { firstLineIndent: LAYOUT.indent.paragraph }));
}

function subheading(ts: Typeset, text: string): Block {
  return para([ts.run(text, { bold: true })], { spaceBefore: 8, keepWithNext: true });
}

/**
 * ส่วนที่ ๑ in three runs of pages: the risk criteria and matrix (portrait), the assessment and
 * management tables (landscape: seven columns of long text), then rationale, objectives, goals, benefits.
 */
export function partOne(ts: Typeset, plan: Plan): { criteria: Block[]; riskTables: Block[]; introduction: Block[] } {
  const r = plan.risks;
  const levelTable = (title: string, rows: Array<{ level: number; text: string }>) =>
    table([1, 6], 1, [
      [headerCell('ระดับ'), headerCell(title)],
      ...rows.map((row) => [textCell(ts.n(row.level), { align: 'center' }), textCell(ts.t(row.text))]),
    ]);
  // A blank prints as the source's dotted blank, touching its words ("ตั้งแต่.....บาท"); an amount
  // the plan has set stands between spaces ("ตั้งแต่ 1,000,000 บาท"), as Thai writes numbers.
  const bahtBound = (value: number | null | undefined) => (value === null || value === undefined ? DOTS : ` ${ts.amount(value)} `);
  const financialText = (row: Plan['risks']['impact']['financial'][number]) =>
    row.from === undefined
      ? `ความเสียหาย${bahtBound(row.to)}บาท หรือน้อยกว่า`
      : `ความเสียหายตั้งแต่${bahtBound(row.from)}บาท ถึง${bahtBound(row.to)}บาท`;
  const byLevel = <T extends { level: number }>(rows: T[]) => [...rows].sort((a, b) => b.level - a.level);

  const matrixRows: Cell[][] = [
    [headerCell('Risk Score', { colSpan: 6 }), ...Array<Cell>(5).fill({ blocks: [] })],
    [headerCell('โอกาสเกิด (Likelihood)', { rowSpan: 2 }), headerCell('ผลกระทบ (Impact)', { colSpan: 5 }), ...Array<Cell>(4).fill({ blocks: [] })],
    [{ blocks: [] }, ...[1, 2, 3, 4, 5].map((i) => headerCell(ts.n(i)))],
    ...r.matrix.map((row) => [
      textCell([{ text: ts.n(row.likelihood), bold: true }], { align: 'center' }),
      ...row.cells.map((level) => textCell(level.name, { align: 'center', fill: level.color })),
    ]),
  ];

  const assessment = table([1.2, 5, 7.5, 1.9, 1.6, 2], 2, [
    [
      stackedHeaderCell(['ลำดับ', 'ที่'], { rowSpan: 2 }), headerCell('ขั้นตอนการดำเนินงาน', { rowSpan: 2 }),
      headerCell('ประเด็นความเสี่ยงการทุจริต', { rowSpan: 2 }), headerCell('Risk Score (LxI)', { colSpan: 3 }),
      { blocks: [] }, { blocks: [] },
    ],
    [{ blocks: [] }, { blocks: [] }, { blocks: [] }, headerCell('Likelihood (L)'), headerCell('Impact (I)'), headerCell('Risk Score (LxI)')],
    ...r.risks.map((risk) => [
      textCell(ts.n(risk.number), { align: 'center' }),
      textCell(ts.t(risk.process)),
      blocksCell([{ type: 'list', items: ts.listItems(risk.issues, 'dot') }]),
      textCell(ts.n(risk.likelihood), { align: 'center' }),
      textCell(ts.n(risk.impact), { align: 'center' }),
      textCell(`${ts.n(risk.score)} (${risk.level.name})`, { align: 'center', fill: risk.level.color }),
    ]),
  ]);

  const management = table([1.2, 9, 8], 1, [
    [stackedHeaderCell(['ลำดับ', 'ที่']), headerCell('ขั้นตอนการดำเนินงาน ประเด็นความเสี่ยงการทุจริต'), headerCell('มาตรการควบคุมความเสี่ยงการทุจริต')],
    ...r.risks.map((risk) => [
      textCell(ts.n(risk.number), { align: 'center' }),
      blocksCell([
        { type: 'paragraph', inlines: [ts.run(risk.process)] },
        { type: 'list', items: ts.listItems(risk.issues, 'dot') },
      ]),
      blocksCell([{ type: 'list', items: ts.listItems(risk.measures, 'dot') }]),
    ]),
  ]);

  const intro = plan.introduction;
  const numbered = (items: typeof intro.objectives): Block => ({ type: 'list', items: ts.listItems(items, 'brackets'), indent: BODY_INDENT });

  const criteria: Block[] = [
    heading(1, [ts.run('ส่วนที่ 1')], { align: 'center', toc: ts.t('ส่วนที่ 1 บทนำ'), id: 'part-1', pageBreakBefore: true }),
    heading(1, [ts.run('บทนำ')], { align: 'center' }),
    heading(2, [ts.run('การประเมินความเสี่ยงการทุจริต')], { toc: 'การประเมินความเสี่ยงการทุจริต', tocLevel: 1, id: 'risk-assessment' }),
    ...bodyParagraphs(ts, r.criteriaIntro),
    para([ts.run(r.likelihood.intro)], { firstLineIndent: LAYOUT.indent.paragraph }),
    levelTable('โอกาสที่จะเกิดการทุจริต (Likelihood)', byLevel(r.likelihood.levels).map((l) => ({ level: l.level, text: l.description }))),
    para([ts.run(r.impact.intro)], { firstLineIndent: LAYOUT.indent.paragraph, spaceBefore: 8 }),
    subheading(ts, 'เกณฑ์ผลกระทบทางการเงิน'),
    levelTable('ระดับความรุนแรงของผลกระทบ (Impact)', byLevel(r.impact.financial).map((l) => ({ level: l.level, text: financialText(l) }))),
    subheading(ts, 'เกณฑ์ผลกระทบที่ไม่ใช่ทางการเงิน'),
    levelTable('ระดับความรุนแรงของผลกระทบ (Impact)', byLevel(r.impact.nonFinancial).map((l) => ({ level: l.level, text: l.description }))),
    subheading(ts, 'เกณฑ์การวัดระดับความรุนแรงของความเสี่ยงการทุจริต'),
    table([2.4, 1, 1, 1, 1, 1], 3, matrixRows),
    table([2.4, ...r.levels.map(() => 5 / r.levels.length)], 0, [[
      textCell([{ text: 'ระดับความเสี่ยง', bold: true }]),
      ...r.levels.map((l) => textCell(l.name, { align: 'center', fill: l.color })),
    ]]),
  ];
  const riskTables: Block[] = [
    heading(2, [ts.run('การประเมินความเสี่ยงการทุจริต')]),
    para([ts.run(r.assessmentIntro)], { firstLineIndent: LAYOUT.indent.paragraph }),
    assessment,
    para([ts.run(r.managementIntro)], { firstLineIndent: LAYOUT.indent.paragraph, spaceBefore: 12, keepWithNext: true }),
    management,
  ];
  const introduction: Block[] = [
    heading(2, [ts.run('หลักการและเหตุผล')], { toc: 'หลักการและเหตุผล', tocLevel: 1, id: 'rationale' }),
    ...bodyParagraphs(ts, intro.rationale),
    heading(2, [ts.run('วัตถุประสงค์')], { toc: 'วัตถุประสงค์', tocLevel: 1, id: 'objectives', spaceBefore: 0.4 * CM }),
    numbered(intro.objectives),
    heading(2, [ts.run('เป้าหมาย')], { toc: 'เป้าหมาย', tocLevel: 1, id: 'goals', spaceBefore: 0.4 * CM }),
    numbered(intro.goals),
    heading(2, [ts.run('ประโยชน์ของการจัดทำแผน')], { toc: 'ประโยชน์ของการจัดทำแผน', tocLevel: 1, id: 'benefits', spaceBefore: 0.4 * CM }),
    numbered(intro.benefits),
  ];
  return { criteria, riskTables, introduction };
}
