import type { Content } from '../model/plan.js';
import type { Block } from '../doc/doc.js';
import { LAYOUT } from '../doc/style.js';
import type { LabelStyle, Typeset } from './typeset.js';

export const BODY_INDENT = LAYOUT.indent.body;

/**
 * Rich text of a card field → paragraphs and lists, numbers computed. A paragraph runs the full width with its first
 * line at the indent plus a body indent (every field's text starts at the same place); a list stands at the indent.
 */
export function contentBlocks(ts: Typeset, content: Content, options: { indent: number; labels?: LabelStyle }): Block[] {
  return content.map((block): Block => {
    if (typeof block === 'string') {
      return { type: 'paragraph', inlines: [ts.run(block)], firstLineIndent: options.indent + BODY_INDENT };
    }
    if ('list' in block) return { type: 'list', items: ts.listItems(block.list, options.labels ?? 'paren'), indent: options.indent };
    return { type: 'list', items: ts.listItems(block.bullets, 'dash'), indent: options.indent };
  });
}
