import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CM, type Doc, type Heading } from '../../src/doc/doc.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import { requireTool } from '../pdfText.js';

/** A LibreOffice Basic macro that updates every index and field of a document, then exports it as PDF. */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub UpdateAll(inUrl As String, outUrl As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, args())
  idx = doc.getDocumentIndexes()
  For i = 0 To idx.getCount() - 1
    idx.getByIndex(i).update()
  Next i
  doc.getTextFields().refresh()
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "writer_pdf_Export"
  doc.storeToURL(outUrl, out())
  doc.close(True)
End Sub
</script:module>
`;

const heading = (text: string, level: 1 | 2 | 3, toc?: { text: string; level: number; id: string }): Heading => ({
  type: 'heading',
  level,
  inlines: [{ text }],
  ...(toc && { toc: toc.text, tocLevel: toc.level, id: toc.id }),
});

/** A short document: contents, a chapter, a section listed one level down, a heading the contents leave out. */
function doc(chapter: string): Doc {
  return {
    meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'th-TH', date: new Date(Date.UTC(2022, 8, 30)), names: [] },
    sections: [
      {
        id: 's',
        orientation: 'portrait',
        margins: { top: 2.5 * CM, right: 2 * CM, bottom: 2 * CM, left: 3 * CM },
        numbering: { style: 'none' },
        blocks: [
          { type: 'toc', title: 'สารบัญ', pageLabel: 'หน้า' },
          heading(chapter, 1, { text: 'บทที่หนึ่ง', level: 0, id: 'one' }),
          { type: 'paragraph', inlines: [{ text: 'ข้อความของบท' }] },
          heading('ส่วนย่อย', 2, { text: 'ส่วนย่อย', level: 1, id: 'two' }),
          heading('หัวเรื่องนอกสารบัญ', 3),
        ],
      },
    ],
  };
}

describe('the DOCX contents after LibreOffice updates them', () => {
  it('lists the headings as they now read: a renamed heading changes its entry, a heading left out stays out', async () => {
    requireTool('soffice');
    const dir = mkdtempSync(join(tmpdir(), 'ita-docx-toc-'));
    // A profile of its own, made by LibreOffice first; then the macro replaces its empty Standard module.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    execFileSync('soffice', [profile, '--headless', '--terminate_after_init'], { stdio: 'pipe', timeout: 120_000 });
    writeFileSync(join(dir, 'profile', 'user', 'basic', 'Standard', 'Module1.xba'), MACRO);
    // The clerk renamed the chapter; the contents still show the old name until they are updated.
    const docx = join(dir, 'renamed.docx');
    writeFileSync(docx, (await renderDocx(doc('บทที่หนึ่ง ฉบับแก้ไข'), { pageLabels: new Map([['one', '๑'], ['two', '๑']]) })).bytes);
    const pdf = join(dir, 'renamed.pdf');
    execFileSync('soffice', [profile, '--headless', `macro:///Standard.Module1.UpdateAll("file://${docx}","file://${pdf}")`], { stdio: 'pipe', timeout: 120_000 });
    // (poppler may read a bold line's tone marks out of place: the checks hold to words without them.)
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toMatch(/ฉบับแก้ไข\.{5,}\s*1/);
    expect(text).toMatch(/ส่วนย่อย\.{5,}\s*1/);
    expect(text.split('ฉบับแก้ไข').length - 1).toBe(2); // the entry and the heading itself
    expect(text.split('นอกสารบัญ').length - 1).toBe(1); // the heading only
    expect(text).not.toContain('บทที่หนึ่ง.'); // the old name is gone from the contents
    expect(readFileSync(pdf).length).toBeGreaterThan(0);
  }, 120_000);
});
