/**
 * word/settings.xml additions docx has no option for, in the schema's element order:
 * - embedTrueTypeFonts, so Word keeps the embedded Sarabun when the document is saved again (it drops them otherwise);
 * - themeFontLang, so Word's theme and proofing treat the document's complex script as Thai.
 */
export function fixSettings(files: Record<string, Uint8Array>): void {
  const part = files['word/settings.xml'];
  if (!part) return;
  let xml = Buffer.from(part).toString('utf8');
  if (!xml.includes('<w:embedTrueTypeFonts')) xml = xml.replace('<w:defaultTabStop', '<w:embedTrueTypeFonts/><w:defaultTabStop');
  if (!xml.includes('<w:themeFontLang')) xml = xml.replace('</w:compat>', '</w:compat><w:themeFontLang w:val="en-US" w:bidi="th-TH"/>');
  files['word/settings.xml'] = new Uint8Array(Buffer.from(xml, 'utf8'));
}
