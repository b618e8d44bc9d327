import { bahtText } from '../../thai/bahtText.js';
import { formatAmount } from '../../thai/digits.js';
import { el } from './dom.js';
import { planDigits, planYears, state } from './state.js';

interface ProjectsValue {
  dimension?: string;
  projects?: Array<{ budget?: { perYear?: Record<string, unknown> } }>;
}

/**
 * The budget summary of ส่วนที่ ๒ as the clerk types: each dimension's amount per year and the
 * grand total, summed like the model's derive step (a year a card leaves out counts as 0).
 */
export function drawTotals(target: HTMLElement): void {
  const years = planYears();
  const digits = planDigits();
  const structure = state.files.find((f) => f.kind === 'structure')?.value as { dimensions?: Array<{ id: string; title: string }> } | undefined;
  const dims = structure?.dimensions ?? [];
  const sums = new Map(dims.map((d) => [d.id, new Map(years.map((y) => [y, 0]))]));
  for (const f of state.files) {
    if (f.kind !== 'projects') continue;
    const data = (f.value ?? {}) as ProjectsValue;
    const row = sums.get(data.dimension ?? '');
    for (const p of data.projects ?? []) {
      for (const y of years) {
        const v = p.budget?.perYear?.[String(y)];
        if (row && typeof v === 'number' && Number.isFinite(v)) row.set(y, row.get(y)! + v);
      }
    }
  }
  const fmt = (n: number) => formatAmount(n, digits);
  const grand = years.map((y) => [...sums.values()].reduce((s, row) => s + row.get(y)!, 0));
  const all = grand.reduce((a, b) => a + b, 0);
  const head = el('tr', {}, el('th', {}, 'มิติ'), ...years.map((y) => el('th', {}, formatAmount(y, digits).replace(/,/g, ''))), el('th', {}, 'รวม'));
  const rows = dims.map((d, i) => {
    const row = sums.get(d.id)!;
    const sum = years.reduce((s, y) => s + row.get(y)!, 0);
    return el('tr', {}, el('th', { title: d.title }, `มิติที่ ${formatAmount(i + 1, digits)}`),
      ...years.map((y) => el('td', { 'data-dimension': d.id, 'data-year': String(y) }, fmt(row.get(y)!))),
      el('td', { 'data-dimension': d.id, 'data-year': 'all' }, fmt(sum)));
  });
  const total = el('tr', { class: 'grand' }, el('th', {}, 'รวม'), ...grand.map((g, i) => el('td', { 'data-total': String(years[i]) }, fmt(g))), el('td', { 'data-total': 'all' }, fmt(all)));
  target.replaceChildren(
    el('h2', {}, 'งบประมาณรวม (บาท) — คำนวณให้'),
    el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows, total)),
    el('p', { class: 'computed' }, `รวมทั้งแผน ${bahtText(all)}`),
  );
}
