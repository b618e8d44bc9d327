import { composePlan } from '../compose/plan.js';
import { documentDate } from '../compose/plan.js';
import { loadPlan } from '../model/loadPlan.js';
import { InputError, type Problem } from '../model/problems.js';
import { renderDocx } from '../render/docx/renderDocx.js';
import { layoutPdf, renderPdf, type PdfResult } from '../render/pdf/renderPdf.js';
import { DOCUMENT_FORMATS, DOCUMENTS, FORMATS, outputFileName, type DocumentName, type Format } from './documents.js';
import { rememberPlanPages } from './planPages.js';
import { publish, type RenderedFile } from './publish.js';
import { lossProblems } from '../verify/locateLoss.js';
import { missingRuns } from '../verify/verifyText.js';

export interface BuildOptions {
  data: string;
  only?: string[];
  formats?: string[];
  out: string;
  log: (line: string) => void;
}

function pick<T extends string>(given: string[] | undefined, all: readonly T[], flag: string): T[] {
  if (!given?.length) return [...all];
  const wrong = given.filter((g) => !all.includes(g as T));
  if (wrong.length) {
    throw new InputError(wrong.map((w) => ({
      file: `--${flag}`, line: 1, column: 1, path: '', message: `ไม่รู้จัก "${w}" — expected one of: ${all.join(', ')}`,
    })));
  }
  return all.filter((a) => given.includes(a));
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/**
 * Loads and checks the plan, renders every requested document in memory, and only then writes
 * them (atomically) with the manifest: bad data or a failed render leaves out/ untouched.
 */
export async function buildAll(options: BuildOptions): Promise<{ dir: string; files: RenderedFile[] }> {
  const documents = pick(options.only, Object.keys(DOCUMENTS) as DocumentName[], 'only');
  const formats = pick(options.formats, FORMATS, 'format');
  const t0 = performance.now();
  const plan = loadPlan(options.data);
  options.log(`แผน ${plan.id} ฉบับ ${plan.version}: ${plan.projects.length} โครงการ — building ${documents.join(', ')} as ${formats.join(', ')}`);
  // The plan's appendix holds both letters; each letter names its own emblem (or none).
  const missing = new Set<string>();
  if (documents.some((d) => d !== 'announcement') && plan.order.emblemMissing) missing.add(plan.order.emblemMissing);
  if (documents.some((d) => d !== 'order') && plan.announcement.emblemMissing) missing.add(plan.announcement.emblemMissing);
  for (const path of missing) {
    options.log(`คำเตือน: ไม่พบไฟล์ตราครุฑ ${path} ในโฟลเดอร์ของแผน — เว้นที่ว่าง ๓ ซม. ไว้ (ดู README: การเพิ่มตราครุฑ) — warning: emblem image missing, space kept`);
  }
  const files: RenderedFile[] = [];
  const lost: Problem[] = [];
  // The questions list prints the plan's page of each item: made after the plan, whose layout it then reuses instead
  // of laying the plan out a second time; the files are still written in DOCUMENTS' order (publish below).
  const making = [...documents].sort((a, b) => Number(a === 'questions') - Number(b === 'questions'));
  const rank = new Map<string, number>();
  for (const document of making) {
    const doc = await DOCUMENTS[document](plan);
    // The DOCX's table of contents carries the PDF's page labels, whether or not the PDF is asked for,
    // so a DOCX is the same bytes however it was requested.
    // Only what the DOCX and the plan's letters need of the layout is kept: the laid-out text (for the check) and
    // the PDF's bytes would otherwise stay on the heap through the DOCX, the build's largest.
    let layout: Pick<PdfResult, 'pageLabels' | 'pageTexts' | 'pageStarts'> | undefined;
    for (const format of formats.filter((f) => (DOCUMENT_FORMATS[document] ?? FORMATS).includes(f))) {
      const t = performance.now();
      const file = outputFileName(plan, document, format);
      let rendered: { bytes: Buffer; pages: number | null };
      if (format === 'pdf') {
        const pdf = await renderPdf(doc);
        // The PDF must carry every word of the Doc: a build that would lose any writes nothing.
        lost.push(...lossProblems(file, missingRuns(doc, pdf.laidOutText), plan.sourceFiles));
        rendered = { bytes: pdf.bytes, pages: pdf.pages };
        layout = { pageLabels: pdf.pageLabels, pageTexts: pdf.pageTexts, pageStarts: pdf.pageStarts };
      } else {
        layout ??= await layoutPdf(doc);
        // The plan's layout is garbage by now; collecting it before the DOCX, the build's largest
        // heap, keeps the peak down (only when node runs with --expose-gc, as npm run build does).
        // The letters are a few pages each: collecting around them costs more time than it saves room.
        if (document === 'plan') (globalThis as { gc?: () => void }).gc?.();
        rendered = { ...(await renderDocx(doc, { pageLabels: layout.pageLabels, pageStarts: layout.pageStarts })), pages: null };
      }
      if (document === 'plan' && layout) rememberPlanPages(plan, layout);
      files.push({ file, bytes: rendered.bytes, pages: rendered.pages });
      rank.set(file, Object.keys(DOCUMENTS).indexOf(document) * FORMATS.length + FORMATS.indexOf(format));
      const pages = rendered.pages === null ? '' : `${rendered.pages} หน้า, `;
      options.log(`  ${file}  ${pages}${kb(rendered.bytes.length)}, ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  }
  if (lost.length) throw new InputError(lost);
  files.sort((a, b) => rank.get(a.file)! - rank.get(b.file)!);
  const { dir } = publish(plan, documentDate(plan), files, options.out, options.log);
  options.log(`เสร็จ ${files.length} ไฟล์ใน ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s) — manifest.json, SHA256SUMS`);
  return { dir, files };
}
