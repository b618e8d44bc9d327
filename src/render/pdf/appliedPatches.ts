import { requireFromPdfmake } from './pdfmakeInternals.js';

/**
 * The package files that patch-package changes when the packages are installed (`postinstall`, from
 * the diffs in patches/), by the id pdfmakeModules.cjs reaches the copy pdfmake runs. Each patched
 * file sets `patchedByItaPlan` on what it exports; a file without it is the package's own, and the
 * writer would lay text out slowly or write wrong ToUnicode entries without a word of warning.
 */
export const PATCHED_FILES = {
  'pdfmake/js/LayoutBuilder.js': './LayoutBuilder.js',
  'pdfmake/js/Line.js': './Line.js',
  'pdfmake/js/TextInlines.js': './TextInlines.js',
  'pdfkit/js/pdfkit.js': 'pdfkit',
} as const;

export type PatchedFile = keyof typeof PATCHED_FILES;
export type PatchMarks = Record<PatchedFile, boolean>;

/** Whether each file pdfmake runs carries its patch's mark. */
export function installedPatchMarks(): PatchMarks {
  const marks = {} as PatchMarks;
  for (const file of Object.keys(PATCHED_FILES) as PatchedFile[]) {
    const exported = requireFromPdfmake(PATCHED_FILES[file]) as { patchedByItaPlan?: unknown } | undefined;
    marks[file] = exported?.patchedByItaPlan === true;
  }
  return marks;
}

/** The diff patch-package applies to a package: `patches/<name>+<version>.patch`. */
export function patchFile(name: string, version: string): string {
  return `patches/${name}+${version}.patch`;
}

/** One line per file that lacks its patch (named with the package versions patched); empty when every patch is applied. */
export function unappliedPatches(marks: PatchMarks, versions: Readonly<Record<string, string>>): string[] {
  const lines: string[] = [];
  for (const file of Object.keys(PATCHED_FILES) as PatchedFile[]) {
    if (marks[file]) continue;
    const name = file.slice(0, file.indexOf('/'));
    const patch = patchFile(name, versions[name] ?? '?');
    lines.push(`node_modules/${file}: ยังไม่ได้ปรับแก้ตาม ${patch} — lacks the changes of ${patch}`);
  }
  return lines;
}
