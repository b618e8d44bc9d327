import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** scripts/provision.mjs, which npm runs before `npm run build` and `npm test` (README: set-up). */
const provision = (purpose: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, ['scripts/provision.mjs', purpose], { encoding: 'utf8', env });

// A PATH with node alone: poppler, qpdf, LibreOffice and apt-get all look absent.
const bare = mkdtempSync(join(tmpdir(), 'ita-bare-path-'));
symlinkSync(process.execPath, join(bare, 'node'));
afterAll(() => rmSync(bare, { recursive: true, force: true }));

describe('provisioning the Debian packages', () => {
  it('finds nothing missing on a machine that has them (libthai for the build, and the tools for the tests)', () => {
    expect(provision('build').status).toBe(0);
    expect(provision('test').status).toBe(0);
  });

  it('names the exact apt-get command and fails when it cannot install what is missing', () => {
    const r = provision('test', { ...process.env, PATH: bare });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get install -y --no-install-recommends poppler-utils qpdf libreoffice-writer-nogui');
    // Calc is found by its library, not on PATH: whether it is listed depends on the machine.
    expect(r.stderr).toMatch(/ต้องติดตั้งแพ็กเกจ/);
  });

  it('needs only libthai for the build', () => {
    expect(provision('build', { ...process.env, PATH: bare }).status).toBe(0);
  });
});
