import type { Doc } from '../doc/doc.js';
import { withoutSpaces, type LaidOutLeaf } from '../render/pdf/layoutText.js';
import { docRuns, type DocRun } from './docText.js';

/** How far ahead of the last matched run a node's run is looked for (the writer adds a few texts of its own). */
const WINDOW = 400;

/**
 * The self-check every build makes of its PDFs: every run of text of the Doc tree is on the pages
 * the layout produced. `leaves` are the layout's text nodes in reading order, each whole (all its
 * lines reached a page) or not (pdfmake dropped part of it).
 *
 * - A node that is not whole is reported by the Doc run it prints. The layout reads the Doc in order,
 *   so nodes and runs are matched walking both in step: a label such as "๑)" is then the one of the
 *   right card, not the first in the plan.
 * - A Doc run that no whole node prints (a writer that forgot some text) is reported too. It is found
 *   when a whole node has exactly its text or when it lies inside whole nodes' text (a writer may
 *   print a label and its text as one node).
 */
export function missingRuns(doc: Doc, leaves: LaidOutLeaf[]): DocRun[] {
  const runs = docRuns(doc);
  const texts = runs.map((r) => withoutSpaces(r.text));
  const missing = new Set<DocRun>();
  let cursor = 0;
  for (const leaf of leaves) {
    const text = withoutSpaces(leaf.text);
    if (!text) continue;
    let at = -1;
    for (let i = cursor; i < Math.min(texts.length, cursor + WINDOW); i++) {
      if (texts[i] === text || (!leaf.whole && text.length >= 8 && texts[i]!.includes(text))) {
        at = i;
        break;
      }
    }
    if (at >= 0) cursor = at + 1;
    if (leaf.whole) continue;
    const near = runs[Math.max(0, cursor - 1)];
    missing.add(at >= 0 ? runs[at]! : { text: leaf.text, place: near?.place ?? { section: '' } });
  }
  const whole = leaves.filter((l) => l.whole).map((l) => withoutSpaces(l.text));
  const exact = new Set(whole);
  let all: string | undefined;
  runs.forEach((run, i) => {
    const text = texts[i]!;
    if (!text || exact.has(text)) return;
    all ??= whole.join('\n');
    if (!all.includes(text)) missing.add(run);
  });
  return [...missing];
}
