/**
 * Where a line of Thai text may break. Thai writes no spaces between words, so the Unicode line
 * breaking algorithm finds no opportunities inside a phrase; we add them at dictionary word
 * boundaries (ICU via Intl.Segmenter), corrected by a small domain lexicon, and we forbid breaks
 * inside spans that must stay whole ("พ.ศ. ๒๕๖๖", "ข้อ ๑", a person's name in brackets).
 */

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI_LETTER = /[\u0e01-\u0e4e]/;

/**
 * Words ICU's dictionary cuts wrongly in this kind of document (e.g. เพื่อ|เป็นก|รอบ for เพื่อเป็นกรอบ).
 * A boundary strictly inside one of these is removed.
 */
export const LEXICON: readonly string[] = [
  // Found by segmenting the bundled plan's text: ICU glues a consonant to the word before and
  // leaves the rest of the next word stranded (การก|ระ|จาย, ตามพ|ระ|ราช, ผลก|ระ|ทบ, ธร|รมาภิ|บาล).
  'กรอบ', 'ธรรมาภิบาล', 'มิชอบ', 'เจตนารมณ์', 'สาธารณ', 'กระจาย', 'กระทบ', 'กระทำ',
  'กระบวน', 'กลั่นกรอง', 'กอง', 'พระราช', 'ราชบัญญัติ', 'ราชดำรัส', 'บูรณาการ', 'อำนาจ', 'หน่วยงาน',
  'ส่งเสริม', 'กรรมการ', 'ทุจริต', 'วีดิทัศน์', 'ท้องถิ่น', 'เทศบาล', 'ยกระดับ', 'ประกอบด้วย', 'ปานกลาง',
  // Compounds ICU splits at a real word boundary that a Thai reader still takes as one word.
  'ผู้บริหาร', 'งบประมาณ', 'เจ้าหน้าที่', 'รายละเอียด', 'ข้อบัญญัติ', 'ผู้รับผิดชอบ', 'ประชาสัมพันธ์', 'องค์กร',
  // Royal names and titles are never broken.
  'ปรมินทรมหาภูมิพลอดุลยเดช', 'มหาวชิราลงกรณ', 'บดินทรเทพยวรางกูร', 'มหิตลาธิเบศร', 'รามาธิบดี',
  'จักรีนฤบดินทร', 'สยามินทราธิราช', 'ปรเมนทรรามาธิบดี', 'ศรีสินทร',
];

/** Spans that must never be broken inside. */
const NO_BREAK: readonly RegExp[] = [
  /พ\.ศ\.\s*[๐-๙0-9]{4}(\s*-\s*[๐-๙0-9]{4})?/g, // พ.ศ. ๒๕๖๖ - ๒๕๗๐
  /(ข้อ|มาตรา|ฉบับที่|มิติที่|ด้านที่|ระดับที่|ประเด็นที่|ครั้งที่|ที่)\s[๐-๙0-9]+([./][๐-๙0-9]+)*/g, // ข้อ ๑, มาตรา ๖๕, ที่ ๕๐๔/๒๕๖๕
  /\((นาย|นาง|นางสาว)[^()]*\)/g, // (นางเปรมฤดี ชามพูนท)
  /[๐-๙0-9][๐-๙0-9,.]*\s(บาท|คน|ครั้ง|ปี|เดือน|วัน|แห่ง|คะแนน|ช่องทาง|โครงการ)/g, // ๓๐,๐๐๐ บาท
  /(ร้อยละ)\s[๐-๙0-9]+/g,
  /\S\s(ๆ|ณ\s|พ\.?ร\.?บ\.|พ\.ศ\.)/g, // a word that leans on the one before: "ต่าง ๆ", "กระบวนการ ณ จุด", "ตาม พรบ."
  /ๆ\s[\u0e01-\u0e4e]/g, // and the word after ๆ (ICU reads "ๆใน" as one word when the line ends at ๆ)
];

const LEXICON_PATTERN = new RegExp([...LEXICON].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * [start, end) spans inside which no break is allowed: the rules above, the lexicon, and the
 * document's own names (the organisation, its units), given as `names`.
 */
export function noBreakSpans(text: string, names: readonly string[] = []): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [...NO_BREAK, LEXICON_PATTERN]) {
    for (const m of text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  }
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) spans.push([at, at + name.length]);
  }
  return spans;
}

function insideAny(pos: number, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => pos > s && pos < e);
}

/** A Thai letter (consonant, vowel, tone mark, sign), by UTF-16 code unit: no string is made. */
function isThaiLetter(code: number): boolean {
  return code >= 0x0e01 && code <= 0x0e4e;
}

/**
 * Positions (string indices) between two Thai letters where a line may break:
 * ICU word boundaries not inside a no-break span or a lexicon word.
 */
export function thaiWordBreaks(text: string, spans = noBreakSpans(text)): number[] {
  if (!THAI_LETTER.test(text)) return [];
  const out: number[] = [];
  for (const { index } of segmenter.segment(text)) {
    if (index > 0 && isThaiLetter(text.charCodeAt(index - 1)) && isThaiLetter(text.charCodeAt(index)) && !insideAny(index, spans)) out.push(index);
  }
  return out;
}

/**
 * Merges the Unicode (UAX #14) opportunities a line breaker found with the Thai word breaks,
 * dropping optional ones inside no-break spans. Required breaks (new lines) are always kept.
 */
export function mergeBreaks(
  text: string,
  unicodeBreaks: ReadonlyArray<{ position: number; required: boolean }>,
  names: readonly string[] = [],
): Array<{ position: number; required: boolean }> {
  const spans = noBreakSpans(text, names);
  const byPosition = new Map<number, boolean>();
  for (const b of unicodeBreaks) {
    if (b.required || b.position >= text.length || !insideAny(b.position, spans)) byPosition.set(b.position, b.required);
  }
  for (const p of thaiWordBreaks(text, spans)) if (!byPosition.has(p)) byPosition.set(p, false);
  return [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([position, required]) => ({ position, required }));
}
