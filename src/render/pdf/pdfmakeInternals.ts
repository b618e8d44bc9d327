import { createRequire } from 'node:module';

/**
 * Requires a module as pdfmake itself resolves it (its linebreak, its pdfkit, its own LayoutBuilder
 * and Renderer), so that the patches in this folder reach the very instances pdfmake uses.
 */
export const requireFromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
