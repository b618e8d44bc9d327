import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEditServer, type EditServer } from '../../src/edit/server.js';
import { copyOfPlan, removeCopies } from '../helpers.js';

let server: EditServer;
let dir: string;

beforeAll(async () => {
  dir = copyOfPlan();
  server = await startEditServer({ data: dir, out: join(dir, 'out-never'), port: 0 });
});
afterAll(async () => {
  await server?.close();
  removeCopies();
});

/** A raw request, so that Host and Origin can be anything a hostile page could make a browser send. */
function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: options.host ?? '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
const withToken = () => ({ 'x-edit-token': server.token });
const saveBody = (name: string) => JSON.stringify({ files: [{ name, hash: 'x', value: { a: 1 } }] });

describe('the editing server refuses whatever is not its own page', () => {
  it('serves the page and the plan with the token', async () => {
    expect((await call(`/?token=${server.token}`)).status).toBe(200);
    const files = await call('/api/files', { headers: withToken() });
    expect(files.status).toBe(200);
    expect(JSON.parse(files.body).files.map((f: { name: string }) => f.name)).toContain('plan.yaml');
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await call('/')).status).toBe(403);
    expect((await call('/api/files')).status).toBe(403);
    expect((await call('/api/files', { headers: { 'x-edit-token': 'f'.repeat(server.token.length) } })).status).toBe(403);
    expect((await call('/assets/app.js')).status).toBe(403);
  });

  it('refuses a foreign Host, as a DNS-rebinding page would send', async () => {
    for (const host of [`evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, 'localhost']) {
      expect((await call(`/?token=${server.token}`, { headers: { ...withToken(), host } })).status, host).toBe(403);
    }
    expect((await call('/api/files', { headers: { ...withToken(), host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses a foreign Origin, and a change that carries the token only in the address or cookie', async () => {
    const before = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    const foreign = await call('/api/save', { method: 'POST', headers: { ...withToken(), origin: 'http://evil.example' }, body: saveBody('plan.yaml') });
    expect(foreign.status).toBe(403);
    const noHeader = await call(`/api/save?token=${server.token}`, { method: 'POST', headers: { cookie: `ita_edit_${server.port}=${server.token}` }, body: saveBody('plan.yaml') });
    expect(noHeader.status).toBe(403);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(before);
  });

  it('refuses paths outside the plan folder and the output folder', async () => {
    for (const name of ['../package.json', '/etc/passwd', 'plan.yaml/../../x.yaml', '.backup/plan.yaml']) {
      const res = await call('/api/save', { method: 'POST', headers: withToken(), body: saveBody(name) });
      expect(res.status, name).toBe(403);
    }
    for (const path of ['/out/..%2F..%2Fpackage.json', '/out/%2e%2e/plan.yaml', '/out/..%5c..%5cplan.yaml']) {
      expect((await call(path, { headers: withToken() })).status, path).toBe(403);
    }
  });

  it('listens on the loopback address only', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    const outside = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (outside) await expect(call('/', { host: outside.address })).rejects.toThrow(/ECONNREFUSED/);
  });
});
