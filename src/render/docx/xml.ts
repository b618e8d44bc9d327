import { ImportedXmlComponent, type XmlComponent } from 'docx';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * WordprocessingML docx has no builder for (complex fields, bookmarks with our own names and ids, a hyperlink that
 * holds a field), as a component docx writes as it is. `xml` is a sequence of elements with `w:` prefixes; the part declares them.
 */
export function rawXml(xml: string): XmlComponent[] {
  const wrapper = ImportedXmlComponent.fromXmlString(`<raw>${xml}</raw>`) as unknown as { root: Array<{ root: unknown[] }> };
  return wrapper.root[0]!.root.filter((c): c is XmlComponent => typeof c === 'object' && c !== null && (c as { rootKey?: string }).rootKey !== '_attr');
}

/** `<w:r>` with its text (spaces kept) and optional run properties. */
export function runXml(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}
