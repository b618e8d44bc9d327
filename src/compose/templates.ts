import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEMPLATE_DIR } from '../paths.js';
import Handlebars from 'handlebars';
import type { Plan } from '../model/plan.js';
import { DEFAULT_HANDBOOK } from '../model/schema/order.js';
import { InputError } from '../model/problems.js';
import { bahtText, formatAmount, formatThaiDate, parseThaiDate, withDigits } from '../thai/index.js';

/** The standing wording of documents (templates/); a plan folder may override a file with its own templates/. */
export { TEMPLATE_DIR };

/** A rendered template, split into its "# name" parts: paragraphs, or items where lines start with "- ". */
export type TemplateParts = Map<string, { paragraphs: string[]; items: string[] }>;

function templatePath(plan: Plan, name: string): string {
  const own = join(plan.folder, 'templates', `${name}.hbs`);
  return existsSync(own) ? own : join(TEMPLATE_DIR, `${name}.hbs`);
}

function helpers(plan: Plan) {
  const hb = Handlebars.create();
  hb.registerHelper('digits', (value: unknown) => withDigits(String(value), plan.digits));
  hb.registerHelper('amount', (value: number) => formatAmount(value, plan.digits));
  hb.registerHelper('baht', (value: number) => bahtText(value));
  hb.registerHelper('thaiDate', (value: string) => {
    const d = parseThaiDate(value);
    return 'error' in d ? value : withDigits(formatThaiDate(d), plan.digits);
  });
  return hb;
}

/** Fields every template may use. */
export function templateContext(plan: Plan): Record<string, unknown> {
  return {
    organisation: plan.organisation.name,
    district: plan.organisation.district,
    province: plan.organisation.province,
    title: plan.title,
    fiscalYears: withDigits(`${plan.years[0]} - ${plan.years.at(-1)}`, plan.digits),
    firstYear: plan.years[0],
    lastYear: plan.years.at(-1),
    handbookTitle: (plan.order.handbook ?? DEFAULT_HANDBOOK).title,
    handbookYears: withDigits(`${(plan.order.handbook ?? DEFAULT_HANDBOOK).years.from} - ${(plan.order.handbook ?? DEFAULT_HANDBOOK).years.to}`, plan.digits),
    dimensionCount: plan.dimensions.length,
    projectCount: plan.projects.length,
  };
}

/**
 * Renders a template strictly: a field the context lacks is an error naming the template, the
 * place in it and the field — never an empty string in an official document.
 */
export function renderTemplate(plan: Plan, name: string, context = templateContext(plan)): TemplateParts {
  const path = templatePath(plan, name);
  const display = relative(process.cwd(), path) || path;
  const source = readFileSync(path, 'utf8');
  let text: string;
  try {
    text = helpers(plan).compile(source, { strict: true, noEscape: true })(context);
  } catch (e) {
    const message = (e as Error).message;
    const field = /"([^"]+)" not defined/.exec(message)?.[1];
    const where = /(\d+):(\d+)/.exec(message);
    throw new InputError([{
      file: display,
      line: where ? Number(where[1]) : 1,
      column: where ? Number(where[2]) + 1 : 1,
      path: field ?? '',
      message: field
        ? `แม่แบบใช้ฟิลด์ "${field}" ที่ไม่มีในข้อมูล — the template uses a field the data does not have; fields: ${Object.keys(context).join(', ')}`
        : `แม่แบบไม่ถูกต้อง — invalid template: ${message.split('\n')[0]}`,
    }]);
  }
  return splitParts(text);
}

function splitParts(text: string): TemplateParts {
  const parts: TemplateParts = new Map();
  let current: { paragraphs: string[]; items: string[] } | undefined;
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (current && paragraph.length) current.paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^# (.+)$/.exec(line);
    if (heading) {
      endParagraph();
      current = { paragraphs: [], items: [] };
      parts.set(heading[1]!, current);
    } else if (!line) endParagraph();
    else if (line.startsWith('- ')) {
      endParagraph();
      current?.items.push(line.slice(2));
    } else paragraph.push(line);
  }
  endParagraph();
  return parts;
}

/** One part's paragraphs, or an error naming the template and the missing part. */
export function part(parts: TemplateParts, name: string, template: string): { paragraphs: string[]; items: string[] } {
  const found = parts.get(name);
  if (!found) {
    throw new InputError([{ file: `templates/${template}.hbs`, line: 1, column: 1, path: name, message: `แม่แบบไม่มีส่วน "# ${name}" — expected a part named ${name}` }]);
  }
  return found;
}
