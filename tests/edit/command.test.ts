import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfPlan, removeCopies, scriptCommand } from '../helpers.js';

afterAll(removeCopies);

describe('npm run edit', () => {
  it('prints a loopback address with a token, serves the page there, and stops cleanly on Ctrl-C', async () => {
    const [program, ...options] = scriptCommand('edit');
    const child = spawn(program, [...options, '--data', copyOfPlan(), '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
        if (found) resolve(found[0]);
      }, 100);
      child.once('exit', () => reject(new Error(`exited early: ${out}`)));
      child.once('exit', () => clearInterval(timer));
      setTimeout(() => clearInterval(timer), 60_000);
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="th">');
    expect((await fetch(url.replace(/\?token=.*/, ''))).status).toBe(403);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(out).not.toMatch(/at .*\.(ts|js|cjs):\d+/);
  });
});
