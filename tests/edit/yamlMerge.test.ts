import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedText } from '../../src/edit/save.js';

const FILE = `# a person's file
title: "แผน ๕ ปี"   # quoted on purpose
years: { from: 2566, to: 2570 }
matrix:
  - { level: 5, cells: [high, low] }
items:
  # the first item
  - one
  - two
note: |
  line one
  line two
`;

describe('writing a changed value back into the YAML a person wrote', () => {
  it('changes only the lines of the values that changed', () => {
    const value = parse(FILE);
    value.years.to = 2571;
    value.note = 'line one\nline 2\n';
    expect(changedText(FILE, value)).toBe(FILE.replace('to: 2570', 'to: 2571').replace('  line two', '  line 2'));
  });

  it('adds, removes and moves items, keeping comments and the untouched items as written', () => {
    const value = parse(FILE);
    value.items = ['two', 'one', 'three'];
    delete value.note;
    const out = changedText(FILE, value);
    expect(out).toContain('# a person\'s file\ntitle: "แผน ๕ ปี"   # quoted on purpose\n');
    expect(out).toContain('  - { level: 5, cells: [high, low] }\n');
    expect(parse(out)).toEqual(value);
    expect(out).not.toContain('note:');
  });

  it('gives back the very same text when nothing changed', () => {
    expect(changedText(FILE, parse(FILE))).toBe(FILE);
  });
});
