import type { Chart } from '../doc/doc.js';
import type { Typeset } from '../compose/typeset.js';
import type { ReportFigures } from './figures.js';
import { percent } from './figures.js';
import type { Status } from './schema.js';
import { percentText } from './wording.js';

export const STATUS_COLORS: Record<Status, string> = {
  ดำเนินการแล้ว: '#2E7D32',
  อยู่ระหว่างดำเนินการ: '#F2A900',
  ยังไม่ดำเนินการ: '#9E9E9E',
  ยกเลิก: '#C62828',
  โอนงบ: '#6A1B9A',
};
/** The order bars stack in: done at the bottom, where the eye starts. */
const STACK_ORDER: Status[] = ['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ดำเนินการ', 'ยกเลิก', 'โอนงบ'];

/** A round axis top and step: 1, 2 or 5 × 10ⁿ, at most six gridlines above zero. */
export function niceAxis(max: number): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  for (let scale = 1; ; scale *= 10) {
    for (const unit of [1, 2, 5]) {
      const step = unit * scale;
      if (max / step <= 6) return { max: Math.ceil(max / step) * step, step };
    }
  }
}

function axis(ts: Typeset, max: number): Chart['axis'] {
  const nice = niceAxis(max);
  const ticks: Chart['axis']['ticks'] = [];
  for (let v = 0; v <= nice.max; v += nice.step) ticks.push({ value: v, label: ts.amount(v) });
  return { max: nice.max, ticks };
}

const categories = (ts: Typeset, figures: ReportFigures) => figures.dimensions.map((d) => ts.t(`มิติที่ ${d.dimension.number}`));

/** Projects by status, one stacked bar per dimension; only statuses that occur get a legend entry. */
export function statusChart(ts: Typeset, figures: ReportFigures): Chart {
  const used = STACK_ORDER.filter((s) => figures.total.byStatus[s] > 0);
  return {
    type: 'chart',
    title: 'จำนวนโครงการ/มาตรการ/กิจกรรม จำแนกตามสถานะ รายมิติ',
    categories: categories(ts, figures),
    series: used.map((status) => {
      const values = figures.dimensions.map((d) => d.byStatus[status]);
      return { name: status, color: STATUS_COLORS[status], values, labels: values.map((v) => (v ? ts.n(v) : '')) };
    }),
    stacked: true,
    axis: axis(ts, Math.max(...figures.dimensions.map((d) => d.projects))),
    digits: ts.digits,
    height: 230,
  };
}

/** Budget planned beside budget spent (and spent at 6 months, at 12 when known), per dimension; spent bars carry their per cent. */
export function budgetChart(ts: Typeset, figures: ReportFigures): Chart {
  const planned = figures.dimensions.map((d) => d.planned);
  const spent = figures.dimensions.map((d) => d.spent);
  const share = (values: number[]) => values.map((v, i) => `${percentText(ts, percent(v, planned[i]!))}%`);
  const half = figures.round === 12 && figures.total.spentHalfYear !== undefined ? figures.dimensions.map((d) => d.spentHalfYear ?? 0) : undefined;
  return {
    type: 'chart',
    title: 'งบประมาณตามแผนและที่ใช้จ่ายจริง รายมิติ (บาท)',
    categories: categories(ts, figures),
    series: [
      { name: 'งบประมาณตามแผน', color: '#1F4E79', values: planned, labels: planned.map(() => '') },
      ...(half ? [{ name: ts.t('ใช้จ่าย ณ 6 เดือน'), color: '#9DC3E6', values: half, labels: half.map(() => '') }] : []),
      { name: ts.t(`ใช้จ่าย ณ ${figures.round} เดือน`), color: '#ED7D31', values: spent, labels: share(spent) },
    ],
    stacked: false,
    axis: axis(ts, Math.max(...planned, ...spent)),
    digits: ts.digits,
    height: 250,
  };
}

