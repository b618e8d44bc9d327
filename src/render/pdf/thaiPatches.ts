import { requireFromPdfmake } from './pdfmakeInternals.js';
import { mergeBreaks, wordCutWithin } from '../../thai/lineBreak.js';
import { applyTextLayerPatches } from './textLayer.js';
import { currentRender } from './renderContext.js';

/**
 * pdfmake needs two corrections for Thai, applied once to the very module instances it uses:
 *
 * 1. Line breaking. pdfmake splits text at the opportunities the `linebreak` package (UAX #14) finds,
 *    and Thai has none inside a phrase. We add Thai word boundaries and remove breaks inside no-break
 *    spans (see thai/lineBreak.ts). Nothing is inserted into the text itself.
 * 2. A run kept whole that is wider than a whole line (a name longer than its table cell) is cut at a Thai word
 *    boundary inside it, through the `cutWideWord` hook our diff adds to pdfmake 0.3.11's
 *    `LayoutBuilder.prototype.buildNextLine` (patches/pdfmake+0.3.11.patch); pdfmake alone cuts it at any letter.
 * 3. The text layer: ำ is drawn as two glyphs and must still extract as ำ in every viewer
 *    (see textLayer.ts).
 */
interface Break {
  position: number;
  required: boolean;
}
interface LineBreakerLike {
  string: string;
  nextBreak(): Break | null;
  __thaiBreaks?: readonly Break[];
  __next?: number;
}

let applied = false;

/**
 * pdfmake measures most texts twice (and a table cell's more often); their breaks are the same
 * each time, so each render keeps them (renderContext.ts), with the names they were found for.
 * Bounded, so a very large document does not grow without end.
 */
const MAX_CACHED_TEXTS = 20_000;
const NO_NAMES: readonly string[] = [];

export function applyThaiPatches(): void {
  if (applied) return;
  applied = true;

  const LineBreaker = requireFromPdfmake('linebreak') as { prototype: LineBreakerLike };
  const originalNextBreak = LineBreaker.prototype.nextBreak;
  LineBreaker.prototype.nextBreak = function nextBreak(this: LineBreakerLike): Break | null {
    if (!this.__thaiBreaks) {
      // The names of the document being laid out (Doc meta) are kept whole.
      const render = currentRender();
      const breaksOfText = (render?.breaksOfText ?? new Map()) as Map<string, readonly Break[]>;
      let breaks = breaksOfText.get(this.string);
      if (!breaks) {
        const unicode: Break[] = [];
        for (let b = originalNextBreak.call(this); b; b = originalNextBreak.call(this)) {
          unicode.push({ position: b.position, required: b.required });
        }
        breaks = mergeBreaks(this.string, unicode, render?.names ?? NO_NAMES);
        if (breaksOfText.size >= MAX_CACHED_TEXTS) breaksOfText.clear();
        breaksOfText.set(this.string, breaks);
      }
      this.__thaiBreaks = breaks;
      this.__next = 0;
    }
    return this.__thaiBreaks[this.__next!++] ?? null;
  };

  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as {
    default: { prototype: { cutWideWord?: (text: string, maxChars: number) => number } };
  };
  LayoutBuilder.prototype.cutWideWord = wordCutWithin;

  applyTextLayerPatches();
}
