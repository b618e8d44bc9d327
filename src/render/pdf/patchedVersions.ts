import { installedPatchMarks, unappliedPatches, type PatchMarks } from './appliedPatches.js';
import { installedVersion } from './installedVersions.cjs';

/**
 * The exact versions whose internals the patches in this folder were written against (and which
 * package.json pins). The patches reach into private functions (see README.md in this folder); any
 * other version may lay text out differently or not at all, so the writer refuses to run on one
 * rather than write a subtly wrong document. To upgrade: change package.json and this list
 * together, then check every patch against the new code as README.md describes.
 */
export const PATCHED_VERSIONS = {
  pdfmake: '0.3.11',
  pdfkit: '0.19.1',
  fontkit: '2.0.4',
  linebreak: '1.1.0',
} as const;

export type PatchedPackage = keyof typeof PATCHED_VERSIONS;
export type FoundVersions = Record<PatchedPackage, string | undefined>;

export function installedPatchedVersions(): FoundVersions {
  const found = {} as FoundVersions;
  for (const name of Object.keys(PATCHED_VERSIONS) as PatchedPackage[]) found[name] = installedVersion(name);
  return found;
}

/** One line per package whose installed version is not the one patched; empty when all match. */
export function versionMismatches(found: FoundVersions): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(PATCHED_VERSIONS) as PatchedPackage[]) {
    const expected = PATCHED_VERSIONS[name];
    const actual = found[name];
    if (actual === expected) continue;
    const shown = actual ?? 'ไม่พบ — not found';
    lines.push(`${name}: ต้องการรุ่น ${expected} แต่พบรุ่น ${shown} — expects ${expected}, found ${actual ?? 'none'}`);
  }
  return lines;
}

/**
 * Throws before any patch is applied, naming every package whose version differs and every package
 * file that lacks its diff from patches/ (applied by patch-package when npm installs). `found` and
 * `marks` are what is installed unless a test passes its own.
 */
export function checkPatchedVersions(found: FoundVersions = installedPatchedVersions(), marks: PatchMarks = installedPatchMarks()): void {
  const versions = versionMismatches(found);
  const unapplied = unappliedPatches(marks, PATCHED_VERSIONS);
  if (versions.length === 0 && unapplied.length === 0) return;
  const parts: string[] = [];
  if (versions.length > 0) {
    parts.push(
      `ตัวเขียน PDF ปรับแก้ภายในของแพ็กเกจรุ่นที่ระบุเท่านั้น — the PDF writer patches these exact package versions:\n` +
        versions.map((l) => `  ${l}\n`).join(''),
    );
  }
  if (unapplied.length > 0) {
    parts.push(
      `ไฟล์ของแพ็กเกจยังไม่ได้ปรับแก้ตาม patches/ — package files the PDF writer needs patched are not:\n` +
        unapplied.map((l) => `  ${l}\n`).join(''),
    );
  }
  throw new Error(
    parts.join('') +
      `ให้สั่ง npm ci เพื่อติดตั้งรุ่นตาม package-lock.json และปรับแก้ตาม patches/ (หรือ npx patch-package)` +
      ` — run npm ci to install the locked versions and apply patches/ (or npx patch-package)` +
      ` (to upgrade, see src/render/pdf/README.md)`,
  );
}
