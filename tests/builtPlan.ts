import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Manifest } from '../src/publish/manifest.js';
import type { BuiltPlan } from './setup/buildOnce.js';

/** What the one build of the full suite (tests/setup/buildOnce.ts) wrote for a plan: read it, do not render again. */
export interface Built extends BuiltPlan {
  /** The path of one output, by what ends its name: `file('plan.pdf')`. */
  file(suffix: string): string;
  bytes(suffix: string): Buffer;
  manifest(): Manifest;
}

export function built(data: string): Built {
  const plans = inject('builtPlans');
  const plan = plans?.[data];
  if (!plan) throw new Error(`${data} was not built by the global setup (tests/setup/buildOnce.ts; run the full suite's config, vitest.config.ts)`);
  if (plan.error) throw new Error(plan.error);
  const file = (suffix: string) => {
    const name = readdirSync(plan.dir).find((f) => f.endsWith(`_${suffix}`));
    if (!name) throw new Error(`no *_${suffix} in ${plan.dir}`);
    return join(plan.dir, name);
  };
  return {
    ...plan,
    file,
    bytes: (suffix) => readFileSync(file(suffix)),
    manifest: () => JSON.parse(readFileSync(join(plan.dir, 'manifest.json'), 'utf8')) as Manifest,
  };
}
