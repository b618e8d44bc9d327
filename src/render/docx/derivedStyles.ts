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

  /**
   * The style of a heading: its own Heading 1–3 when the contents list it at that level; else a style based on it
   * whose outline level is the contents level (a dimension set as Heading 1 listed at level 2), or body text for a
   * heading the contents leave out, so a TOC field over the outline levels lists exactly the Doc's entries.
   */
  headingStyle(level: 1 | 2 | 3, tocLevel: number | undefined): string {
    const base = `Heading${level}`;
    if (tocLevel === level) return base;
    const { id, name } = headingVariant(level, tocLevel);
    const key = JSON.stringify(['heading', level, tocLevel]);
    if (!this.byKey.has(key)) {
      this.byKey.set(key, { id, name, basedOn: base, next: 'Normal', quickFormat: false, paragraph: { outlineLevel: tocLevel === undefined ? 9 : tocLevel - 1 } });
    }
    return id;
  }

  get definitions(): IParagraphStyleOptions[] {
    return [...this.byKey.values()];
  }
}

/** The id and name of a heading style listed at another contents level (or none: outline level "body text"). */
export function headingVariant(level: number, tocLevel: number | undefined): { id: string; name: string } {
  return tocLevel === undefined
    ? { id: `Heading${level}Unlisted`, name: `Heading ${level} · not in contents` }
    : { id: `Heading${level}Contents${tocLevel}`, name: `Heading ${level} · contents level ${tocLevel}` };
}
