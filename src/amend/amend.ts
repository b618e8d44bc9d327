import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../doc/doc.js';
import { documentDate } from '../compose/plan.js';
import { displayPath } from '../model/files.js';
import { InputError } from '../model/problems.js';
import { problemAt, readYaml } from '../model/source.js';
import { TEMPLATE_DIR } from '../paths.js';
import { FORMATS, type Format } from '../publish/documents.js';
import type { RenderedFile } from '../publish/publish.js';
import { renderDocx } from '../render/docx/renderDocx.js';
import { layoutPdf, renderPdf } from '../render/pdf/renderPdf.js';
import { AMENDMENT_FILE, readAmendmentFacts } from './amendmentFacts.js';
import { hasChanges, type PlanChanges } from './changes.js';
import { composeAmendment } from './composeAmendment.js';
import { ANNOUNCEMENT_TEMPLATE, composeAmendmentAnnouncement } from './composeAnnouncement.js';
import { composeChangeReport } from './composeChangeReport.js';
import { diffPlans } from './diffPlans.js';
import { rangeName } from './naming.js';
import { publishAmendment } from './publishAmendment.js';
import { changesSummary } from './summaryText.js';
import { loadVersion, Scratch, type PlanVersion } from './versions.js';

export interface AmendOptions {
  /** A plan folder, or a git commit or tag of the repository holding `data`. */
  from: string;
  /** The same; absent = the folder `data` as it is now. */
  to?: string;
  data: string;
  out: string;
  formats?: string[];
  log: (line: string) => void;
}

export interface AmendResult {
  changes: PlanChanges;
  /** The folder written; absent when the versions do not differ. */
  dir?: string;
  files: RenderedFile[];
}

const where = (v: PlanVersion) => (v.source.kind === 'git' ? `git ${v.source.commit.slice(0, 7)} (${v.source.ref})` : `โฟลเดอร์ ${displayPath(v.source.folder)}`);

function flagError(flag: string, message: string): InputError {
  return new InputError([{ file: flag, line: 1, column: 1, path: '', message }]);
}

/** A new version without a new revision id would overwrite the old one's name: located at plan.yaml's revision. */
function sameRevisionError(to: PlanVersion): InputError {
  const file = join(to.folder, 'plan.yaml');
  const message = `ฉบับใหม่ยังใช้เลขฉบับแก้ไขเดิม (${to.plan.version}) — the new version must carry a new revision id: change revision.number and revision.date`;
  const read = readYaml(file, to.nameOf(file));
  return new InputError([read.source ? problemAt(read.source, ['revision', 'number'], message) : { file: to.nameOf(file), line: 1, column: 1, path: 'revision', message }]);
}

/** A document in each format asked for; the DOCX takes its page labels from the PDF's layout, as the plan's does. */
async function render(doc: Doc, formats: Format[]): Promise<Map<Format, { bytes: Buffer; pages: number | null }>> {
  const out = new Map<Format, { bytes: Buffer; pages: number | null }>();
  let layout: Awaited<ReturnType<typeof renderPdf>> | undefined;
  for (const format of formats) {
    if (format === 'pdf') out.set(format, (layout = await renderPdf(doc)));
    else {
      layout ??= await layoutPdf(doc);
      out.set(format, { ...(await renderDocx(doc, { pageLabels: layout.pageLabels, pageStarts: layout.pageStarts })), pages: null });
    }
  }
  return out;
}

/**
 * Compares two versions of a plan and, when they differ, writes the change report, the amendment
 * and its announcement (PDF and DOCX) with a manifest and SHA256SUMS to
 * out/<plan>/amendments/<from>..<to>/. Everything is rendered before anything is written.
 */
export async function amend(options: AmendOptions): Promise<AmendResult> {
  const formats = (options.formats?.length ? options.formats : FORMATS) as Format[];
  const wrong = formats.filter((f) => !FORMATS.includes(f));
  if (wrong.length) throw flagError('--format', `ไม่รู้จัก "${wrong.join(', ')}" — expected one of: ${FORMATS.join(', ')}`);
  const scratch = new Scratch();
  try {
    const from = loadVersion(options.from, options.data, scratch);
    const to = loadVersion(options.to, options.data, scratch);
    if (from.plan.id !== to.plan.id) {
      throw flagError('--from/--to', `เป็นแผนคนละฉบับ (${from.plan.id} กับ ${to.plan.id}) — expected two versions of one plan`);
    }
    const changes = diffPlans(from.plan, to.plan);
    if (!hasChanges(changes)) {
      options.log(`ไม่มีการเปลี่ยนแปลง ไม่ได้สร้างไฟล์ใด — no changes between ${where(from)} and ${where(to)}; nothing was written`);
      return { changes, files: [] };
    }
    if (from.plan.version === to.plan.version) throw sameRevisionError(to);
    options.log(changesSummary(changes));

    const facts = readAmendmentFacts(to.folder, to.nameOf);
    const docs: Array<[string, Doc]> = [['changes', composeChangeReport(changes, { from: where(from), to: where(to) })]];
    if (facts) {
      const missing = to.plan.announcement.emblemMissing;
      if (missing) options.log(`คำเตือน: ไม่พบไฟล์ตราครุฑ ${missing} ในโฟลเดอร์ของแผน — เว้นที่ว่าง ๓ ซม. ไว้ — warning: emblem image missing, space kept`);
      docs.push(['amendment', composeAmendment(changes, facts)], ['announcement', composeAmendmentAnnouncement(changes, facts)]);
    } else {
      options.log(`หมายเหตุ: ไม่มี ${AMENDMENT_FILE} ในฉบับใหม่ จึงสร้างเฉพาะรายงานการเปลี่ยนแปลง (ดู README) — note: no ${AMENDMENT_FILE}, so only the change report is made`);
    }
    const files: RenderedFile[] = [];
    for (const [name, doc] of docs) {
      for (const [format, rendered] of await render(doc, formats)) {
        const file = `${changes.to.id}_${rangeName(changes)}_${name}.${format}`;
        files.push({ file, ...rendered });
        options.log(`  ${file}${rendered.pages ? `  ${rendered.pages} หน้า` : ''}`);
      }
    }
    const own = join(to.folder, 'templates', `${ANNOUNCEMENT_TEMPLATE}.hbs`);
    const template = existsSync(own) ? { file: to.nameOf(own), path: own } : { file: displayPath(join(TEMPLATE_DIR, `${ANNOUNCEMENT_TEMPLATE}.hbs`)), path: join(TEMPLATE_DIR, `${ANNOUNCEMENT_TEMPLATE}.hbs`) };
    const { dir } = publishAmendment(changes, from, to, facts?.number, documentDate(to.plan), files, facts ? [template] : [], options.out);
    options.log(`เสร็จ ${files.length} ไฟล์ใน ${dir} — manifest.json, SHA256SUMS`);
    return { changes, dir, files };
  } finally {
    scratch.dispose();
  }
}
