import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/publish/buildAll.js';
import { BUILT_PLANS, BUNDLED_PLAN, copyOfPlan, edit, problemsOf, removeCopies } from '../helpers.js';
import { fontSizes, mostCommon } from '../pdfContent.js';
import { writeTemp } from '../pdfText.js';

afterAll(removeCopies);

/** A second face standing in for an office's own TH SarabunIT๙ (tests/fixtures/fonts/README.md). */
const FONTS = resolve('tests/fixtures/fonts');
const typeface = (regular: string) =>
  `typeface:\n  name: Laksaman\n  regular: ${regular}\n  bold: ${join(FONTS, 'Laksaman-Bold.ttf')}\n`;

/** A copy of the plan that names the stand-in face in plan.yaml, after its digits. */
function withTypeface(data: string, regular: string): { dir: string; line: number } {
  const dir = copyOfPlan(data);
  const digits = /^digits: .*\n/m.exec(readFileSync(join(dir, 'plan.yaml'), 'utf8'))![0];
  const { line } = edit(dir, 'plan.yaml', digits, `${digits}${typeface(regular)}`, 'regular:');
  return { dir, line };
}

describe.each(BUILT_PLANS)('%s, naming its own typeface files (the office’s TH SarabunIT๙/PSK)', (data) => {
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'ita-face-'));
    const built = await buildAll({ data: withTypeface(data, join(FONTS, 'Laksaman.ttf')).dir, out, only: ['order'], log: () => undefined });
    files = new Map(built.files.map((f) => [f.file.endsWith('.pdf') ? 'pdf' : 'docx', f.bytes]));
  });

  it('embeds that face in the PDF, and no other', () => {
    const pdf = writeTemp('order.pdf', files.get('pdf')!);
    const fonts = execFileSync('pdffonts', [pdf]).toString().split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f).toMatch(/Laksaman/);
      expect(f).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, ToUnicode
    }
  });

  it('sets body text at exactly the official 16 pt', () => {
    expect(mostCommon(fontSizes(files.get('pdf')!))).toBe(16);
  });

  it('names the face in the DOCX at 16 pt and does not embed it (it is not ours to hand on)', () => {
    const parts = unzipSync(new Uint8Array(files.get('docx')!));
    const styles = strFromU8(parts['word/styles.xml']!);
    for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(styles).toContain(`w:${slot}="Laksaman"`);
    expect(styles).not.toContain('"Sarabun"');
    expect(/<w:docDefaults>[\s\S]*?<w:szCs w:val="(\d+)"/.exec(styles)![1]).toBe('32');
    expect(Object.keys(parts).filter((p) => p.startsWith('word/fonts/'))).toEqual([]);
  });

});

describe('a typeface named in plan.yaml that cannot be used', () => {
  it('is reported when missing or not TrueType, at its place in plan.yaml', () => {
    const { dir, line } = withTypeface(BUNDLED_PLAN, 'fonts/none.ttf');
    const problems = problemsOf(dir);
    expect(problems.map((p) => [p.file.endsWith('plan.yaml'), p.line, p.path])).toEqual([[true, line, 'typeface.regular']]);
    expect(problems[0]!.message).toContain('ไม่พบไฟล์แบบอักษร');
    expect(problemsOf(withTypeface(BUNDLED_PLAN, join(FONTS, 'README.md')).dir)[0]!.message).toContain('TrueType');
  });
});
