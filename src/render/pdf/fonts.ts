import { join } from 'node:path';
import { FONT_DIR } from '../../paths.js';

export { FONT_DIR };
/** The fonts every output embeds, from the repository's fonts/ folder (pinned bytes, see fonts/README.md). */

export const SARABUN = {
  normal: join(FONT_DIR, 'Sarabun-Regular.ttf'),
  bold: join(FONT_DIR, 'Sarabun-Bold.ttf'),
  italics: join(FONT_DIR, 'Sarabun-Italic.ttf'),
  bolditalics: join(FONT_DIR, 'Sarabun-BoldItalic.ttf'),
};
