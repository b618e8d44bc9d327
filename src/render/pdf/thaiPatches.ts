import { requireFromPdfmake } from './pdfmakeInternals.js';
import { mergeBreaks } from '../../thai/lineBreak.js';
import { applyTextLayerPatches } from './textLayer.js';

/**
 * pdfmake needs two corrections for Thai, applied once to the very module instances it uses:
 *
 * 1. Line breaking. pdfmake splits text at the opportunities the `linebreak` package (UAX #14) finds,
 *    and Thai has none inside a phrase. We add Thai word boundaries and remove breaks inside no-break
 *    spans (see thai/lineBreak.ts). Nothing is inserted into the text itself.
 * 2. The text layer: ำ is drawn as two glyphs and must still extract as ำ in every viewer
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
 * each time. Bounded, so a long-running process does not grow without end.
 */
const breaksOfText = new Map<string, readonly Break[]>();
const MAX_CACHED_TEXTS = 20_000;

/** The names of the document being laid out (Doc meta), kept whole by the line breaker. */
let documentNames: readonly string[] = [];

/** Sets the names the line breaker keeps whole; renderPdf calls it before each layout (builds render one document at a time). */
export function keepNamesWhole(names: readonly string[]): void {
  if (names.join('\n') === documentNames.join('\n')) return;
  documentNames = [...names];
  breaksOfText.clear();
}

export function applyThaiPatches(): void {
  if (applied) return;
  applied = true;

  const LineBreaker = requireFromPdfmake('linebreak') as { prototype: LineBreakerLike };
  const originalNextBreak = LineBreaker.prototype.nextBreak;
  LineBreaker.prototype.nextBreak = function nextBreak(this: LineBreakerLike): Break | null {
    if (!this.__thaiBreaks) {
      let breaks = breaksOfText.get(this.string);
      if (!breaks) {
        const unicode: Break[] = [];
        for (let b = originalNextBreak.call(this); b; b = originalNextBreak.call(this)) {
          unicode.push({ position: b.position, required: b.required });
        }
        breaks = mergeBreaks(this.string, unicode, documentNames);
        if (breaksOfText.size >= MAX_CACHED_TEXTS) breaksOfText.clear();
        breaksOfText.set(this.string, breaks);
      }
      this.__thaiBreaks = breaks;
      this.__next = 0;
    }
    return this.__thaiBreaks[this.__next!++] ?? null;
  };

  applyTextLayerPatches();
}
