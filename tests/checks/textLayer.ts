import { pdfPages } from '../pdfText.js';

/**
 * Defects of a PDF's text layer as poppler extracts it (the logic of the shared pdfcheck.py
 * `textlayer`): what a reader gets when searching or copying the text.
 */
export interface TextLayer {
  chars: number;
  /** ำ extracted as ำ followed by า: Sarabun's two glyphs for ำ mapped back one by one. */
  saraAmPlusAa: number;
  /** Zero-width spaces and joiners, word joiners, byte-order marks. */
  invisible: number;
  /** U+FFFD: glyphs with no character behind them. */
  replacementChars: number;
  asciiDigits: number;
  /** ASCII digits between Thai letters or spaces: a Thai number set in Arabic digits. */
  asciiDigitsInThaiContext: number;
  thaiDigits: number;
  /** A space between two Thai letters: a gap a justified line opened inside a phrase, or a split word. */
  spacesBetweenThaiLetters: number;
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function textLayer(pdf: string): TextLayer {
  const t = pdfPages(pdf).join('\f');
  return {
    chars: [...t].length,
    saraAmPlusAa: count(t, /\u0e33\u0e32/g),
    invisible: count(t, /[\u200b\u200c\u200d\u2060\ufeff]/g),
    replacementChars: count(t, /\ufffd/g),
    asciiDigits: count(t, /[0-9]/g),
    asciiDigitsInThaiContext: count(t, /(?<=[\u0e01-\u0e5b\s])[0-9]+(?=[\u0e01-\u0e5b\s,.)])/g),
    thaiDigits: count(t, /[\u0e50-\u0e59]/g),
    spacesBetweenThaiLetters: count(t, /[\u0e01-\u0e4f] [\u0e01-\u0e4f]/g),
  };
}
