import type { IParagraphStyleOptions } from 'docx';
import { twips } from './units.js';

/** An indent (in points) a paragraph needs beyond its base style's. */
export interface IndentNeed {
  left?: number;
  right?: number;
  firstLine?: number;
  hanging?: number;
  /** A left tab stop (the text after a hanging label). */
  tab?: number;
}

const cm = (pt: number) => `${Math.round((pt / 72) * 2.54 * 100) / 100} cm`;

/**
 * Paragraph styles made on demand, one per base style and indent, so a body paragraph's indent comes from a named
 * style the clerk can see and change in Word ("Body Text · first line 2.5 cm") rather than from direct formatting.
 */
export class DerivedStyles {
  private readonly byKey = new Map<string, IParagraphStyleOptions>();

  /** The id of the style `base` with this indent; `base` itself when there is none. */
  styleFor(base: { id: string; name: string }, need: IndentNeed): string {
    const left = twips(need.left ?? 0);
    const right = twips(need.right ?? 0);
    const firstLine = twips(need.firstLine ?? 0);
    const hanging = twips(need.hanging ?? 0);
    const tab = need.tab === undefined ? undefined : twips(need.tab);
    if (!left && !right && !firstLine && !hanging && tab === undefined) return base.id;
    const key = JSON.stringify([base.id, left, right, firstLine, hanging, tab]);
    const known = this.byKey.get(key);
    if (known) return known.id;
    const parts = [
      left && `left ${cm(need.left!)}`,
      right && `right ${cm(need.right!)}`,
      firstLine && `first line ${cm(need.firstLine!)}`,
      hanging && `hanging ${cm(need.hanging!)}`,
    ].filter(Boolean);
    const id = `${base.id}Indent${this.byKey.size + 1}`;
    this.byKey.set(key, {
      id,
      name: `${base.name} · ${parts.join(' ') || 'tab'}`,
      basedOn: base.id,
      next: base.id,
      quickFormat: false,
      paragraph: {
        indent: { ...(left && { left }), ...(right && { right }), ...(hanging ? { hanging } : firstLine ? { firstLine } : {}) },
        ...(tab !== undefined && { leftTabStop: tab }),
      },
    });
    return id;
  }

  get definitions(): IParagraphStyleOptions[] {
    return [...this.byKey.values()];
  }
}
