import { LevelFormat, type ILevelsOptions } from 'docx';
import type { ListItem } from '../../doc/doc.js';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

/** One level of a Word list: its number format, its text template ("%1.%2)") and where it starts. */
export interface LevelPattern {
  format: Format;
  text: string;
  start: number;
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const NUMBER = /[๐-๙]+|[0-9]+/g;

const value = (digits: string) => Number([...digits].map((d) => (THAI_DIGITS.includes(d) ? THAI_DIGITS.indexOf(d) : d)).join(''));
const thai = (n: number) => String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);

/**
 * A printed label read as a Word level at `depth`: the last number is the level's own counter, the numbers before
 * it are the levels above ("๑.๒)" at depth 1 is "%1.%2)"); Thai digits are Word's thaiNumbers, Arabic ones decimal;
 * a label with no number ("-") is a bullet.
 */
export function levelOf(label: string, depth: number): LevelPattern | undefined {
  const numbers = label.match(NUMBER) ?? [];
  if (numbers.length === 0) return { format: LevelFormat.BULLET, text: label, start: 1 };
  if (numbers.length > depth + 1) return undefined;
  const own = numbers[numbers.length - 1]!;
  let k = depth - numbers.length + 1;
  const text = label.replace(NUMBER, () => `%${++k}`);
  return { format: /[๐-๙]/.test(own) ? LevelFormat.THAI_NUMBERS : LevelFormat.DECIMAL, text, start: value(own) };
}

/** The label Word prints for the counters, as this project prints it (Thai digits for thaiNumbers). */
function printed(levels: LevelPattern[], depth: number, counters: number[]): string {
  const level = levels[depth]!;
  if (level.format === LevelFormat.BULLET) return level.text;
  return level.text.replace(/%(\d)/g, (_m, k: string) => {
    const n = counters[Number(k) - 1] ?? 0;
    return levels[Number(k) - 1]?.format === LevelFormat.THAI_NUMBERS ? thai(n) : String(n);
  });
}

const same = (a: LevelPattern, b: LevelPattern) => a.format === b.format && a.text === b.text;

/**
 * A group of sub-items printed in a style of its own ("-" under one item where its siblings' sub-items read
 * "๑.๑)"): Word has one pattern per level, so such a group is a list of its own at that level, inside the outer
 * one, whose counting goes on after it. Only a group whose labels refer to no level above can be one.
 */
export function ownGroup(levels: LevelPattern[], items: ListItem[], depth: number): LevelPattern | undefined {
  const level = levelOf(items[0]!.label, depth);
  if (!level || (levels[depth] && same(level, levels[depth]!))) return undefined;
  return /%[1-9]/.test(level.text.replace(`%${depth + 1}`, '')) ? undefined : level;
}

/**
 * The Word levels of a list whose labels Word's numbering prints exactly: one pattern per depth, taken from the
 * first label at that depth, then checked by counting the list through as Word does (a level restarts at its start
 * after any item above it). A sub-item group in another style is checked as a list of its own (see ownGroup).
 * Undefined when some label is not what Word would print (the Doc's numbers are the Doc's to decide): the list
 * then keeps its labels as text.
 */
export function listLevels(items: ListItem[], outer: LevelPattern[] = [], from = 0): LevelPattern[] | undefined {
  const levels: LevelPattern[] = outer.slice(0, from);
  const find = (list: ListItem[], depth: number): boolean => {
    if (levels[depth] && depth > from && ownGroup(levels, list, depth)) return true;
    for (const item of list) {
      if (!levels[depth]) {
        const level = levelOf(item.label, depth);
        if (!level) return false;
        levels[depth] = level;
      }
      if (item.children?.length && !find(item.children, depth + 1)) return false;
    }
    return true;
  };
  if (!find(items, from) || levels.length > 9 || levels.some((l) => !l)) return undefined;
  const counters: number[] = [];
  const check = (list: ListItem[], depth: number): boolean => {
    const own = depth > from ? ownGroup(levels, list, depth) : undefined;
    if (own) return listLevels(list, [...levels.slice(0, depth), own], depth) !== undefined;
    for (const item of list) {
      counters[depth] = counters[depth] === undefined ? levels[depth]!.start : counters[depth]! + 1;
      counters.length = depth + 1;
      if (printed(levels, depth, counters) !== item.label) return false;
      if (item.children?.length && !check(item.children, depth + 1)) return false;
    }
    return true;
  };
  return check(items, from) ? levels : undefined;
}

/** docx level options: the pattern, left aligned, a tab after the number, and the level's hanging indent. */
export function levelOptions(levels: LevelPattern[], indents: Array<{ left: number; hanging: number }>): ILevelsOptions[] {
  return levels.map((l, level) => ({
    level,
    format: l.format,
    text: l.text,
    start: l.start,
    style: { paragraph: { indent: indents[level]!, leftTabStop: indents[level]!.left } },
  }));
}
