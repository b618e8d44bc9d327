import modules from './pdfmakeModules.cjs';

/**
 * A module as pdfmake itself resolves it (its linebreak, its pdfkit, its own LayoutBuilder and
 * Renderer), so that the patches in this folder reach the very instances pdfmake uses. The list is
 * in pdfmakeModules.cjs.
 */
export function requireFromPdfmake(id: string): unknown {
  if (!Object.hasOwn(modules, id)) throw new Error(`pdfmakeModules.cjs does not list ${id}`);
  return modules[id];
}
