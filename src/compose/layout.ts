import type { Block, Heading, Inline, Paragraph, Section } from '../doc/doc.js';
import { LAYOUT } from '../doc/style.js';

/** Official page: A4, left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm (the style sheet's). */
export const PORTRAIT_MARGINS = LAYOUT.margins.portrait;
export const LANDSCAPE_MARGINS = LAYOUT.margins.landscape;

export function para(inlines: Inline[], options: Omit<Paragraph, 'type' | 'inlines'> = {}): Paragraph {
  return { type: 'paragraph', inlines, ...options };
}

export function heading(level: Heading['level'], inlines: Inline[], options: Omit<Heading, 'type' | 'level' | 'inlines'> = {}): Heading {
  return { type: 'heading', level, inlines, ...options };
}

export function section(id: string, blocks: Block[], options: Partial<Omit<Section, 'id' | 'blocks'>> = {}): Section {
  return {
    id,
    orientation: 'portrait',
    margins: PORTRAIT_MARGINS,
    numbering: { style: 'none' },
    blocks,
    ...options,
  };
}
