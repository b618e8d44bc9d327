import { readFileSync } from 'node:fs';
import { CharacterSet, type IPropertiesOptions } from 'docx';
import type { Typeface } from '../../doc/typeface.js';

type FontOptions = NonNullable<IPropertiesOptions['fonts']>[number];

/**
 * Sarabun's regular, bold and italic faces, embedded as TrueType (LibreOffice ignores an embedded woff), so Word and
 * LibreOffice draw the document in Sarabun, headings in its real bold, where it isn't installed. The same pinned
 * files the PDF embeds.
 *
 * With the bold face, LibreOffice places Thai marks by the bold face's own anchors, which is right on the page; only
 * poppler's text extraction of LibreOffice's PDF then reads some marks after the next letter ("ความเสีย" + "่ง"),
 * while pdf.js reads the same PDF intact. See docs/libreoffice-bold-mark-order.md.
 */
export function embeddedFonts(face: Typeface): FontOptions[] {
  // An office's own TH SarabunIT๙/PSK is not ours to hand on: the DOCX only names it (every Thai office has it).
  if (!face.embeddable) return [];
  return [
    {
      name: face.name,
      characterSet: CharacterSet.THAI,
      data: readFileSync(face.files.normal),
      bold: readFileSync(face.files.bold),
      italic: readFileSync(face.files.italics),
    },
  ];
}

/** The font's own Unicode and code page ranges (OS/2), which Word reads from the font table's w:sig. */
function signature(path: string): string {
  const bytes = readFileSync(path);
  const count = bytes.readUInt16BE(4);
  let os2 = -1;
  for (let i = 0; i < count; i++) if (bytes.toString('latin1', 12 + i * 16, 16 + i * 16) === 'OS/2') os2 = bytes.readUInt32BE(20 + i * 16);
  const hex = (at: number) => bytes.readUInt32BE(at).toString(16).toUpperCase().padStart(8, '0');
  return `<w:sig w:usb0="${hex(os2 + 42)}" w:usb1="${hex(os2 + 46)}" w:usb2="${hex(os2 + 50)}" w:usb3="${hex(os2 + 54)}" w:csb0="${hex(os2 + 78)}" w:csb1="${hex(os2 + 82)}"/>`;
}

/**
 * docx writes a generic signature for embedded fonts, one without Thai; Word uses it to tell which scripts a font
 * covers. Sarabun's entry gets the ranges from the font file (Thai and Latin, code pages 874 and 1252).
 */
export function fixFontTable(face: Typeface): (files: Record<string, Uint8Array>) => void {
  return (files) => {
    const table = files['word/fontTable.xml'];
    if (!table) return;
    const xml = Buffer.from(table).toString('utf8');
    const name = face.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const fixed = xml.replace(new RegExp(`(<w:font w:name="${name}">[\\s\\S]*?)<w:sig [^>]*/>`), (_m, before: string) => before + signature(face.files.normal));
    files['word/fontTable.xml'] = new Uint8Array(Buffer.from(fixed, 'utf8'));
  };
}
