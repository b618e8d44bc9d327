import { requireFromPdfmake } from './pdfmakeInternals.js';
import { currentRender } from './renderContext.js';

/**
 * Keep-together is a preference, never a reason to drop text.
 *
 * pdfmake lays a block it must not break (a node marked `unbreakable`, a table's header rows with the
 * rows kept with them, a row of a `dontBreakRows` table) into a page-high scratch context and then
 * copies it onto the page. When the block needs more than one page, pdfmake copies the first page of
 * it and silently drops the rest: a list item with many sub-items, a very long item or a risk with many
 * measures vanished from the plan while the build succeeded.
 *
 * These patches let the layout find such blocks and lay them out again as breakable:
 * - every place where pdfmake may open an unbreakable block gets a number, in document order (the
 *   same numbers in every pass over the same definition, since they are counted from the structure,
 *   not from where the layout put things);
 * - a block whose content needs more than one page is recorded as too tall, as is a block nested in
 *   it that is taller than a page itself (it would be lost as soon as its parent can break);
 * - renderPdf lays the document out again with those numbers breakable (see `TallBlocks`).
 * A document without such blocks is laid out once, exactly as before.
 */

interface Context {
  page: number;
  y: number;
  pages: unknown[];
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): { pageSize: { height: number } };
}
interface Writer {
  transactionLevel: number;
  context(): Context;
}
interface TableNode {
  table: { dontBreakRows?: boolean };
}
interface Processor {
  tableNode: TableNode;
  headerRows: number;
  rowsWithoutPageBreak: number;
  dontBreakRows: boolean;
  /** The row after which `dontBreakRows` comes back (it was lifted for this one row). */
  __restoreAfterRow?: number;
}

/** One layout pass's bookkeeping: which blocks may break, and which turned out too tall. */
export class TallBlocks {
  /** Blocks found too tall in this pass (numbers as in `breakable`). */
  readonly tooTall = new Set<number>();
  /** An unbreakable block overflowed that has no number (nothing to retry; the text check reports it). */
  unattributed = 0;
  counter = 0;
  /** The number of the block pdfmake is about to open, set just before it does. */
  current: number | null = null;
  readonly open: Array<{ id: number | null; page: number; y: number; inFlow: boolean }> = [];
  /** The height of the page an unbreakable block is being laid out for, margins taken off. */
  pageHeight = Number.POSITIVE_INFINITY;
  /** Set while an outermost block is being copied onto the page; `dropped` when that copy failed. */
  committing = false;
  dropped = false;

  constructor(readonly breakable: ReadonlySet<number>) {}

  next(): number {
    return this.counter++;
  }
}

let applied = false;
let retry = true;

/**
 * Whether renderPdf lays a document out again when a block is too tall. Only the tests turn it off,
 * to show that the build's text check catches what pdfmake would drop.
 */
export function retryTallBlocks(value?: boolean): boolean {
  if (value !== undefined) retry = value;
  return retry;
}

/** The blocks of the layout running now (the render's context, see renderContext.ts). */
const activeBlocks = (): TallBlocks | null => currentRender()?.tallBlocks ?? null;

export function applyTallBlockPatches(): void {
  if (applied) return;
  applied = true;
  type Fn = (this: unknown, ...args: unknown[]) => unknown;

  const { default: LayoutBuilder } = requireFromPdfmake('./LayoutBuilder.js') as { default: { prototype: Record<string, Fn> } };
  const processNode = LayoutBuilder.prototype.processNode!;
  LayoutBuilder.prototype.processNode = function (this: unknown, ...args: unknown[]) {
    const node = args[0] as { unbreakable?: boolean };
    const state = activeBlocks();
    if (state && node.unbreakable) {
      const id = state.next();
      if (state.breakable.has(id)) node.unbreakable = false;
      else state.current = id;
    }
    try {
      return processNode.apply(this, args);
    } finally {
      if (state) state.current = null;
    }
  };

  const { default: TableProcessor } = requireFromPdfmake('./TableProcessor.js') as { default: { prototype: Record<string, Fn> } };
  const beginTable = TableProcessor.prototype.beginTable!;
  TableProcessor.prototype.beginTable = function (this: unknown, ...args: unknown[]) {
    const self = this as Processor;
    const state = activeBlocks();
    if (!state) return beginTable.apply(this, args);
    const id = state.next();
    if (!state.breakable.has(id)) {
      state.current = id;
      try {
        return beginTable.apply(this, args);
      } finally {
        state.current = null;
      }
    }
    // Too tall last time. With header rows, the block is the headers plus the rows kept with them:
    // keep only the headers together (pdfmake repeats them from that block on every page).
    // Without, it is the first row of a dontBreakRows table: that row may break.
    const table = self.tableNode.table;
    const keepRows = table.dontBreakRows;
    if ((self.tableNode as { table: { headerRows?: number } }).table.headerRows) {
      const result = beginTable.apply(this, args);
      self.rowsWithoutPageBreak = self.headerRows;
      return result;
    }
    table.dontBreakRows = false;
    try {
      return beginTable.apply(this, args);
    } finally {
      table.dontBreakRows = keepRows;
      if (keepRows) self.__restoreAfterRow = 0;
    }
  };

  const beginRow = TableProcessor.prototype.beginRow!;
  TableProcessor.prototype.beginRow = function (this: unknown, ...args: unknown[]) {
    const self = this as Processor;
    const rowIndex = args[0] as number;
    const state = activeBlocks();
    if (!state || !self.dontBreakRows || rowIndex === 0) return beginRow.apply(this, args);
    const id = state.next();
    if (state.breakable.has(id)) {
      self.dontBreakRows = false;
      self.__restoreAfterRow = rowIndex;
      return beginRow.apply(this, args);
    }
    state.current = id;
    try {
      return beginRow.apply(this, args);
    } finally {
      state.current = null;
    }
  };

  const endRow = TableProcessor.prototype.endRow!;
  TableProcessor.prototype.endRow = function (this: unknown, ...args: unknown[]) {
    const self = this as Processor;
    try {
      return endRow.apply(this, args);
    } finally {
      if (self.__restoreAfterRow === args[0]) {
        self.dontBreakRows = true;
        delete self.__restoreAfterRow;
      }
    }
  };

  const { default: PageElementWriter } = requireFromPdfmake('./PageElementWriter.js') as { default: { prototype: Record<string, Fn> } };
  const begin = PageElementWriter.prototype.beginUnbreakableBlock!;
  PageElementWriter.prototype.beginUnbreakableBlock = function (this: unknown, ...args: unknown[]) {
    const state = activeBlocks();
    const writer = this as Writer;
    // Headers, footers and backgrounds pass their own size: they are not part of the flow.
    const inFlow = args[0] === undefined && args[1] === undefined;
    if (state && writer.transactionLevel === 0) {
      const outer = writer.context();
      state.pageHeight = outer.getCurrentPage().pageSize.height - outer.pageMargins.top - outer.pageMargins.bottom;
    }
    const result = begin.apply(this, args);
    if (state) {
      const ctx = writer.context();
      state.open.push({ id: inFlow ? state.current : null, page: ctx.page, y: ctx.y, inFlow });
      state.current = null;
    }
    return result;
  };

  // pdfmake's scratch context for an unbreakable block is meant to be one page high, but it reads a
  // height the page object does not have (NaN), so the block simply grows; the block is lost when it
  // then fits on no page (the copy onto the page fails twice). Both are watched for here.
  const commit = PageElementWriter.prototype.commitUnbreakableBlock!;
  PageElementWriter.prototype.commitUnbreakableBlock = function (this: unknown, ...args: unknown[]) {
    const state = activeBlocks();
    const entry = state?.open.pop();
    if (!state || !entry) return commit.apply(this, args);
    const writer = this as Writer;
    const ctx = writer.context();
    const tall = ctx.page !== entry.page || ctx.pages.length > 1 || ctx.y - entry.y > state.pageHeight;
    if (writer.transactionLevel > 1) {
      if (tall && entry.inFlow && entry.id !== null) state.tooTall.add(entry.id);
      return commit.apply(this, args);
    }
    state.committing = true;
    state.dropped = false;
    try {
      return commit.apply(this, args);
    } finally {
      state.committing = false;
      if ((tall || state.dropped) && entry.inFlow) {
        if (entry.id !== null) state.tooTall.add(entry.id);
        else state.unattributed++;
      }
    }
  };
  const fitOnPage = PageElementWriter.prototype._fitOnPage!;
  PageElementWriter.prototype._fitOnPage = function (this: unknown, ...args: unknown[]) {
    const placed = fitOnPage.apply(this, args);
    const state = activeBlocks();
    if (!placed && state?.committing) state.dropped = true;
    return placed;
  };
}
