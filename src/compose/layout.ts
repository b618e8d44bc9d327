import { CM, type Block, type Heading, type Inline, type Paragraph, type Section } from '../doc/doc.js';

/** Official page: A4, left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm. */
export const PORTRAIT_MARGINS = { top: 2.5 * CM, right: 2 * CM, bottom: 2 * CM, left: 3 * CM };
export const LANDSCAPE_MARGINS = { top: 2 * CM, right: 1.5 * CM, bottom: 1.5 * CM, left: 1.5 * CM };

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
