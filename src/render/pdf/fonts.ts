import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The fonts every output embeds, from the repository's fonts/ folder (pinned bytes, see fonts/README.md). */
export const FONT_DIR = fileURLToPath(new URL('../../../fonts/', import.meta.url));

export const SARABUN = {
  normal: join(FONT_DIR, 'Sarabun-Regular.ttf'),
  bold: join(FONT_DIR, 'Sarabun-Bold.ttf'),
  italics: join(FONT_DIR, 'Sarabun-Italic.ttf'),
  bolditalics: join(FONT_DIR, 'Sarabun-BoldItalic.ttf'),
};
