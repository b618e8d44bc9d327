import type { EmbeddedFontLike } from './textLayer.js';

/**
 * Character codes of their own for the two glyphs of a shaped ำ, so pdf.js extracts "ำ", not "ำา"
 * (see textLayer.ts for the viewers' behaviour this answers).
 *
 * pdfkit's code for a glyph is its index in the subset. The aa glyph inside ำ gets code 0x0E33 with
 * ToUnicode "ำ"; the bare nikhahit glyph inside ำ gets a format-character code (0x200B, then 0x200C
 * for a second form such as `.narrow`) with an empty entry; a nikhahit+tone ligature keeps its own
 * code and maps to the tone alone. A typed nikhahit (ํ + า, as typed) keeps its own characters.
 *
 * Which glyphs belong to a ำ comes from the text, not from fontkit: fontkit caches a glyph with the
 * code points of its first use, so a nikhahit glyph reports U+0E33 in every later context. Each า
 * or ำ of the text is paired, in order, with each aa glyph of the run; when the counts differ, or a
 * glyph is not shaped as expected, the run keeps pdfkit's codes (still exact in poppler through
 * /ActualText).
 */

const SARA_AA = 0x0e32;
const SARA_AM = 0x0e33;
const NIKHAHIT = 0x0e4d;
/** Format characters (Unicode category Cf): pdf.js skips them when it falls back to the code. */
const EMPTY_CODES = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
/** Further codes, for a glyph that needs a second mapping (a typed nikhahit+tone drawn as a ligature). */
const FIRST_SPARE_CODE = 0xe000;
/** Thai marks that may stand between a consonant and า / ำ and be drawn together with the nikhahit. */
const MARK = /[\u0e48-\u0e4b\u0e4d]/;

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** The codes one font has handed out beyond the glyph indices. */
export interface FontCodes {
  /** extra code → the subset glyph it draws and the characters it stands for */
  extra: Map<number, { gid: number; text: number[] }>;
  byGlyphAndText: Map<string, number>;
  nextSpare: number;
}

/** What a glyph inside a ำ (or a typed nikhahit) must extract as. */
interface Role {
  text: number[];
  /** the nikhahit part: when it cannot get a code, its aa must keep pdfkit's code too */
  nikhahitPart: boolean;
}

/**
 * The code of each glyph of a run that must not use its subset index, by glyph position; undefined
 * when there is none (most runs). Left to pdfkit: CFF fonts (no CIDToGIDMap), PDF/A-1 and PDF/UA
 * (pdfkit's `subset` 1: it writes a CIDSet there, which would have to list the extra codes) and fonts
 * so large that a subset index could reach 0x0E33.
 */
export function saraAmCodes(font: EmbeddedFontLike, text: string, glyphs: readonly Glyph[]): Map<number, number> | undefined {
  if (!text.includes('\u0e33') && !text.includes('\u0e4d')) return undefined;
  if (font.subset.cff != null || font.document.subset === 1 || font.font.numGlyphs >= SARA_AM) return undefined;
  const roles = rolesOf(font, text, glyphs);
  if (!roles) return undefined;
  const codes = new Map<number, number>();
  let skipNextAa = false;
  for (const [i, role] of roles) {
    if (skipNextAa && !role.nikhahitPart) {
      skipNextAa = false;
      continue;
    }
    const gid = font.subset.includeGlyph(glyphs[i]!.id);
    if (font.widths[gid] == null) font.widths[gid] = glyphs[i]!.advanceWidth * font.scale;
    const code = codeFor(font, gid, role.text);
    skipNextAa = role.nikhahitPart && code === undefined;
    if (code !== undefined && code !== gid) codes.set(i, code);
  }
  return codes;
}

/** Roles by glyph position, in glyph order (a nikhahit part before its aa); undefined if the run does not pair up. */
function rolesOf(font: EmbeddedFontLike, text: string, glyphs: readonly Glyph[]): Map<number, Role> | undefined {
  const aa = (font.__saraAaGlyph ??= font.font.glyphForCodePoint(SARA_AA).id);
  const inText: number[] = [];
  for (let t = 0; t < text.length; t++) {
    const c = text.charCodeAt(t);
    if (c === SARA_AA || c === SARA_AM) inText.push(t);
  }
  const inGlyphs: number[] = [];
  glyphs.forEach((glyph, i) => glyph.id === aa && inGlyphs.push(i));
  if (inText.length !== inGlyphs.length) return undefined;

  const roles = new Map<number, Role>();
  inText.forEach((t, k) => {
    const g = inGlyphs[k]!;
    let m = t;
    while (m > 0 && MARK.test(text[m - 1]!)) m--;
    const marks = [...text.slice(m, t)].map((c) => c.codePointAt(0)!);
    const am = text.charCodeAt(t) === SARA_AM;
    if (am ? marks.includes(NIKHAHIT) : !marks.includes(NIKHAHIT)) return;
    const part = glyphs[g - 1];
    // The nikhahit part is one zero-width glyph right after a spacing one: the font's own nikhahit,
    // or a form it has no character for (a ligature with the tone, a narrow form).
    if (!part || part.advanceWidth !== 0 || (glyphs[g - 2]?.advanceWidth ?? 1) === 0) return;
    const own = charOf(font, part.id);
    const alone = marks.length === (am ? 0 : 1);
    if (alone ? own !== undefined && own !== NIKHAHIT : own !== undefined) return;
    roles.set(g - 1, { text: marks, nikhahitPart: am });
    if (am) roles.set(g, { text: [SARA_AM], nikhahitPart: false });
  });
  return roles;
}

function same(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The code for subset glyph `gid` standing for `text`; undefined when no format-character code is left. */
function codeFor(font: EmbeddedFontLike, gid: number, text: number[]): number | undefined {
  const codes = (font.__codes ??= { extra: new Map(), byGlyphAndText: new Map(), nextSpare: FIRST_SPARE_CODE });
  const key = `${gid}:${text.join(',')}`;
  const known = codes.byGlyphAndText.get(key);
  if (known !== undefined) return known;
  let code: number | undefined;
  if (text.length === 0) {
    code = EMPTY_CODES.find((c) => !codes.extra.has(c));
    if (code === undefined) return undefined;
  } else if (text[0] !== SARA_AM && (font.unicode[gid] == null || same(font.unicode[gid], text))) {
    // A ligature keeps its glyph index as its code.
    font.unicode[gid] = text;
    code = gid;
  } else if (text[0] === SARA_AM && !codes.extra.has(SARA_AM)) {
    code = SARA_AM;
  } else {
    code = codes.nextSpare++;
  }
  if (code !== gid) {
    codes.extra.set(code, { gid, text });
    // The glyph's own code is in pdfkit's bfrange array too: never leave it empty there.
    font.unicode[gid] ??= [charOf(font, font.subset.glyphs[gid]!) ?? NIKHAHIT];
  }
  codes.byGlyphAndText.set(key, code);
  return code;
}

/**
 * A glyph's characters when drawn by its own code. fontkit reports the code points of the glyph's
 * first use: none for the aa drawn inside a ำ (the font's own character is taken instead), and
 * U+0E33 for a nikhahit form first drawn inside a ำ (it stands for the nikhahit, U+0E4D).
 */
export function ownCodePoints(font: EmbeddedFontLike, glyph: Glyph): number[] {
  const char = charOf(font, glyph.id);
  if (glyph.codePoints.length === 0) return char === undefined ? [] : [char];
  if (char === SARA_AM) return [SARA_AM];
  return glyph.codePoints.map((cp) => (cp === SARA_AM ? NIKHAHIT : cp));
}

/** The character the font's cmap gives a glyph (the lowest, if several). */
function charOf(font: EmbeddedFontLike, glyphId: number): number | undefined {
  if (!font.__charOfGlyph) {
    font.__charOfGlyph = new Map();
    for (const cp of font.font.characterSet) {
      const id = font.font.glyphForCodePoint(cp).id;
      if (!font.__charOfGlyph.has(id)) font.__charOfGlyph.set(id, cp);
    }
  }
  return font.__charOfGlyph.get(glyphId);
}
