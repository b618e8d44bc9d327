import { FONT_DIR } from '../../paths.js';
import { SARABUN_FILES } from '../../doc/typeface.js';

export { FONT_DIR };
/** The bundled Sarabun, from the repository's fonts/ folder (pinned bytes, see fonts/README.md); profiles live in src/doc/typeface.ts. */
export const SARABUN = SARABUN_FILES;
