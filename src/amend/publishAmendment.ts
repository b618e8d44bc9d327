import { join, relative, sep } from 'node:path';
import { sha256File } from '../publish/hashing.js';
import { buildManifest, type Manifest } from '../publish/manifest.js';
import { publishSet, type RenderedFile } from '../publish/publish.js';
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

/**
 * Publishes the amendment's folder as a whole (publishSet in publish.ts): a reader (or `sha256sum -c`)
 * sees the old set or the new one, never a mix; a failure leaves the old set as it was.
 */
export function publishAmendment(c: PlanChanges, from: PlanVersion, to: PlanVersion, number: number | undefined, documentDate: Date, files: RenderedFile[], templates: Array<{ file: string; path: string }>, root = 'out'): { dir: string; manifest: AmendmentManifest } {
  const dir = amendmentDir(c, root);
  return publishSet(dir, files, (entries): AmendmentManifest => {
    const base = buildManifest(c.to, documentDate, entries);
    return {
      ...base,
      version: rangeName(c),
      inputs: { ...base.inputs, data: dataOf(to), templates: templates.map((t) => ({ file: t.file, sha256: sha256File(t.path) })) },
      amendment: {
        number: number ?? null,
        from: { version: c.from.version, source: describe(from), data: dataOf(from) },
        to: { version: c.to.version, source: describe(to) },
      },
    };
  }, root);
}
