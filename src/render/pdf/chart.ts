import type { Chart } from '../../doc/doc.js';

type Node = Record<string, unknown>;

const GRID = '#BBBBBB';

/** A line of text placed at (x, y) of the chart's box, `width` wide, aligned in it. */
function label(text: string, x: number, y: number, width: number, size: number, alignment: 'left' | 'center' | 'right', bold = false): Node {
  return { columns: [{ width, text, fontSize: size, alignment, lineHeight: 1, noWrap: true, ...(bold && { bold: true }) }], relativePosition: { x, y } };
}

/**
 * A bar chart as pdfmake vectors: rectangles and lines on a canvas, labels as text placed over it
 * (real text, so it reads and copies like the rest). One unbreakable block.
 */
export function chartNode(chart: Chart, width: number, textSize: number): Node {
  // Every size follows the document's table text: the title at its size, labels a little smaller.
  const TITLE = textSize;
  const LABEL = textSize * 0.86;
  const VALUE = textSize * 0.79;
  const AXIS_GUTTER = textSize * 4.4;
  const CATEGORY_GUTTER = textSize * 1.6;
  const LEGEND_ROW = textSize * 1.3;
  const legendRows = Math.ceil(chart.series.length / 3);
  const top = TITLE * 1.6 + legendRows * LEGEND_ROW + 6;
  const plot = { x: AXIS_GUTTER, y: top, w: width - AXIS_GUTTER - 4, h: chart.height - top - CATEGORY_GUTTER };
  const yOf = (value: number) => plot.y + plot.h - (value / chart.axis.max) * plot.h;
  const texts: Node[] = [label(chart.title, 0, 0, width, TITLE, 'center', true)];
  const vectors: Node[] = [];

  // Legend: three entries a row, a square of the series' colour before each name.
  const entry = width / 3;
  chart.series.forEach((s, i) => {
    const x = (i % 3) * entry + 10;
    const y = TITLE * 1.6 + Math.floor(i / 3) * LEGEND_ROW;
    vectors.push({ type: 'rect', x, y: y + LABEL * 0.25, w: LABEL * 0.8, h: LABEL * 0.8, color: s.color });
    texts.push(label(s.name, x + LABEL * 1.2, y, entry - LABEL * 2.4, LABEL, 'left'));
  });

  for (const tick of chart.axis.ticks) {
    const y = yOf(tick.value);
    vectors.push({ type: 'line', x1: plot.x, y1: y, x2: plot.x + plot.w, y2: y, lineWidth: 0.4, lineColor: GRID });
    texts.push(label(tick.label, 0, y - LABEL * 0.65, AXIS_GUTTER - 6, LABEL, 'right'));
  }

  const slot = plot.w / chart.categories.length;
  const bars = chart.stacked ? 1 : chart.series.length;
  const barWidth = Math.min((slot * 0.7) / bars, 60);
  chart.categories.forEach((category, c) => {
    const left = plot.x + c * slot + (slot - barWidth * bars) / 2;
    let base = 0;
    chart.series.forEach((s, i) => {
      const value = s.values[c] ?? 0;
      const x = chart.stacked ? left : left + i * barWidth;
      const from = chart.stacked ? base : 0;
      const y = yOf(from + value);
      const h = yOf(from) - y;
      if (h > 0.05) vectors.push({ type: 'rect', x, y, w: barWidth - (chart.stacked ? 0 : 1), h, color: s.color });
      const text = s.labels[c];
      if (text && value > 0) {
        // Stacked: inside the segment when it is tall enough; side by side: just above the bar.
        if (!chart.stacked) texts.push(label(text, x - 20, y - VALUE * 1.3, barWidth + 40, VALUE, 'center'));
        else if (h >= VALUE * 1.2) texts.push(label(text, x, y + h / 2 - VALUE * 0.65, barWidth, VALUE, 'center'));
      }
      base += value;
    });
    texts.push(label(category, plot.x + c * slot, plot.y + plot.h + 4, slot, LABEL, 'center'));
  });
  vectors.push({ type: 'line', x1: plot.x, y1: plot.y + plot.h, x2: plot.x + plot.w, y2: plot.y + plot.h, lineWidth: 0.8, lineColor: '#000000' });
  vectors.push({ type: 'line', x1: plot.x, y1: plot.y, x2: plot.x, y2: plot.y + plot.h, lineWidth: 0.8, lineColor: '#000000' });

  // The drawing first, so the labels are painted over the bars; an invisible line makes it exactly as
  // tall as the chart. The labels are then placed back up over it. (Measured with pdfmake 0.3.11: a
  // detached canvas instead made the next section lose its landscape orientation.)
  vectors.push({ type: 'line', x1: 0, y1: 0, x2: 0, y2: chart.height, lineWidth: 0, lineColor: '#FFFFFF' });
  const over = texts.map((t) => ({ ...t, relativePosition: { ...(t.relativePosition as object), y: (t.relativePosition as { y: number }).y - chart.height } }));
  // No bottom margin: ending a section on a page break made by a margin leaves pdfmake an empty page it
  // reuses for the next section in the old orientation (LayoutBuilder.processSection, pdfmake 0.3.11).
  return { stack: [{ canvas: vectors }, ...over], unbreakable: true, margin: [0, 14, 0, 0] };
}
