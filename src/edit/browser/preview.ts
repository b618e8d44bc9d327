import { post } from './api.js';
import { el } from './dom.js';
import { state } from './state.js';

type PdfJs = typeof import('pdfjs-dist');
let pdfjs: Promise<PdfJs> | undefined;
/** One worker for every preview: starting one means loading and compiling pdf.js's 1 MB worker script again. */
let worker: InstanceType<PdfJs['PDFWorker']> | undefined;
/** pdf.js, served by the editor itself, loaded the first time a card is shown. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import(/* @vite-ignore */ `${location.origin}/assets/pdf.min.mjs`).then((m: PdfJs) => {
    m.GlobalWorkerOptions.workerSrc = `${location.origin}/assets/pdf.worker.min.mjs`;
    return m;
  });
  return pdfjs;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;
/** One render at a time: renders asked for while one runs are merged into one more after it. */
let running = false;
let again = false;

/** Shows the selected card as the PDF writer prints it, a moment after the clerk stops typing. */
export function schedulePreview(box: HTMLElement, pages: HTMLElement, delay = 150): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void drawPreview(box, pages).finally(() => {
      running = false;
      if (again) {
        again = false;
        schedulePreview(box, pages, 0);
      }
    });
  }, delay);
}

async function drawPreview(box: HTMLElement, pages: HTMLElement): Promise<void> {
  const sel = state.selected;
  const file = sel && state.files.find((f) => f.name === sel.file);
  const project = sel?.project !== undefined ? (file?.value as { projects?: Array<{ id?: string }> }).projects?.[sel.project] : undefined;
  box.hidden = !project;
  if (!project?.id) return;
  const mine = ++generation;
  box.setAttribute('aria-busy', 'true');
  const res = await post('/api/preview', {
    project: project.id,
    files: state.files.filter((f) => f.dirty).map((f) => ({ name: f.name, hash: f.hash, value: f.value })),
  });
  if (mine !== generation) return;
  if (!res.ok) {
    const body = (await res.json()) as { message?: string; problems?: unknown[] };
    pages.replaceChildren(el('p', { class: 'problem' }, body.message || `แก้ปัญหา ${body.problems?.length ?? ''} รายการก่อน จึงจะเห็นตัวอย่าง — fix the problems to see the card`));
    box.removeAttribute('aria-busy');
    return;
  }
  const lib = await loadPdfJs();
  worker ??= new lib.PDFWorker();
  const pdf = await lib.getDocument({ data: new Uint8Array(await res.arrayBuffer()), isEvalSupported: false, worker }).promise;
  const canvases: HTMLCanvasElement[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1.2 });
    const canvas = el('canvas', { width: String(Math.round(viewport.width)), height: String(Math.round(viewport.height)), role: 'img', 'aria-label': `หน้า ${n}` });
    await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
    canvases.push(canvas);
  }
  void pdf.destroy();
  if (mine !== generation) return;
  pages.replaceChildren(...canvases);
  box.removeAttribute('aria-busy');
  box.dataset.rendered = String(generation);
}
