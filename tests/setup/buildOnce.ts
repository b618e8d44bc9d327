import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILT_PLANS, scriptCommand } from '../helpers.js';

/**
 * The full suite's global setup (vitest.config.ts; the unit tier has none): every plan in BUILT_PLANS is built
 * ONCE, by the command line `npm run build` runs, into a temporary folder, and the tests that only read
 * outputs (PDF, DOCX, manifest, SHA256SUMS, what the build printed) take them from there (tests/builtPlan.ts)
 * instead of rendering the 126-page plan again in each file. A failed build fails only the tests that read it.
 */
export interface BuiltPlan {
  /** The plan folder, as given to --data. */
  data: string;
  /** The version folder the build wrote: <out>/<id>/<version>/. */
  dir: string;
  stdout: string;
  stderr: string;
  /** Set when the build failed: the tests that read its outputs fail with it, the others still run. */
  error?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtPlans: Record<string, BuiltPlan>;
  }
}

function build(data: string, out: string): Promise<BuiltPlan> {
  const [program, ...options] = scriptCommand('build');
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...options, '--data', data, '--out', out]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    // 'close', not 'exit': by then all it printed has been read.
    child.on('close', (code) => {
      if (code !== 0) return resolve({ data, dir: '', stdout, stderr, error: `npm run build -- --data ${data} failed (exit ${code}):\n${stderr}` });
      // One plan, one version: the only folder two levels down.
      const [id] = readdirSync(out);
      const [version] = readdirSync(join(out, id!));
      resolve({ data, dir: join(out, id!, version!), stdout, stderr });
    });
  });
}

export default async function setup(project: TestProject): Promise<() => void> {
  // A nested run of tests that read no outputs (tests/checks/standalone.test.ts) asks for no build.
  if (process.env.ITA_PLAN_TEST_NO_BUILD === '1') {
    project.provide('builtPlans', {});
    return () => undefined;
  }
  const root = mkdtempSync(join(tmpdir(), 'ita-suite-build-'));
  // Side by side: the small plan's build is done while the large one still runs (a 2-core machine).
  const built = await Promise.all(BUILT_PLANS.map((data, i) => build(data, join(root, String(i)))));
  project.provide('builtPlans', Object.fromEntries(built.map((b) => [b.data, b])));
  return () => rmSync(root, { recursive: true, force: true });
}
