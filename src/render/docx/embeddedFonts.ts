import { readFileSync } from 'node:fs';
import { CharacterSet, type IPropertiesOptions } from 'docx';
import { SARABUN } from '../pdf/fonts.js';
import { FONT } from './styles.js';

/**
 * The four Sarabun faces, embedded as TrueType (Word and LibreOffice use them when Sarabun isn't installed;
 * LibreOffice ignores an embedded woff). The same pinned files the PDF embeds.
 */
type FontOptions = NonNullable<IPropertiesOptions['fonts']>[number];

export function embeddedFonts(): FontOptions[] {
  return [
    {
      name: FONT,
      characterSet: CharacterSet.THAI,
      data: readFileSync(SARABUN.normal),
      bold: readFileSync(SARABUN.bold),
      italic: readFileSync(SARABUN.italics),
      boldItalic: readFileSync(SARABUN.bolditalics),
    },
  ];
}
