import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/model/loadPlan.js';
import { InputError } from '../../src/model/problems.js';
import { copyOfPlan, removeCopies } from '../helpers.js';

afterAll(removeCopies);

/** mulberry32: a small seeded generator, so every run makes the same mutations. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20261201;
const MUTATIONS = 32;
/** What a mutation may insert: YAML syntax, hidden characters, Thai, huge numbers, broken bytes. */
const INSERTS = [': ', '- ', '{', '}', '[', '&a', '*a', '!!str ', '"', "'", '#', '\t', '\u0000', '\u202e', '\u200b', 'ก', '๑', '9007199254740993', '-1', '1.5', '\n  ', '\r', 'ä', '\ufeff'];

describe('fuzzed plan folders', () => {
  it(`never crash check: ${MUTATIONS} seeded mutations either load or give located problems`, () => {
    const next = random(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const dir = copyOfPlan();
    const files = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
    const originals = new Map(files.map((f) => [f, readFileSync(join(dir, f))]));
    const outcomes = { loaded: 0, refused: 0 };
    for (let i = 0; i < MUTATIONS; i++) {
      const file = pick(files);
      const bytes = Buffer.from(originals.get(file)!);
      const lines = bytes.toString('utf8').split('\n');
      const at = Math.floor(next() * bytes.length);
      const line = Math.floor(next() * lines.length);
      let mutated: Buffer;
      switch (Math.floor(next() * 6)) {
        case 0: // flip one byte
          bytes[at] = bytes[at]! ^ (1 << Math.floor(next() * 8));
          mutated = bytes;
          break;
        case 1: // drop a line
          mutated = Buffer.from(lines.filter((_, n) => n !== line).join('\n'));
          break;
        case 2: // repeat a line
          mutated = Buffer.from([...lines.slice(0, line + 1), ...lines.slice(line)].join('\n'));
          break;
        case 3: // cut the file short
          mutated = bytes.subarray(0, at);
          break;
        case 4: // insert something
          mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(INSERTS)), bytes.subarray(at)]);
          break;
        default: // swap two lines
          [lines[line], lines[0]] = [lines[0]!, lines[line]!];
          mutated = Buffer.from(lines.join('\n'));
      }
      writeFileSync(join(dir, file), mutated);
      try {
        loadPlan(dir);
        outcomes.loaded++;
      } catch (e) {
        expect(e, `mutation ${i} of ${file}`).toBeInstanceOf(InputError);
        const problems = (e as InputError).problems;
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) {
          expect(p.file, `mutation ${i} of ${file}`).toMatch(/\S/);
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message).toMatch(/ — /);
        }
        outcomes.refused++;
      }
      writeFileSync(join(dir, file), originals.get(file)!);
    }
    // Most mutations break the data; a few (a comment, a repeated list item) still load.
    expect(outcomes.refused).toBeGreaterThan(MUTATIONS / 2);
    expect(outcomes.loaded + outcomes.refused).toBe(MUTATIONS);
  });
});
