import { requireFromPdfmake } from './pdfmakeInternals.js';
import type { LayoutText } from './layoutText.js';
import type { TallBlocks } from './tooTallBlocks.js';

/**
 * What the patches in this folder need to know about the document being rendered, one object per
 * layout pass, instead of module variables set before the layout.
 *
 * pdfmake's createPdf(…).getBuffer() awaits (fonts, images) before it lays the document out, so a
 * variable set before the call may be another render's by the time the layout reads it. From
 * `LayoutBuilder.layoutDocument` to the end of `Renderer.renderPages` pdfmake runs without a pause,
 * so the context is taken from the document's own header function when its layout starts and holds
 * until its pages are drawn: no other render can run in between.
 */
export interface RenderContext {
  /** The document's names, kept whole by the line breaker (thaiPatches.ts). */
  readonly names: readonly string[];
  /** Line breaks per text for these names; shared by a render's passes (bounded in thaiPatches.ts). */
  readonly breaksOfText: Map<string, readonly unknown[]>;
  /** The share of the line's pitch above the baseline (pageFinish.ts); 0 = pdfmake's own. */
  readonly baselineShare: number;
  /** This pass's unbreakable blocks (tooTallBlocks.ts). */
  readonly tallBlocks: TallBlocks;
  /** This pass's record of the text laid out (layoutText.ts). */
  readonly layoutText: LayoutText;
  /** The labels page references print, per page; known once the body is laid out (renderPdf.ts). */
  tocLabels: string[];
  /** A list item's label just placed, which its text's first line takes along to a new page (pageFinish.ts). */
  pendingListLabel?: PlacedLabel;
}

/** A line placed on a page of a layout context: where to find it again. */
export interface PlacedLabel {
  readonly context: object;
  readonly page: number;
  readonly line: object;
}

type WithContext = { renderContext?: RenderContext };

let current: RenderContext | null = null;
let applied = false;

/** The context of the document pdfmake is laying out or drawing now, or null outside a render of ours. */
export function currentRender(): RenderContext | null {
  return current;
}

/** Gives `header` (the definition's header function) the context its layout will run under. */
export function attachRenderContext(header: object, context: RenderContext): void {
  (header as WithContext).renderContext = context;
}

export function applyRenderContextPatch(): void {
  if (applied) return;
  applied = true;
  type LayoutDocument = (this: unknown, ...args: unknown[]) => unknown;
  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as { default: { prototype: { layoutDocument: LayoutDocument } } };
  const layoutDocument = LayoutBuilder.prototype.layoutDocument;
  // pdfmake 0.3.11: layoutDocument(docStructure, pdfDocument, styles, defaultStyle, background, header, …).
  LayoutBuilder.prototype.layoutDocument = function (...args: unknown[]) {
    current = (args[5] as WithContext | undefined)?.renderContext ?? null;
    return layoutDocument.apply(this, args);
  };
}
