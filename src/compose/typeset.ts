import type { ListItem as ListItemData } from '../model/plan.js';
import { bahtText, formatAmount, formatThaiDate, withDigits, type DigitStyle, type ThaiDate } from '../thai/index.js';
import type { Inline, ListItem } from '../doc/doc.js';

/** How list items are labelled: ๑) ๑.๑) for cards, (๑) for the introduction, ๑. for duties. */
export type LabelStyle = 'paren' | 'brackets' | 'dot' | 'dash';

/** Text helpers bound to the plan's digit style; composers write every visible string through these. */
export class Typeset {
  constructor(readonly digits: DigitStyle) {}

  /** A text with its digits in the plan's style. */
  t(text: string): string {
    return withDigits(text, this.digits);
  }

  n(value: number | string): string {
    return withDigits(String(value), this.digits);
  }

  amount(value: number): string {
    return formatAmount(value, this.digits);
  }

  /** "๓๐,๐๐๐ บาท (สามหมื่นบาทถ้วน)" */
  amountWithWords(value: number): string {
    return `${this.amount(value)} บาท (${bahtText(value)})`;
  }

  date(date: ThaiDate): string {
    return this.t(formatThaiDate(date));
  }

  /** A person's name: it may wrap only between its words (title+given name, surname), never inside one. */
  name(text: string): Inline[] {
    return this.t(text)
      .split(' ')
      .flatMap((word, i) => (i ? [{ text: ' ' }, { text: word, noBreak: true }] : [{ text: word, noBreak: true }]));
  }

  run(text: string, style: Omit<Inline, 'text'> = {}): Inline {
    return { text: this.t(text), ...style };
  }

  label(style: LabelStyle, path: number[]): string {
    const num = this.n(path.join('.'));
    switch (style) {
      case 'paren':
        return `${num})`;
      case 'brackets':
        return `(${num})`;
      case 'dot':
        return `${num}.`;
      case 'dash':
        return '-';
    }
  }

  /** Numbered (or bulleted) list items with nested children, numbers computed. */
  listItems(items: ListItemData[], style: LabelStyle, parent: number[] = []): ListItem[] {
    let count = 0;
    return items.map((item) => {
      // A continuation goes on with the item before it: no label, no number, its sub-items counted afresh.
      const continued = typeof item !== 'string' && 'continued' in item;
      if (!continued) count++;
      const path = [...parent, count];
      const text = typeof item === 'string' ? item : 'continued' in item ? item.continued : item.text;
      const children = typeof item === 'string' ? undefined : item.list ?? item.bullets;
      const childStyle = typeof item !== 'string' && item.bullets ? 'dash' : style;
      return {
        label: continued ? '' : this.label(style, path),
        inlines: [this.run(text)],
        children: children && this.listItems(children, childStyle, style === 'dash' || continued ? [] : path),
      };
    });
  }
}
