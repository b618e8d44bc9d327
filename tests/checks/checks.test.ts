import pdfmake from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { SARABUN } from '../../src/render/pdf/fonts.js';
import { writeTemp } from '../pdfText.js';
import { coverage } from './coverage.js';
import { pdfFonts } from './fonts.js';
import { lineEnds } from './lineEnds.js';
import { textLayer } from './textLayer.js';

/**
 * The checks the suite judges the documents by, run on small PDFs made here with plain pdfmake (no
 * Thai line breaking of ours), whose defects are put in on purpose: each check must see them.
 */
async function pdfOf(content: unknown[]): Promise<string> {
  pdfmake.addFonts({ Sarabun: SARABUN });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  const bytes = await pdfmake.createPdf({ content, defaultStyle: { font: 'Sarabun', fontSize: 16 } } as never).getBuffer();
  return writeTemp('check.pdf', Buffer.from(bytes));
}

let cut: string;
let sound: string;

beforeAll(async () => {
  // "\n" forces a line end: inside ร้องเรียน (ICU and libthai both object), inside ตามระเบียบ after ตา
  // (ICU finds a boundary there, libthai does not), before a following vowel (impossible), and at a
  // real word boundary. Two table cells side by side form a seam, not a line break. Paragraphs end
  // with "." so that no junction is counted between them.
  cut = await pdfOf([
    'ประชาชนยื่นเรื่องร้องเรี\nยนต่อเทศบาล.',
    'ผู้เข้าฟังการประชุมตา\nมระเบียบฯ.',
    'จัดกิจกรรมน\nำเสนอผลงาน.',
    { table: { widths: [200, 200], body: [['ภารกิจด้านการบริหาร', 'งานสาธารณสุขชุมชน']] } },
  ]);
  sound = await pdfOf(['การดำเนินงานตาม\nระเบียบกระทรวงมหาดไทย.', 'ตัวเลข 2566 และ ๒๕๖๖']);
});

describe('line ends inside words, by two witnesses', () => {
  it('flags a word cut at a line end by ICU and libthai, and a cut only libthai sees', () => {
    const r = lineEnds(cut);
    expect(r.thaiJunctions).toBe(3);
    expect(r.cellSeams).toBe(1);
    expect(r.icuInsideWord.join(' ')).toContain('ร้องเรี|ยน');
    expect(r.icuInsideWord.join(' ')).not.toContain('ตา|มระเบียบ');
    expect(r.libthaiInsideWord.join(' ')).toContain('ร้องเรี|ยน');
    expect(r.libthaiInsideWord.join(' ')).toContain('ตา|มระเบียบ');
    expect(r.impossible).toHaveLength(1);
    expect(r.impossible[0]).toContain('|ำเสนอ');
  });

  it('accepts a line end at a word boundary', () => {
    const r = lineEnds(sound);
    expect(r.thaiJunctions).toBe(1);
    expect([r.icuInsideWord, r.libthaiInsideWord, r.impossible]).toEqual([[], [], []]);
  });
});

describe('coverage of the source paragraphs', () => {
  it('counts a paragraph found whatever the line breaks, and one left out as missing', async () => {
    const source = writeTemp('source.txt', Buffer.from('ประชาชนยื่นเรื่องร้องเรียนต่อเทศบาล\n\tผู้เข้าฟังการประชุมตามระเบียบฯ\nย่อหน้านี้ไม่มีอยู่ในเอกสารที่สร้างขึ้นเลยแม้แต่คำเดียว\nshort\n'));
    const r = coverage(source, cut);
    expect(r.paragraphs).toBe(3);
    expect(r.covered).toBe(2);
    expect(r.missing.map((m) => m.text)).toEqual(['ย่อหน้านี้ไม่มีอยู่ในเอกสารที่สร้างขึ้นเลยแม้แต่คำเดียว']);
  });
});

describe('text layer and fonts', () => {
  it('counts ASCII and Thai digits, and embeds every font', async () => {
    const r = textLayer(sound);
    expect(r.asciiDigits).toBe(4);
    expect(r.asciiDigitsInThaiContext).toBe(1); // "2566" between Thai words
    expect(r.thaiDigits).toBe(4);
    expect(r.replacementChars + r.invisible).toBe(0);
    const fonts = pdfFonts(sound);
    expect(fonts.allEmbedded).toBe(true);
    expect(fonts.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['Sarabun-Regular']);
  });
});
