import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { writeTemp } from '../pdfText.js';

/**
 * A plan's own words as a source text for coverage(): every Thai text of its YAML (errata.yaml aside: its questions
 * go to the questions list, not the plan), one a line, its digits written as the plan prints them. Any plan can so
 * be measured as the bundled one is against the signed original's text.
 */
export function ownParagraphs(data: string): string {
  const plan = parse(readFileSync(join(data, 'plan.yaml'), 'utf8')) as { digits: string };
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(data).filter((f) => f.endsWith('.yaml') && f !== 'errata.yaml')) walk(parse(readFileSync(join(data, file), 'utf8')));
  const thai = texts.filter((t) => /[\u0e01-\u0e4f]/.test(t)).map((t) => (plan.digits === 'thai' ? t.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d))) : t));
  return writeTemp('own-paragraphs.txt', Buffer.from(thai.join('\n')));
}
