import { thaiDigits } from '../../thai/digits.js';
import type { PageNumbering, Section } from '../../doc/doc.js';

/** ก ข ค … as Thai front matter is numbered (the obsolete ฃ and ฅ are skipped). */
const THAI_LETTERS = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';

export function thaiLetter(n: number): string {
  const letters = [...THAI_LETTERS];
  let label = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / letters.length)) label = letters[(i - 1) % letters.length] + label;
  return label;
}

/**
 * The printed label of every page (1-based index → label, '' for unnumbered pages), from the
 * first page of each section as the layout placed it.
 */
export function pageLabels(
  sections: Section[],
  sectionStarts: number[],
  pageCount: number,
  numberingOf: (s: Section) => PageNumbering = (s) => s.numbering,
): string[] {
  const labels: string[] = [''];
  let counter = 0;
  let s = -1;
  for (let page = 1; page <= pageCount; page++) {
    while (s + 1 < sections.length && sectionStarts[s + 1]! <= page) {
      s++;
      const numbering = numberingOf(sections[s]!);
      if (numbering.style === 'none' || numbering.restart) counter = 0;
    }
    const numbering = numberingOf(sections[Math.max(s, 0)]!);
    counter++;
    labels.push(formatPageLabel(numbering, counter));
  }
  return labels;
}

export function formatPageLabel(numbering: PageNumbering, n: number): string {
  switch (numbering.style) {
    case 'none':
      return '';
    case 'thai-letters':
      return thaiLetter(n);
    case 'numbers': {
      if (numbering.fromPage && n < numbering.fromPage) return '';
      const digits = numbering.digits === 'thai' ? thaiDigits(n) : String(n);
      return numbering.dashes ? `- ${digits} -` : digits;
    }
  }
}
