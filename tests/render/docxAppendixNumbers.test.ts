import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { composePlan } from '../../src/compose/plan.js';
import { CM, type Doc, type PageNumbering } from '../../src/doc/doc.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { layoutPdf, type PdfResult } from '../../src/render/pdf/renderPdf.js';
import { BUNDLED_PLAN } from '../helpers.js';
import { pdfPages, requireTool } from '../pdfText.js';

/**
 * The order and the announcement reproduced in the plan's appendix: in the plan's DOCX, as LibreOffice lays it out,
 * the plan's page count runs on through them (top right, as on the plan's other pages) and each letter prints its
 * own "- ๒ -" from its page 2, as our PDF does; their pages break where the PDF's do, with no page added; and once
 * LibreOffice updates the table of contents, the letters' entries give the plan's pages, not "1".
 *
 * LibreOffice lays the plan's earlier parts out in fewer pages than our PDF (its own line breaking and table
 * heights), so its page numbers stand a few below the PDF's: the appendix is checked as an offset from the page that
 * opens it ("ภาคผนวก", numbered the same way before this change), page by page against the PDF's labels.
 */

/** A LibreOffice Basic macro: the document as it opens, then with its indexes and fields updated, each as PDF. */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub AsIsAndUpdated(inUrl As String, asIsUrl As String, updatedUrl As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, args())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "writer_pdf_Export"
  doc.storeToURL(asIsUrl, out())
  idx = doc.getDocumentIndexes()
  For i = 0 To idx.getCount() - 1
    idx.getByIndex(i).update()
  Next i
  doc.getTextFields().refresh()
  doc.storeToURL(updatedUrl, out())
  doc.close(True)
End Sub
</script:module>
`;

const arabic = (text: string) => text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);
/** The first line of body text, spaces left out (LibreOffice and poppler space Thai differently). */
const opening = (text: string) => lines(text)[0]!.replace(/\s+/g, '');
/** A page's text without its top line when that line holds only page numbers ("- ๒ -   118"). */
const body = (page: string) => lines(page).filter((l, i) => i > 0 || !/^(-\s*[0-9๐-๙]+\s*-)?\s*[0-9๐-๙]*$/.test(l));

/** The plan's page number on a page: the number that ends the page's top line (LibreOffice prints Arabic digits). */
function planNumber(page: string): number {
  const m = /([0-9๐-๙]+)$/.exec(lines(page)[0]!);
  return m ? Number(arabic(m[1]!)) : NaN;
}

/** The letter's own number on a page ("- ๒ -"), if its top line has one. */
const ownNumber = (page: string) => /-\s*([0-9๐-๙]+)\s*-/.exec(lines(page)[0]!)?.[1];

let pdf: PdfResult;
/** Our PDF's pages from the appendix's opening page on: each one's label and text. */
let appendix: PdfResult['pageTexts'];
/** LibreOffice's PDF of the plan's DOCX, as it opens and once its contents are updated (pdftotext -layout). */
let asIs: string[];
let updated: string[];

beforeAll(async () => {
  requireTool('pdftotext');
  requireTool('soffice');
  const doc = composePlan(loadPlan(BUNDLED_PLAN));
  pdf = await layoutPdf(doc);
  const first = pdf.pageTexts.findIndex((p) => p.label === pdf.pageLabels.get('section:appendix'));
  appendix = pdf.pageTexts.slice(first);
  const dir = mkdtempSync(join(tmpdir(), 'ita-appendix-numbers-'));
  const docx = join(dir, 'plan.docx');
  writeFileSync(docx, (await renderDocx(doc, { pageLabels: pdf.pageLabels, pageStarts: pdf.pageStarts })).bytes);
  // A profile of its own, made by LibreOffice first; then the macro replaces its empty Standard module.
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--terminate_after_init'], { stdio: 'pipe', timeout: 120_000 });
  writeFileSync(join(dir, 'profile', 'user', 'basic', 'Standard', 'Module1.xba'), MACRO);
  const [asIsPdf, updatedPdf] = [join(dir, 'as-is.pdf'), join(dir, 'updated.pdf')];
  execFileSync('soffice', [profile, '--headless', `macro:///Standard.Module1.AsIsAndUpdated("file://${docx}","file://${asIsPdf}","file://${updatedPdf}")`], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  asIs = pdfPages(asIsPdf, '-layout');
  updated = pdfPages(updatedPdf, '-layout');
}, 240_000);

describe("the plan's DOCX appendix, as LibreOffice lays it out", () => {
  it('ends with the same pages as our PDF from the appendix on, each beginning with the same words: no page added', () => {
    // Our PDF: the appendix's page, the order's pages, the announcement's (the letters' break inside the members table).
    expect(appendix.length).toBeGreaterThanOrEqual(4);
    const lo = asIs.slice(-appendix.length);
    expect(body(lo[0]!).join('')).toMatch(/^ภาคผนวก/);
    for (let i = 1; i < appendix.length; i++) {
      expect(body(lo[i]!).join('').replace(/\s+/g, '').startsWith(opening(appendix[i]!.text)), `appendix page ${i + 1}`).toBe(true);
    }
    // Nothing before the appendix's page that is the appendix: the page before it is the plan's part 3.
    expect(lines(asIs.at(-appendix.length - 1)!).join('')).not.toMatch(/ภาคผนวก|คำสั่งเทศบาล/);
  });

  it("prints the plan's page number on every page of the letters, counting on from the appendix's page as our PDF does", () => {
    const lo = asIs.slice(-appendix.length);
    const base = planNumber(lo[0]!);
    expect(base).toBeGreaterThan(100);
    const pdfBase = Number(arabic(appendix[0]!.label));
    for (let i = 1; i < appendix.length; i++) {
      expect(planNumber(lo[i]!), `appendix page ${i + 1} (${appendix[i]!.label} in our PDF)`).toBe(base + Number(arabic(appendix[i]!.label)) - pdfBase);
    }
  });

  it('prints the letter\'s own "- ๒ -" on the order\'s second page only, centred above the body', () => {
    const lo = asIs.slice(-appendix.length);
    // The order: pages 2–3 of the appendix; the announcement: one page, as in our PDF.
    expect(lo.slice(1).map(ownNumber)).toEqual([undefined, '๒', ...Array(appendix.length - 3).fill(undefined)]);
    // The letter's number first on the line, in the plan's digits; the plan's last.
    expect(lines(lo[2]!)[0]!).toMatch(/^-\s*๒\s*-\s+\d+$/);
  });

  it("keeps the plan's pages for the two letters in the table of contents once LibreOffice updates it", () => {
    const lo = updated.slice(-appendix.length);
    const text = updated.join('\n');
    const entries = /ภาคผนวก\s*\.{5,}\s*([0-9๐-๙]+)\s+คำสั่ง[\s\S]*?\.{5,}\s*([0-9๐-๙]+)\s+ประกาศ[\s\S]*?\.{5,}\s*([0-9๐-๙]+)/.exec(text);
    expect(entries, 'the contents list the appendix, the order and the announcement').not.toBeNull();
    const [appendixPage, orderPage, announcementPage] = entries!.slice(1).map((n) => Number(arabic(n)));
    expect(appendixPage).toBe(planNumber(lo[0]!));
    expect(orderPage).toBe(planNumber(lo[1]!));
    expect(announcementPage).toBe(planNumber(lo.at(-1)!));
    expect(orderPage).toBe(appendixPage! + 1);
    // As it opens, before the update, the contents show our PDF's labels.
    const prefilled = /คำสั่ง[\s\S]*?\.{5,}\s*([0-9๐-๙]+)\s+ประกาศ[\s\S]*?\.{5,}\s*([0-9๐-๙]+)/.exec(asIs.join('\n'))!;
    expect(prefilled.slice(1)).toEqual([pdf.pageLabels.get('section:appendix-order'), pdf.pageLabels.get('section:appendix-announcement')]);
  });
});

describe("a letter's own page numbers when the DOCX cannot break one of the PDF's pages", () => {
  it('numbers the pages after it by the PDF\'s pages: the Word section begun at the PDF\'s page 3 prints "- ๓ -"', async () => {
    const letter: PageNumbering = { style: 'numbers', position: 'top-center', restart: true, digits: 'thai', dashes: true, fromPage: 2 };
    const paragraph = (text: string) => ({ type: 'paragraph' as const, inlines: [{ text }] });
    const doc: Doc = {
      meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'th-TH', date: new Date(Date.UTC(2022, 8, 30)), names: [] },
      sections: [
        {
          id: 'letter',
          orientation: 'portrait',
          margins: { top: 2.5 * CM, right: 2 * CM, bottom: 2 * CM, left: 3 * CM },
          numbering: letter,
          tocNumbering: { style: 'numbers', position: 'top-right', restart: false, digits: 'thai' },
          continuationMarks: true,
          blocks: [paragraph('หนึ่ง'), { type: 'list', items: [{ label: '๑.', inlines: [{ text: 'ข้อยาว' }] }] }, paragraph('สาม')],
        },
      ],
    };
    // The PDF's page 2 begins inside the list's item (the DOCX leaves that break to Word); its page 3 at "สาม".
    const pageStarts = [
      { page: 2, section: 0, block: 1, row: 0, inside: { line: 3, textBefore: 'ข้อ' }, words: 'ยาว' },
      { page: 3, section: 0, block: 2, words: 'สาม' },
    ];
    const parts = unzipSync(new Uint8Array((await renderDocx(doc, { pageLabels: new Map(), pageStarts })).bytes));
    const body = strFromU8(parts['word/document.xml']!);
    const rels = strFromU8(parts['word/_rels/document.xml.rels']!);
    const headers = [...body.matchAll(/<w:headerReference w:type="default" r:id="([^"]+)"\/>/g)].map(([, id]) => {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return [...strFromU8(parts[`word/${target}`]!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    });
    expect(headers).toEqual(['', '- ๓ -']);
    // Both continue the document's count in Thai digits: the PAGE field, no restart.
    expect(body.match(/<w:pgNumType[^>]*>/g)).toEqual(['<w:pgNumType w:fmt="thaiNumbers"/>', '<w:pgNumType w:fmt="thaiNumbers"/>']);
  });
});
