import type { IStylesOptions } from 'docx';
import { halfPoints, twips } from './units.js';

/** Point sizes: the same as the PDF writer's, so both formats paginate alike. */
export const SIZE = { title: 26, subtitle: 20, body: 16, small: 14 } as const;
export const HEADING_SIZE = { 1: 20, 2: 17, 3: 16 } as const;

/**
 * Line pitch as a multiple of Word's single spacing. Sarabun sets USE_TYPO_METRICS, so Word and LibreOffice
 * both take single spacing as 1.3 em; 1.12 of that is the PDF writer's pitch and keeps stacked Thai marks clear.
 */
export const LINE = 1.12;

export const FONT = 'Sarabun';

/** Paragraph style ids. Built-in Word styles keep their built-in ids and names, so Word localises and lists them. */
export const STYLE = {
  normal: 'Normal',
  body: 'BodyText',
  title: 'Title',
  subtitle: 'Subtitle',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' },
  list: ['List', 'List2', 'List3'],
  tableText: 'TableText',
  signature: 'Signature',
  toc: ['TOC1', 'TOC2', 'TOC3'],
  header: 'Header',
  footer: 'Footer',
} as const;

const run = (pt: number, bold = false) => ({ font: FONT, size: halfPoints(pt), sizeComplexScript: halfPoints(pt), ...(bold && { bold: true, boldComplexScript: true }) });

function heading(level: 1 | 2 | 3) {
  return {
    run: run(HEADING_SIZE[level], true),
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      spacing: { before: twips(level === 1 ? 4 : 6), after: twips(4) },
    },
  };
}

/**
 * Every style names Sarabun in all four script slots (ascii, hAnsi, eastAsia, cs) and gives the complex-script size
 * and weight: Word draws Thai with the cs font, size and bold, not the Latin ones. The language is en-US with the
 * Doc's language (th-TH) for complex script: with th-TH as the main language LibreOffice breaks English words.
 */
export function documentStyles(language: string): IStylesOptions {
  const para = (id: string, name: string, options: { basedOn?: string; next?: string; run?: object; paragraph?: object; quickFormat?: boolean }) => ({
    id,
    name,
    basedOn: options.basedOn ?? STYLE.normal,
    next: options.next ?? id,
    quickFormat: options.quickFormat ?? true,
    run: { font: FONT, ...options.run },
    paragraph: options.paragraph ?? {},
  });
  return {
    default: {
      document: {
        run: { ...run(SIZE.body), language: { value: 'en-US', bidirectional: language } },
        paragraph: { spacing: { before: 0, after: 0, line: Math.round(240 * LINE), lineRule: 'auto' }},
      },
      title: { run: run(SIZE.title, true), paragraph: { alignment: 'center' } },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      listParagraph: { run: run(SIZE.body) },
    },
    paragraphStyles: [
      para(STYLE.body, 'Body Text', { paragraph: { alignment: 'thaiDistribute' } }),
      para(STYLE.subtitle, 'Subtitle', { run: run(SIZE.subtitle, true), paragraph: { alignment: 'center' }, next: STYLE.normal }),
      para(STYLE.list[0], 'List', { paragraph: { alignment: 'thaiDistribute' } }),
      para(STYLE.list[1], 'List 2', { basedOn: STYLE.list[0] }),
      para(STYLE.list[2], 'List 3', { basedOn: STYLE.list[0] }),
      para(STYLE.tableText, 'Table Text', { run: run(SIZE.small) }),
      para(STYLE.signature, 'Signature', { paragraph: { alignment: 'center', keepNext: true, keepLines: true } }),
      para(STYLE.toc[0], 'toc 1', { next: STYLE.normal, run: run(SIZE.body, true), quickFormat: false }),
      para(STYLE.toc[1], 'toc 2', { next: STYLE.normal, run: run(SIZE.body), quickFormat: false, paragraph: { indent: { left: twips(20) } } }),
      para(STYLE.toc[2], 'toc 3', { next: STYLE.normal, run: run(SIZE.body), quickFormat: false, paragraph: { indent: { left: twips(40) } } }),
      para(STYLE.header, 'header', { quickFormat: false, next: STYLE.header }),
      para(STYLE.footer, 'footer', { quickFormat: false, next: STYLE.footer }),
    ],
  };
}
