import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { applyThaiPatches } from '../../src/render/pdf/thaiPatches.js';

// The patches must reach the copies of pdfmake's modules that pdfmake itself runs; a second copy
// (linebreak ships an ES build beside its CommonJS one) would take a patch and never be called.
describe('pdfmake modules the patches change', () => {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const fromOurs = createRequire(new URL('../../src/render/pdf/pdfmakeModules.cjs', import.meta.url));

  it('resolve to the files pdfmake itself loads', () => {
    for (const id of ['linebreak', 'pdfkit']) expect(fromOurs.resolve(id)).toBe(fromPdfmake.resolve(id));
    expect(fromOurs.resolve('pdfmake/js/LayoutBuilder.js')).toBe(fromPdfmake.resolve('./LayoutBuilder.js'));
  });

  it("make pdfmake's own text breaker cut Thai between words, not only at spaces", () => {
    applyThaiPatches();
    const { default: TextBreaker } = fromPdfmake('./TextBreaker.js') as { default: new () => { getBreaks(texts: unknown[], styles: unknown): Array<{ text: string }> } };
    const { default: StyleContextStack } = fromPdfmake('./StyleContextStack.js') as { default: new (styles: object, defaults: object) => unknown };
    const words = new TextBreaker().getBreaks([{ text: 'ส่งเสริมคุณธรรมและความโปร่งใส' }], new StyleContextStack({}, {}));
    expect(words.map((w) => w.text).join('|')).toBe('ส่งเสริม|คุณธรรม|และ|ความ|โปร่งใส');
  });
});
