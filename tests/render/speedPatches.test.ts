import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { applyPatch, parsePatch, reversePatch } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import { composeOrder, composePlan } from '../../src/compose/plan.js';
import { loadPlan } from '../../src/model/loadPlan.js';
import { patchFile } from '../../src/render/pdf/appliedPatches.js';
import { PATCHED_VERSIONS } from '../../src/render/pdf/patchedVersions.js';
import { requireFromPdfmake } from '../../src/render/pdf/pdfmakeInternals.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { setSpeedPatchesEnabled } from '../../src/render/pdf/speedPatches.js';
import { BUNDLED_PLAN } from '../helpers.js';
import { pageImages } from '../pdfText.js';

/**
 * pdfmake's measure and line fitting are changed in its own files (patches/pdfmake+0.3.11.patch,
 * applied on install), so they cannot be turned off: the functions they replace are rebuilt here
 * from the installed files with the patch reversed (which must give pdfmake 0.3.11's own files), and
 * a switch under pdfmake's prototypes picks upstream's function or the patched one. The switch goes
 * in before this process renders anything, so the wrappers the writer adds (layoutText.ts) wrap it.
 */
type Proto = Record<string, (...args: unknown[]) => unknown>;
/** Each patched method, with a piece of the patched text that neither upstream nor a wrapper has. */
const PATCHED: Array<[file: string, className: string, method: string, patchedText: string]> = [
  ['TextInlines.js', 'TextInlines', 'measure', 'continuesRun'],
  ['LayoutBuilder.js', 'LayoutBuilder', 'buildNextLine', 'textNode._inlines, 1)'],
  ['Line.js', 'Line', 'hasEnoughSpaceForInline', 'nextStart'],
];
const pdfmakeJs = dirname(createRequire(import.meta.url).resolve('pdfmake/js/LayoutBuilder.js'));

/** pdfmake's own text of a file: the installed one with the patch's hunk for it reversed. */
function upstreamSource(file: string): string {
  const diff = patchFile('pdfmake', PATCHED_VERSIONS.pdfmake);
  const patch = parsePatch(readFileSync(diff, 'utf8')).find((p) => p.newFileName === `b/node_modules/pdfmake/js/${file}`);
  if (!patch) throw new Error(`${diff} does not change js/${file}`);
  const source = applyPatch(readFileSync(join(pdfmakeJs, file), 'utf8'), reversePatch(patch));
  if (source === false) throw new Error(`js/${file} is not patched as ${diff} says: run npm ci`);
  return source;
}

/** The upstream file as a module of its own beside pdfmake's (its requires reach pdfmake's instances). */
function upstreamPrototype(file: string): Proto {
  const filename = join(pdfmakeJs, `upstream-${file}`);
  const module = new Module(filename) as Module & { _compile(source: string, filename: string): void };
  module.filename = filename;
  module.paths = createRequire(filename).resolve.paths('x') ?? [];
  module._compile(upstreamSource(file), filename);
  return (module.exports as { default: { prototype: Proto } }).default.prototype;
}

let upstream = false;
for (const [file, , method, patchedText] of PATCHED) {
  const proto = (requireFromPdfmake(`./${file}`) as { default: { prototype: Proto } }).default.prototype;
  const patched = proto[method]!;
  // No render may have run in this process yet: the writer's wrappers would be replaced, not wrapped.
  if (!String(patched).includes(patchedText)) {
    throw new Error(`pdfmake's ${method} is already wrapped or not patched: this file must set its switch before any render`);
  }
  const original = upstreamPrototype(file)[method]!;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    return (upstream ? original : patched).apply(this, args);
  };
}

afterAll(() => {
  upstream = false;
  setSpeedPatchesEnabled(true);
});

describe("pdfmake's speed patches (style once per run, linear line fitting, a line's run drawn as one)", () => {
  const plan = loadPlan(BUNDLED_PLAN);

  it('rebuild upstream functions that differ from the installed ones', () => {
    for (const [file, className, method, patchedText] of PATCHED) {
      const source = upstreamSource(file);
      expect(source, file).not.toContain('patchedByItaPlan');
      expect(source, file).not.toContain(patchedText);
      expect(source, file).toContain(`class ${className} {`);
      expect(source, file).toContain(`  ${method}(`);
    }
    expect(upstreamSource('LayoutBuilder.js')).toContain('hasEnoughSpaceForInline(textNode._inlines[0], textNode._inlines.slice(1))');
  });

  it.each([
    ['the plan', () => composePlan(plan)],
    ['the order', () => composeOrder(plan)],
  ])("change no byte of %s against pdfmake's own measure and line fitting, and no pixel against drawing word by word", async (_name, compose) => {
    upstream = true;
    const own = await renderPdf(compose());
    upstream = false;
    const fast = await renderPdf(compose());
    expect(Buffer.compare(fast.bytes, own.bytes), 'patched measure and line fitting: the same bytes').toBe(0);

    setSpeedPatchesEnabled(false);
    const wordByWord = await renderPdf(compose());
    setSpeedPatchesEnabled(true);
    expect(fast.pages).toBe(wordByWord.pages);
    expect([...fast.pageLabels]).toEqual([...wordByWord.pageLabels]);
    const [before, after] = [pageImages(wordByWord.bytes), pageImages(fast.bytes)];
    expect(after.length).toBe(before.length);
    const differing = after.map((image, i) => (image.equals(before[i]!) ? 0 : i + 1)).filter(Boolean);
    expect(differing, 'pages whose pixels differ').toEqual([]);
    // And the drawing is leaner: fewer text objects, so a smaller file.
    expect(fast.bytes.length).toBeLessThan(wordByWord.bytes.length);
  });
});
