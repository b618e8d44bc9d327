import { Paragraph as DocxParagraph, type ParagraphChild } from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import type { Chart } from '../../doc/doc.js';
import { STYLE } from './styles.js';
import { escapeXml, rawXml } from './xml.js';

/** The charts of one document, in order: each becomes word/charts/chart<n>.xml. */
export class ChartParts {
  readonly charts: Chart[] = [];

  add(chart: Chart): number {
    this.charts.push(chart);
    return this.charts.length;
  }

  /** A fix for `reproducible`: the chart parts, their relationships and content types. */
  readonly addToPackage = (files: Record<string, Uint8Array>): void => {
    if (this.charts.length === 0) return;
    const rels = 'word/_rels/document.xml.rels';
    const types = '[Content_Types].xml';
    let relsXml = strFromU8(files[rels]!);
    let typesXml = strFromU8(files[types]!);
    this.charts.forEach((chart, i) => {
      const n = i + 1;
      files[`word/charts/chart${n}.xml`] = strToU8(chartSpaceXml(chart));
      relsXml = relsXml.replace('</Relationships>', `<Relationship Id="${relId(n)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${n}.xml"/></Relationships>`);
      typesXml = typesXml.replace('</Types>', `<Override PartName="/word/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
    });
    files[rels] = strToU8(relsXml);
    files[types] = strToU8(typesXml);
  };
}

const relId = (n: number) => `rIdChart${n}`;
const EMU_PER_PT = 12700;
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A native Word chart, inline, as wide as the text: Word and LibreOffice draw it themselves from the
 * values cached in the chart part (no embedded workbook: the chart shows and prints, its data is read-only).
 */
export function chartParagraph(chart: Chart, width: number, parts: ChartParts): DocxParagraph {
  const n = parts.add(chart);
  const cx = Math.round(width * EMU_PER_PT);
  const cy = Math.round(chart.height * EMU_PER_PT);
  const drawing = `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${9000 + n}" name="Chart ${n}" descr="${escapeXml(chart.title)}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="${A}"><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relId(n)}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
  return new DocxParagraph({ style: STYLE.normal, keepNext: false, children: rawXml(drawing) as ParagraphChild[] });
}

/**
 * The number format of the chart's own labels. `[$-D000000]` is Excel's numeral-shape prefix for Thai
 * digits (what Thai offices type in Excel). LibreOffice 7.4 draws chart numbers in Arabic digits
 * whatever the format (tried: [$-D000000], [$-D07041E], [NatNum1]) and reads data labels with the
 * prefix as General (no separators, zeros shown); Word is what the DOCX is edited in.
 */
const numberFormat = (chart: Chart) => (chart.digits === 'thai' ? '[$-D000000]#,##0' : '#,##0');

const font = (size: number, bold = false) =>
  `<a:defRPr sz="${size * 100}"${bold ? ' b="1"' : ''}><a:latin typeface="Sarabun"/><a:cs typeface="Sarabun"/></a:defRPr>`;

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

const column = (i: number) => String.fromCharCode(66 + i);

function seriesXml(chart: Chart, s: Chart['series'][number], i: number): string {
  const last = chart.categories.length + 1;
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`
    + `<c:tx><c:strRef><c:f>Sheet1!$${column(i)}$1</c:f>${strCache([s.name])}</c:strRef></c:tx>`
    + `<c:spPr><a:solidFill><a:srgbClr val="${s.color.replace('#', '').toUpperCase()}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
    + `<c:dLbls><c:numFmt formatCode="${escapeXml(`${numberFormat(chart)};;`)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(10)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`
    + `<c:dLblPos val="${chart.stacked ? 'ctr' : 'outEnd'}"/><c:showLegendKey val="0"/><c:showVal val="${s.labels.some((l) => l) ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    + `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${last}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>`
    + `<c:val><c:numRef><c:f>Sheet1!$${column(i)}$2:$${column(i)}$${last}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${s.values.length}"/>`
    + s.values.map((v, k) => `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`).join('')
    + '</c:numCache></c:numRef></c:val></c:ser>';
}

/** The chart part: a column chart (stacked or clustered), title, legend on top, value axis with the Doc's ticks. */
export function chartSpaceXml(chart: Chart): string {
  const step = chart.axis.ticks.length > 1 ? chart.axis.ticks[1]!.value - chart.axis.ticks[0]!.value : chart.axis.max;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:lang val="th-TH"/><c:roundedCorners val="0"/><c:chart>`
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(14, true)}</a:pPr><a:r><a:rPr lang="th-TH" sz="1400" b="1"><a:latin typeface="Sarabun"/><a:cs typeface="Sarabun"/></a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    + '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
    + `<c:barChart><c:barDir val="col"/><c:grouping val="${chart.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>`
    + chart.series.map((s, i) => seriesXml(chart, s, i)).join('')
    + `<c:gapWidth val="${chart.stacked ? 60 : 80}"/>${chart.stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>`
    + '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(12)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`
    + '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="${chart.axis.max}"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>`
    + '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BBBBBB"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>'
    + `<c:numFmt formatCode="${escapeXml(numberFormat(chart))}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(11)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`
    + `<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="${step}"/></c:valAx>`
    + '</c:plotArea>'
    + `<c:legend><c:legendPos val="t"/><c:overlay val="0"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(12)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr></c:legend>`
    + '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(11)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`
    + '</c:chartSpace>';
}
