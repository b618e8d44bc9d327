import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Doc } from '../../compose/doc.js';
import { SARABUN } from './fonts.js';
import { pageLabels } from './pageLabels.js';
import { applyThaiPatches } from './thaiPatches.js';
import { sectionAnchor, toPdfmake, type LayoutFacts } from './toPdfmake.js';

const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));

interface LaidOutLine {
  x: number;
  y: number;
  inlines: Array<{ text: string }>;
}
interface LaidOutPage {
  items: Array<{ type: string; item: LaidOutLine }>;
  pageMargins: { top: number };
}

let lastLayout: LaidOutPage[] = [];
let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  applyThaiPatches();
  pdfmake.addFonts({ Sarabun: SARABUN });
  // Only the repository's fonts and the plan folder's images are ever read; nothing from the network.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  // Keep the laid-out pages of the last run: they tell the first words of every page.
  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as {
    default: { prototype: { layoutDocument: (...args: unknown[]) => LaidOutPage[] } };
  };
  const original = LayoutBuilder.prototype.layoutDocument;
  LayoutBuilder.prototype.layoutDocument = function layoutDocument(...args: unknown[]) {
    lastLayout = original.apply(this, args);
    return lastLayout;
  };
}

const words = new Intl.Segmenter('th', { granularity: 'word' });

/** The first word of a token, or the whole token when short (Thai writes no spaces between words). */
function firstWord(token: string): string {
  if (token.length <= 12) return token;
  let out = '';
  for (const { segment } of words.segment(token)) {
    out += segment;
    if (out.length >= 5) break;
  }
  return out;
}

/**
 * The catchword of an official letter, as the seed's ".../๑๒. นางสาว": the first word of the next
 * page, with the word after it when the first is only a number.
 */
export function firstWords(line: string): string {
  const tokens = line.trim().split(/\s+/);
  const first = tokens[0] ?? '';
  return /^[\d๐-๙.()]+$/.test(first) && tokens[1] ? `${first} ${firstWord(tokens[1])}` : firstWord(first);
}

function continuationWords(pages: LaidOutPage[]): Map<number, string> {
  const out = new Map<number, string>();
  pages.forEach((page, i) => {
    const lines = page.items.filter((it) => it.type === 'line' && it.item.y >= page.pageMargins.top - 1).map((it) => it.item);
    lines.sort((a, b) => a.y - b.y || a.x - b.x);
    const first = lines.find((l) => l.inlines.some((x) => x.text.trim()));
    if (!first || i === 0) return;
    // A table row lays its cells out as separate lines on one baseline: read them left to right.
    const row = lines.filter((l) => Math.abs(l.y - first.y) < 2).sort((a, b) => a.x - b.x);
    out.set(i, firstWords(row.map((l) => l.inlines.map((x) => x.text).join('').trim()).join(' ')));
  });
  return out;
}

export interface PdfResult {
  bytes: Buffer;
  pages: number;
}

/**
 * Doc → PDF in two passes: the first lays the document out to learn where sections and headings
 * fall and how every page begins; the second prints page labels, the table of contents and the
 * continuation marks from that. Page content is identical in both passes.
 */
export async function renderPdf(doc: Doc): Promise<PdfResult> {
  configure();
  const anchors = new Map<string, number>();
  const pass1 = toPdfmake(doc);
  pass1.pageBreakBefore = (node: { id?: string; startPosition?: { pageNumber: number } }) => {
    if (node.id && node.startPosition && !anchors.has(node.id)) anchors.set(node.id, node.startPosition.pageNumber);
    return false;
  };
  await pdfmake.createPdf(pass1 as never).getBuffer();
  const pageCount = lastLayout.length;
  const starts = doc.sections.map((s) => anchors.get(sectionAnchor(s.id)) ?? Number.POSITIVE_INFINITY);
  const facts: LayoutFacts = {
    labels: pageLabels(doc.sections, starts, pageCount),
    tocLabels: pageLabels(doc.sections, starts, pageCount, (s) => s.tocNumbering ?? s.numbering),
    anchors,
    continuations: continuationWords(lastLayout),
  };
  const bytes = await pdfmake.createPdf(toPdfmake(doc, facts) as never).getBuffer();
  return { bytes: Buffer.from(bytes), pages: lastLayout.length };
}
