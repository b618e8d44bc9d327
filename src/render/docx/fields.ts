import { escapeXml, runXml } from './xml.js';

/**
 * Complex fields (begin, instruction, separate, result, end) as run XML. The result is what Word and LibreOffice
 * show until the field is updated; fields are written clean so Word shows it without asking to update.
 */
export function fieldXml(instruction: string, result = '', rPr = ''): string {
  return fieldBeginXml(instruction, rPr) + (result ? runXml(result, rPr) : '') + fieldEndXml(rPr);
}

export function fieldBeginXml(instruction: string, rPr = ''): string {
  const props = rPr ? `<w:rPr>${rPr}</w:rPr>` : '';
  return (
    `<w:r>${props}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${props}<w:instrText xml:space="preserve"> ${escapeXml(instruction)} </w:instrText></w:r>` +
    `<w:r>${props}<w:fldChar w:fldCharType="separate"/></w:r>`
  );
}

export function fieldEndXml(rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:fldChar w:fldCharType="end"/></w:r>`;
}
