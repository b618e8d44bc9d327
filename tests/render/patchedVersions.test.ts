import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { installedPatchMarks, PATCHED_FILES, type PatchMarks } from '../../src/render/pdf/appliedPatches.js';
import { checkPatchedVersions, installedPatchedVersions, PATCHED_VERSIONS } from '../../src/render/pdf/patchedVersions.js';

const allMarked = Object.fromEntries(Object.keys(PATCHED_FILES).map((file) => [file, true])) as PatchMarks;

/** The message checkPatchedVersions throws, or '' when it accepts. */
function complaint(...args: Parameters<typeof checkPatchedVersions>): string {
  try {
    checkPatchedVersions(...args);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the PDF writer checks the package versions it patches', () => {
  it('names the expected and the found version, in Thai and English, for a wrong version', () => {
    const found = { ...PATCHED_VERSIONS, pdfmake: '0.3.12', linebreak: undefined };
    let message = '';
    try {
      checkPatchedVersions(found, allMarked);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('pdfmake: ต้องการรุ่น 0.3.11 แต่พบรุ่น 0.3.12 — expects 0.3.11, found 0.3.12');
    expect(message).toContain('linebreak: ต้องการรุ่น 1.1.0 แต่พบรุ่น ไม่พบ — not found — expects 1.1.0, found none');
    expect(message).not.toContain('pdfkit:');
    expect(message).toContain('npm ci');
  });

  it('accepts the installed packages, which are the versions package.json pins exactly', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(PATCHED_VERSIONS)) expect(pkg.dependencies[name], name).toBe(version);
    expect(installedPatchedVersions()).toEqual(PATCHED_VERSIONS);
    expect(() => checkPatchedVersions()).not.toThrow();
  });

  it('names each package file that lacks its patch from patches/ and says to run npm ci or npx patch-package', () => {
    const message = complaint(PATCHED_VERSIONS, { ...allMarked, 'pdfmake/js/Line.js': false, 'pdfkit/js/pdfkit.js': false });
    expect(message).toContain('node_modules/pdfmake/js/Line.js: ยังไม่ได้ปรับแก้ตาม patches/pdfmake+0.3.11.patch — lacks the changes of patches/pdfmake+0.3.11.patch');
    expect(message).toContain('node_modules/pdfkit/js/pdfkit.js: ยังไม่ได้ปรับแก้ตาม patches/pdfkit+0.19.1.patch');
    expect(message).not.toContain('TextInlines.js');
    expect(message).not.toContain('ต้องการรุ่น');
    expect(message).toContain('npm ci');
    expect(message).toContain('npx patch-package');
  });

  it('finds every patch applied to the files pdfmake runs, each of which the patches in patches/ change', () => {
    expect(installedPatchMarks()).toEqual(allMarked);
    const diffs = readdirSync('patches').map((name) => readFileSync(`patches/${name}`, 'utf8')).join('');
    for (const file of Object.keys(PATCHED_FILES)) {
      expect(diffs, file).toContain(`+++ b/node_modules/${file}\n`);
    }
    expect(complaint()).toBe('');
  });
});
