#!/usr/bin/env -S npx tsx
// npm run build [-- --data DIR]: builds every document of a plan into out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { composePlan } from '../src/compose/plan.js';
import { loadPlan } from '../src/model/loadPlan.js';
import { renderPdf } from '../src/render/pdf/renderPdf.js';

await runCli(async () => {
  const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_PLAN } } });
  const plan = loadPlan(values.data!);
  const t0 = Date.now();
  const pdf = await renderPdf(composePlan(plan));
  mkdirSync(`out/${plan.id}/${plan.version}`, { recursive: true });
  writeFileSync(`out/${plan.id}/${plan.version}/plan.pdf`, pdf.bytes);
  console.log(`plan.pdf ${pdf.pages} pages ${pdf.bytes.length} bytes ${Date.now() - t0} ms`);
});
