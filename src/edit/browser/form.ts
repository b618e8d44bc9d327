import { amountInWords } from './amounts.js';
import { button, el } from './dom.js';
import { CHOICES, labelOf, OPTIONAL } from './labels.js';
import { getIn, planYears, setIn, type Path, type PlanFileState } from './state.js';

export interface FormContext {
  file: PlanFileState;
  /** A value changed: check again, recount; the form itself stays (focus and caret stay put). */
  changed(): void;
  /** Items were added, removed or moved: the form is drawn again, and the keyboard focus goes to `focus`. */
  restructured(focus?: Path): void;
  /** Ids a field may refer to (the missions of this file's dimension for `under`), when known. */
  choices?(key: string): string[] | undefined;
}

export const pathKey = (path: Path) => JSON.stringify(path);

/** A copy of an item with its texts emptied and numbers zeroed: the starting point of a new item. */
export function blank(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (typeof value === 'number') return 0;
  if (Array.isArray(value)) return value.length ? [blank(value[0])] : [];
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v)]));
  return value;
}

function textInput(ctx: FormContext, path: Path, value: string, key: string | number): HTMLElement {
  const choices = typeof key === 'string' ? CHOICES[key] ?? ctx.choices?.(key) : undefined;
  let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  if (choices) {
    // A value that is not among the choices stays selectable, so the problem shows instead of vanishing.
    const options = choices.includes(value) ? choices : [value, ...choices];
    input = el('select', {}, ...options.map((c) => el('option', { value: c }, c)));
    input.value = value;
  } else if (value.length > 70 || value.includes('\n')) {
    input = el('textarea', { rows: String(Math.min(12, Math.ceil(value.length / 80) + 1)) });
    input.value = value;
  } else {
    input = el('input', { type: 'text' });
    input.value = value;
  }
  input.addEventListener('input', () => {
    setIn(ctx.file, path, input.value);
    ctx.changed();
  });
  return input;
}

function numberInput(ctx: FormContext, path: Path, value: number | null, onValue?: (n: number | null) => void): HTMLInputElement {
  const input = el('input', { type: 'number', step: '1', inputmode: 'numeric' });
  input.value = value === null ? '' : String(value);
  input.addEventListener('input', () => {
    const n = input.value.trim() === '' ? null : Number(input.value);
    setIn(ctx.file, path, n);
    onValue?.(n);
    ctx.changed();
  });
  return input;
}

/** Budgets per fiscal year of the plan: one box per year, the amount in words beside it, the card's sum below. */
function perYearField(ctx: FormContext, path: Path, value: Record<string, unknown>): HTMLElement {
  const years = planYears();
  const keys = new Set([...years.map(String), ...Object.keys(value)]);
  const sum = el('output', { class: 'computed', 'data-role': 'card-total' });
  const total = () => {
    const amounts = Object.values(getIn(ctx.file.value, path) as Record<string, unknown>).filter((v): v is number => typeof v === 'number');
    sum.textContent = `รวมทุกปี ${amountInWords(amounts.reduce((a, b) => a + b, 0))}`;
  };
  const rows = [...keys].sort().map((year) => {
    const words = el('output', { class: 'computed' });
    // Words only for what the documents could print: a whole number of baht, not negative.
    const show = (n: unknown) => (words.textContent = typeof n === 'number' && Number.isInteger(n) && n >= 0 ? amountInWords(n) : '');
    show(value[year]);
    const input = numberInput(ctx, [...path, year], typeof value[year] === 'number' ? value[year] : null, (n) => {
      // An empty box means no budget that year: the key is left out of the file.
      if (n === null) setIn(ctx.file, [...path, year], undefined);
      show(n);
      total();
    });
    input.setAttribute('aria-label', `งบประมาณปี ${year}`);
    input.dataset.year = year;
    return el('div', { class: 'field year', 'data-path': pathKey([...path, year]) }, el('label', {}, `ปี ${year}`, input), words);
  });
  total();
  return el('fieldset', { 'data-path': pathKey(path) }, el('legend', {}, labelOf('perYear')), ...rows, sum);
}

function listField(ctx: FormContext, path: Path, value: unknown[], key: string | number): HTMLElement {
  const move = (i: number, j: number) => {
    [value[i], value[j]] = [value[j], value[i]];
    ctx.file.dirty = true;
    ctx.restructured([...path, j]);
  };
  const items = value.map((item, i) =>
    el('li', { 'data-path': pathKey([...path, i]) },
      el('div', { class: 'tools' },
        button('↑', () => move(i, i - 1), { 'aria-label': 'เลื่อนขึ้น', ...(i === 0 ? { disabled: '' } : {}) }),
        button('↓', () => move(i, i + 1), { 'aria-label': 'เลื่อนลง', ...(i === value.length - 1 ? { disabled: '' } : {}) }),
        button('✕', () => { value.splice(i, 1); ctx.file.dirty = true; ctx.restructured(value.length ? [...path, Math.min(i, value.length - 1)] : path); }, { 'aria-label': 'ลบรายการนี้' }),
      ),
      field(ctx, [...path, i], item, i),
    ),
  );
  const add = button('+ เพิ่มรายการ', () => {
    value.push(value.length ? blank(value[value.length - 1]) : '');
    ctx.file.dirty = true;
    ctx.restructured([...path, value.length - 1]);
  });
  return el('fieldset', { class: 'list', 'data-path': pathKey(path) }, el('legend', {}, labelOf(key)), el('ol', {}, ...items), add);
}

function objectField(ctx: FormContext, path: Path, value: Record<string, unknown>, key: string | number): HTMLElement {
  const parts: HTMLElement[] = [];
  for (const [k, v] of Object.entries(value)) {
    const part = field(ctx, [...path, k], v, k);
    if (OPTIONAL[k]) {
      part.append(button(`ลบช่อง “${labelOf(k)}”`, () => { setIn(ctx.file, [...path, k], undefined); ctx.restructured(path); }, { class: 'remove-optional' }));
    }
    parts.push(part);
  }
  for (const [k, make] of Object.entries(OPTIONAL)) {
    if (k in value || !optionalBelongs(k, value)) continue;
    parts.push(button(`+ เพิ่มช่อง “${labelOf(k)}”`, () => { setIn(ctx.file, [...path, k], make()); ctx.restructured([...path, k]); }, { class: 'add-optional' }));
  }
  return el('fieldset', { 'data-path': pathKey(path) }, el('legend', {}, labelOf(key)), ...parts);
}

/** Which optional fields an object can take, told by the fields it has. */
function optionalBelongs(k: string, value: Record<string, unknown>): boolean {
  if (k === 'duration' || k === 'budget') return 'rationale' in value && 'outcomes' in value;
  if (k === 'note') return 'perYear' in value;
  if (k === 'acting') return 'position' in value && 'name' in value && !('role' in value);
  if (k === 'emblem') return 'issuer' in value;
  return false;
}

/** The editor of any value of a plan file, found by its shape; `key` names it. */
export function field(ctx: FormContext, path: Path, value: unknown, key: string | number): HTMLElement {
  if (key === 'perYear' && value && typeof value === 'object') return perYearField(ctx, path, value as Record<string, unknown>);
  if (Array.isArray(value)) return listField(ctx, path, value, key);
  if (value && typeof value === 'object') return objectField(ctx, path, value as Record<string, unknown>, key);
  const input = typeof value === 'number' || value === null ? numberInput(ctx, path, value) : textInput(ctx, path, String(value ?? ''), key);
  const label = typeof key === 'number' ? el('span', { class: 'sr-only' }, labelOf(key)) : el('span', {}, labelOf(key));
  return el('div', { class: 'field', 'data-path': pathKey(path) }, el('label', {}, label, input));
}
