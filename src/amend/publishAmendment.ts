import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, sep } from 'node:path';
import { sha256, sha256File } from '../publish/hashing.js';
import { buildManifest, sha256Sums, type Manifest } from '../publish/manifest.js';
import { MANIFEST, SUMS, type RenderedFile } from '../publish/publish.js';
import type { PlanChanges } from './changes.js';
import { rangeName } from './naming.js';
import type { PlanVersion } from './versions.js';

/** out/<plan>/amendments/<from-rev>..<to-rev>/ */
export function amendmentDir(c: PlanChanges, root = 'out'): string {
  return join(root, c.to.id, 'amendments', rangeName(c));
}

/** The plan's manifest, with both versions' data (and where each was read from) as inputs. */
export interface AmendmentManifest extends Manifest {
  amendment: {
    number: number | null;
    /** The old version: where it was read from and its data files (the new one's are inputs.data). */
    from: { version: string; source: string; data: Array<{ file: string; sha256: string }> };
    to: { version: string; source: string };
  };
}

const describe = (v: PlanVersion) => (v.source.kind === 'git' ? `git ${v.source.commit} (${v.source.ref})` : `folder ${v.source.folder}`);
/** Data files by their names inside the plan folder: the same version gives the same manifest wherever it lies. */
const dataOf = (v: PlanVersion) =>
  [...v.plan.sourceFiles].sort().map((f) => ({ file: relative(v.folder, f).split(sep).join('/'), sha256: sha256File(f) }));

/** A hidden sibling's name: `.name.<pid>.<random>.<kind>`, so a later run can tell whose it was. */
const sibling = (dir: string, kind: 'tmp' | 'old') => join(dirname(dir), `.${basename(dir)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders a killed run left beside `dir`. */
function removeStale(dir: string): void {
  const prefix = `.${basename(dir)}.`;
  for (const name of readdirSync(dirname(dir))) {
    const pid = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]+\.(tmp|old)$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid && !alive(Number(pid))) rmSync(join(dirname(dir), name), { recursive: true, force: true });
  }
}

/**
 * Writes the amendment's folder as a whole: every file, the manifest and SHA256SUMS go to a hidden
 * folder beside it, which then replaces the old folder by renames. A reader (or `sha256sum -c`)
 * sees the old set or the new one, never a mix; a failure leaves the old set as it was.
 */
export function publishAmendment(c: PlanChanges, from: PlanVersion, to: PlanVersion, number: number | undefined, documentDate: Date, files: RenderedFile[], templates: Array<{ file: string; path: string }>, root = 'out'): { dir: string; manifest: AmendmentManifest } {
  const dir = amendmentDir(c, root);
  mkdirSync(dirname(dir), { recursive: true });
  removeStale(dir);
  const base = buildManifest(c.to, documentDate, files.map((f) => ({ file: f.file, sha256: sha256(f.bytes), bytes: f.bytes.length, pages: f.pages })));
  const manifest: AmendmentManifest = {
    ...base,
    version: rangeName(c),
    inputs: { ...base.inputs, data: dataOf(to), templates: templates.map((t) => ({ file: t.file, sha256: sha256File(t.path) })) },
    amendment: {
      number: number ?? null,
      from: { version: c.from.version, source: describe(from), data: dataOf(from) },
      to: { version: c.to.version, source: describe(to) },
    },
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const all = [...files.map((f) => ({ file: f.file, bytes: f.bytes as Buffer | string })), { file: MANIFEST, bytes: manifestText }];
  const temp = sibling(dir, 'tmp');
  const old = sibling(dir, 'old');
  try {
    mkdirSync(temp);
    for (const f of all) writeFileSync(join(temp, f.file), f.bytes);
    writeFileSync(join(temp, SUMS), sha256Sums(all));
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(temp, dir);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
    throw new Error(`เขียนไฟล์ไม่สำเร็จ ${dir}: ${(e as Error).message} — nothing was replaced`);
  }
  rmSync(old, { recursive: true, force: true });
  return { dir, manifest };
}
