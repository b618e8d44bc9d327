import { changeCounts, sumOf, type PlanChanges } from './changes.js';

const n = (v: number) => new Intl.NumberFormat('en-US').format(v);
const signed = (v: number) => (v > 0 ? `+${n(v)}` : v < 0 ? `-${n(-v)}` : '0');

/** What the command prints: the counts and the budget per year before → after, like `npm run check`'s summary. */
export function changesSummary(c: PlanChanges): string {
  const k = changeCounts(c);
  const t = c.budget.total;
  const width = 14;
  const row = (label: string, values: string[]) => `${label.padEnd(10)}${values.map((v) => v.padStart(width)).join('')}`;
  const lines = [
    `${c.from.id}: ${c.from.version} → ${c.to.version}`,
    `เพิ่ม ${k.added} · ยกเลิก ${k.removed} · ย้าย ${k.moved} · เปลี่ยนชื่อ ${k.renamed} · แก้ไข ${k.changed} · ข้อมูลอื่น ${k.facts} — added, removed, moved, renamed, changed cards; other facts`,
    ...c.added.map((p) => `  + ${p.id}  ${p.name}`),
    ...c.removed.map((p) => `  - ${p.id}  ${p.name}`),
    ...c.changed.map((p) => `  ~ ${p.id}  ${p.fields.map((f) => f.key).join(', ')}`),
    ...c.facts.map((f) => `  ~ ${f.path}`),
    '',
    row('งบประมาณ', [...c.years.map(String), 'รวม']),
    row('เดิม', [...c.years.map((y) => n(t.before.get(y) ?? 0)), n(sumOf(t.before, c.years))]),
    row('ใหม่', [...c.years.map((y) => n(t.after.get(y) ?? 0)), n(sumOf(t.after, c.years))]),
    row('ผลต่าง', [...c.years.map((y) => signed((t.after.get(y) ?? 0) - (t.before.get(y) ?? 0))), signed(sumOf(t.after, c.years) - sumOf(t.before, c.years))]),
  ];
  return `${lines.join('\n')}\n`;
}
