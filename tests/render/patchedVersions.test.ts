import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkPatchedVersions, installedPatchedVersions, PATCHED_VERSIONS } from '../../src/render/pdf/patchedVersions.js';

describe('the PDF writer checks the package versions it patches', () => {
  it('names the expected and the found version, in Thai and English, for a wrong version', () => {
    const found = { ...PATCHED_VERSIONS, pdfmake: '0.3.12', linebreak: undefined };
    let message = '';
    try {
      checkPatchedVersions(found);
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
});
