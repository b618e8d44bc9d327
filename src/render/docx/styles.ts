import { LineRuleType, type IStylesOptions } from 'docx';
import { fontPt, pitchPt, type SizeName, type StyleSheet } from '../../doc/style.js';
import { halfPoints, twips } from './units.js';

/** Points of the style sheet's face for a named size: the same sizes the PDF writer sets. */
export function sizePt(style: StyleSheet, name: SizeName): number {
  return fontPt(style, style.size[name]);
}

/**
 * Every paragraph style's line is exactly the style sheet's pitch for its size (TH SarabunPSK's line), as the PDF
 * writer's: with "auto" spacing Word and LibreOffice would take the face's own line, which for Sarabun is not the
 * official one.
 */
const exactLine = (style: StyleSheet, official: number) => ({ line: twips(pitchPt(style, official)), lineRule: LineRuleType.EXACT });

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

/** The names Word shows for our style ids (built-in styles keep Word's own names, which Word localises). */
const NAMES: Record<string, string> = {
  Normal: 'Normal',
  BodyText: 'Body Text',
  Title: 'Title',
  Subtitle: 'Subtitle',
  TableText: 'Table Text',
  Signature: 'Signature',
  List: 'List',
  List2: 'List 2',
  List3: 'List 3',
};

export const styleName = (id: string): string => NAMES[id] ?? id;

/**
 * Every style names the profile's face in all four script slots (ascii, hAnsi, eastAsia, cs) and gives the
 * complex-script size and weight: Word draws Thai with the cs font, size and bold, not the Latin ones. The language is
 * en-US with the Doc's language (th-TH) for complex script: with th-TH as the main language LibreOffice breaks English
 * words. Sizes, pitch and spacing come from the style sheet.
 */
export function documentStyles(language: string, style: StyleSheet): IStylesOptions {
  const font = style.typeface.name;
  const run = (official: number, bold = false) => {
    const pt = fontPt(style, official);
    return { font, size: halfPoints(pt), sizeComplexScript: halfPoints(pt), ...(bold && { bold: true, boldComplexScript: true }) };
  };
  const heading = (level: 1 | 2 | 3) => ({
    run: run(style.heading.size[level], true),
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
      spacing: { before: twips(style.heading.spaceBefore[level]), after: twips(style.heading.spaceAfter), ...exactLine(style, style.heading.size[level]) },
    },
  });
  const sized = (name: SizeName) => ({ spacing: exactLine(style, style.size[name]) });
  const para = (id: string, name: string, options: { basedOn?: string; next?: string; run?: object; paragraph?: object; quickFormat?: boolean }) => ({
    id,
    name,
    basedOn: options.basedOn ?? STYLE.normal,
    next: options.next ?? id,
    quickFormat: options.quickFormat ?? true,
    run: { font, ...options.run },
    paragraph: options.paragraph ?? {},
  });
  const s = style.size;
  return {
    default: {
      document: {
        run: { ...run(s.body), language: { value: 'en-US', bidirectional: language } },
        paragraph: { spacing: { before: 0, after: 0, ...exactLine(style, s.body) } },
      },
      title: { run: run(s.title, true), paragraph: { alignment: 'center', ...sized('title') } },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      listParagraph: { run: run(s.body) },
    },
    paragraphStyles: [
      para(STYLE.body, 'Body Text', { paragraph: { alignment: 'thaiDistribute' } }),
      para(STYLE.subtitle, 'Subtitle', { run: run(s.subtitle, true), paragraph: { alignment: 'center', ...sized('subtitle') }, next: STYLE.normal }),
      para(STYLE.list[0], 'List', { paragraph: { alignment: 'thaiDistribute' } }),
      para(STYLE.list[1], 'List 2', { basedOn: STYLE.list[0] }),
      para(STYLE.list[2], 'List 3', { basedOn: STYLE.list[0] }),
      para(STYLE.tableText, 'Table Text', { run: run(s.small), paragraph: sized('small') }),
      para(STYLE.signature, 'Signature', { paragraph: { alignment: 'center', keepNext: true, keepLines: true } }),
      para(STYLE.toc[0], 'toc 1', { next: STYLE.normal, run: run(s.body, true), quickFormat: false }),
      para(STYLE.toc[1], 'toc 2', { next: STYLE.normal, run: run(s.body), quickFormat: false, paragraph: { indent: { left: twips(style.toc.levelIndent) } } }),
      para(STYLE.toc[2], 'toc 3', { next: STYLE.normal, run: run(s.body), quickFormat: false, paragraph: { indent: { left: twips(2 * style.toc.levelIndent) } } }),
      para(STYLE.header, 'header', { quickFormat: false, next: STYLE.header }),
      para(STYLE.footer, 'footer', { quickFormat: false, next: STYLE.footer }),
    ],
  };
}
