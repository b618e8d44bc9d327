import { getJson, post } from './api.js';
import { checkAll, checkFile, problemCount, problems } from './checks.js';
import { button, el } from './dom.js';
import { blank, field, pathKey, type FormContext } from './form.js';
import { FILE_TITLES } from './labels.js';
import { schedulePreview } from './preview.js';
import { fileNamed, fileOfKind, state, type Path, type PlanFileState } from './state.js';
import { drawTotals } from './totals.js';
import { startBuild } from './build.js';

const $ = (id: string) => document.getElementById(id)!;
const nav = $('nav');
const editor = $('editor');
const saveButton = $('save') as HTMLButtonElement;
const status = $('status');

// The token stays in the page's cookie and header, not in the address bar or the history.
history.replaceState(null, '', '/');

type Projects = { dimension?: string; projects?: Array<{ id?: string; name?: string }> };
/** A projects file's data; a file that is not YAML (value null) has none. */
const projectsOf = (f: PlanFileState) => (f.value ?? {}) as Projects;

/** Card numbers as the plan prints them: in file order by dimension, then order within the file. */
function cardNumbers(): Map<string, number> {
  const order = ((state.files.find((f) => f.kind === 'structure')?.value as { dimensions?: Array<{ id: string }> })?.dimensions ?? []).map((d) => d.id);
  const files = state.files.filter((f) => f.kind === 'projects').sort((a, b) => order.indexOf(projectsOf(a).dimension ?? '') - order.indexOf(projectsOf(b).dimension ?? ''));
  const numbers = new Map<string, number>();
  let n = 0;
  for (const f of files) projectsOf(f).projects?.forEach((_, i) => numbers.set(`${f.name}#${i}`, ++n));
  return numbers;
}

function select(file: string, project?: number) {
  state.selected = { file, project };
  drawNav();
  drawEditor();
  editor.focus();
}

function countIn(file: string, project?: number) {
  return (problems.get(file) ?? []).filter((p) => project === undefined || (p.path[0] === 'projects' && p.path[1] === project)).length;
}

function badge(n: number) {
  return n ? el('span', { class: 'badge', title: `ปัญหา ${n} รายการ` }, String(n)) : '';
}

function drawNav() {
  const numbers = cardNumbers();
  const items = state.files.map((f) => {
    const current = state.selected?.file === f.name && state.selected.project === undefined;
    const title = f.kind === 'projects' ? `${FILE_TITLES.projects} — ${projectsOf(f).dimension ?? ''}` : FILE_TITLES[f.kind] ?? f.name;
    const head = f.kind === 'projects'
      ? el('div', { class: 'navhead' }, title, badge(countIn(f.name)))
      : button('', () => select(f.name), { 'aria-current': current ? 'page' : 'false' });
    if (head instanceof HTMLButtonElement) head.append(title, badge(countIn(f.name)));
    const cards = f.kind === 'projects'
      ? el('ol', { class: 'cards' }, ...(projectsOf(f).projects ?? []).map((p, i) => {
          const b = button(`${numbers.get(`${f.name}#${i}`)}. ${p.name ?? ''}`, () => select(f.name, i), {
            'aria-current': state.selected?.file === f.name && state.selected.project === i ? 'page' : 'false',
          });
          b.append(badge(countIn(f.name, i)));
          return el('li', {}, b);
        }))
      : '';
    return el('li', {}, head, el('small', {}, f.name, f.dirty ? ' • ยังไม่บันทึก' : ''), cards);
  });
  nav.replaceChildren(el('ul', {}, ...items));
}

/** Puts each problem beside its field (or the nearest enclosing one shown). */
function showProblems(file: PlanFileState) {
  for (const old of editor.querySelectorAll('.problem')) old.remove();
  for (const bad of editor.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
  for (const p of problems.get(file.name) ?? []) {
    let at: Element | null = null;
    for (let n = p.path.length; n >= 0 && !at; n--) at = editor.querySelector(`[data-path="${CSS.escape(pathKey(p.path.slice(0, n) as Path))}"]`);
    if (!at) continue;
    at.querySelector('input, textarea, select')?.setAttribute('aria-invalid', 'true');
    const note = el('p', { class: 'problem', role: 'alert' }, p.message);
    if (at.tagName === 'FIELDSET') at.querySelector('legend')!.after(note);
    else at.append(note);
  }
  const n = problemCount();
  const dirty = state.files.some((f) => f.dirty);
  saveButton.disabled = n > 0 || !dirty;
  saveButton.textContent = n ? `บันทึกไม่ได้ เหลือปัญหา ${n} รายการ` : dirty ? 'บันทึก' : 'บันทึกแล้ว';
  saveButton.dataset.problems = String(n);
}

function context(file: PlanFileState): FormContext {
  let navTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    file,
    changed() {
      if (file.kind === 'plan') checkAll();
      else checkFile(file);
      showProblems(file);
      drawTotals($('totals'));
      clearTimeout(navTimer);
      navTimer = setTimeout(drawNav, 300);
      schedulePreview($('preview'), $('preview-pages'));
    },
    restructured(focus?: Path) {
      checkFile(file);
      drawNav();
      drawEditor();
      drawTotals($('totals'));
      // Keyboard users stay where they were: on the item just added, moved or next to the one removed.
      const at = focus && editor.querySelector(`[data-path="${CSS.escape(pathKey(focus))}"]`);
      (at?.querySelector<HTMLElement>('input, textarea, select, button') ?? editor).focus();
    },
    choices(key: string) {
      if (key !== 'under' || file.kind !== 'projects') return undefined;
      const structure = fileOfKind('structure')?.value as { dimensions?: Array<{ id: string; missions?: Array<{ id: string; subMissions?: Array<{ id: string }> }> }> } | undefined;
      const dimension = structure?.dimensions?.find((d) => d.id === projectsOf(file).dimension);
      return dimension?.missions?.flatMap((m) => [m.id, ...(m.subMissions ?? []).map((s) => s.id)]);
    },
  };
}

function projectTools(file: PlanFileState, index: number): HTMLElement {
  const list = (file.value as { projects: unknown[] }).projects;
  const redraw = (next?: number) => {
    file.dirty = true;
    checkFile(file);
    drawTotals($('totals'));
    select(file.name, next);
  };
  return el('div', { class: 'tools card-tools' },
    button('↑ เลื่อนขึ้น', () => { [list[index - 1], list[index]] = [list[index], list[index - 1]]; redraw(index - 1); }, index === 0 ? { disabled: '' } : {}),
    button('↓ เลื่อนลง', () => { [list[index + 1], list[index]] = [list[index], list[index + 1]]; redraw(index + 1); }, index === list.length - 1 ? { disabled: '' } : {}),
    button('+ เพิ่มโครงการใหม่ถัดไป', () => {
      const fresh = blank(list[index]) as Record<string, unknown>;
      fresh.under = (list[index] as { under?: string }).under;
      fresh.kind = (list[index] as { kind?: string }).kind;
      list.splice(index + 1, 0, fresh);
      redraw(index + 1);
    }),
    button('✕ ลบโครงการนี้', () => {
      if (!confirm('ลบบัตรโครงการนี้? (ยังไม่บันทึกจนกว่าจะกดบันทึก)')) return;
      list.splice(index, 1);
      redraw(list.length ? Math.min(index, list.length - 1) : undefined);
    }, list.length === 1 ? { disabled: '' } : {}),
  );
}

function drawEditor() {
  const sel = state.selected;
  const file = sel && fileNamed(sel.file);
  if (!file) return void editor.replaceChildren(el('p', {}, 'เลือกไฟล์หรือบัตรโครงการทางซ้าย'));
  const ctx = context(file);
  if (file.value === null) return void editor.replaceChildren(el('p', { class: 'problem' }, `อ่าน ${file.name} ไม่ได้ (YAML ผิดรูปแบบ) แก้ด้วยโปรแกรมแก้ข้อความก่อน — the file is not valid YAML`));
  if (sel.project !== undefined) {
    const project = (file.value as { projects: unknown[] }).projects[sel.project];
    const number = cardNumbers().get(`${file.name}#${sel.project}`);
    editor.replaceChildren(
      el('h2', {}, `บัตรโครงการที่ ${number ?? ''}`),
      projectTools(file, sel.project),
      field(ctx, ['projects', sel.project], project, 'card'),
    );
  } else {
    editor.replaceChildren(el('h2', {}, FILE_TITLES[file.kind] ?? file.name), field(ctx, [], file.value, file.name));
  }
  showProblems(file);
  schedulePreview($('preview'), $('preview-pages'), 0);
}

async function save() {
  const dirty = state.files.filter((f) => f.dirty);
  saveButton.disabled = true;
  status.textContent = 'กำลังบันทึก…';
  const res = await post('/api/save', { files: dirty.map((f) => ({ name: f.name, hash: f.hash, value: f.value })) });
  const body = (await res.json()) as { status: string; hashes?: Record<string, string>; message?: string; problems?: Array<{ file: string; line: number; path: string; message: string }> };
  if (body.status === 'saved') {
    for (const f of dirty) {
      f.hash = body.hashes![f.name]!;
      f.dirty = false;
    }
    status.textContent = `บันทึกแล้ว ${dirty.map((f) => f.name).join(', ')} (สำรองฉบับก่อนไว้ใน .backup/)`;
    // A preview asked for before the save carried the old hashes and is refused: ask again.
    schedulePreview($('preview'), $('preview-pages'), 0);
  } else if (body.status === 'invalid') {
    status.textContent = `ยังไม่บันทึก: พบปัญหา ${body.problems!.length} รายการ — ${body.problems!.slice(0, 3).map((p) => `${p.file}:${p.line} ${p.path} ${p.message}`).join(' / ')}`;
  } else {
    status.textContent = body.message ?? 'บันทึกไม่สำเร็จ';
  }
  status.dataset.result = body.status;
  drawNav();
  const file = state.selected && fileNamed(state.selected.file);
  if (file) showProblems(file);
}

async function start() {
  const { files } = await getJson<{ files: Array<Omit<PlanFileState, 'dirty'>> }>('/api/files');
  state.files = files.map((f) => ({ ...f, dirty: false }));
  checkAll();
  drawTotals($('totals'));
  saveButton.addEventListener('click', () => void save());
  $('build').addEventListener('click', () => void startBuild());
  addEventListener('beforeunload', (e) => {
    if (state.files.some((f) => f.dirty)) e.preventDefault();
  });
  select(state.files[0]!.name);
  document.body.dataset.ready = 'true';
}

void start();
