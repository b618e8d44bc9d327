const THAI_ZERO = 0x0e50;

/** ASCII digits → Thai digits (๐–๙); everything else unchanged. */
export function thaiDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** Thai digits → ASCII digits; everything else unchanged. */
export function arabicDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

export type DigitStyle = 'thai' | 'arabic';

/** Writes every digit of a text in the plan's chosen style. */
export function withDigits(text: string, style: DigitStyle): string {
  return style === 'thai' ? thaiDigits(text) : arabicDigits(text);
}

/** 2833000 → "2,833,000", in the chosen digits. */
export function formatAmount(value: number, style: DigitStyle = 'thai'): string {
  return withDigits(new Intl.NumberFormat('en-US').format(value), style);
}
