import { section } from '../compose/layout.js';
import { projectCard } from '../compose/projects.js';
import { Typeset } from '../compose/typeset.js';
import { loadPlan } from '../model/loadPlan.js';
import { InputError, type Problem } from '../model/problems.js';
import { renderPdf } from '../render/pdf/renderPdf.js';
import { changedTexts, type FileChange } from './save.js';
import { withChangedFiles } from './planFiles.js';

export type PreviewResult = { status: 'pdf'; bytes: Buffer } | { status: 'problems'; problems: Problem[] } | { status: 'refused'; message: string };

/**
 * One project card as the plan prints it, with the page's unsaved edits: the plan is loaded from a
 * scratch copy holding the edited files, and the card composed and rendered by the real PDF writer.
 */
export async function previewCard(dir: string, changes: FileChange[], projectId: string): Promise<PreviewResult> {
  const prepared = changedTexts(dir, changes);
  if (!('texts' in prepared)) return { status: 'refused', message: 'message' in prepared ? prepared.message : '' };
  return withChangedFiles(dir, prepared.texts, async (copy) => {
    let plan;
    try {
      plan = loadPlan(copy);
    } catch (e) {
      if (e instanceof InputError) return { status: 'problems', problems: e.problems } as const;
      throw e;
    }
    const project = plan.projects.find((p) => p.id === projectId);
    if (!project) return { status: 'refused', message: `ไม่พบโครงการ ${projectId} — no such project` } as const;
    const ts = new Typeset(plan.digits);
    // Typed by what the writer takes, so the editor does not depend on where the document tree lives.
    const doc: Parameters<typeof renderPdf>[0] = {
      meta: { title: project.name, author: plan.organisation.name, subject: 'ตัวอย่างบัตรโครงการ', keywords: [], language: 'th-TH', date: new Date(0), names: [plan.organisation.name, ...plan.units.map((u) => u.name)] },
      sections: [section('preview', projectCard(ts, plan, project, false), { numbering: { style: 'none' } })],
    };
    const { bytes } = await renderPdf(doc);
    return { status: 'pdf', bytes } as const;
  });
}
