import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { buildAssets, type Asset } from './assets.js';
import { builtFiles, runBuild } from './buildRun.js';
import { cookieName, refusal } from './guard.js';
import { pageHtml } from './page.js';
import { readPlanFiles } from './planFiles.js';
import { previewCard } from './preview.js';
import { saveChanges, type FileChange } from './save.js';

export interface EditServerOptions {
  data: string;
  out: string;
  /** 0 picks a free port. */
  port: number;
  /** Given for tests; a fresh random one otherwise. */
  token?: string;
}

export interface EditServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Pages, scripts and answers may not be framed, sniffed or cached, and run only our own scripts. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const MAX_BODY = 8 * 1024 * 1024;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...headers });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function changesOf(body: unknown): FileChange[] {
  const files = (body as { files?: unknown }).files;
  if (!Array.isArray(files)) throw new Error('expected files');
  return files.map((f: { name?: unknown; hash?: unknown; value?: unknown }) => {
    if (typeof f.name !== 'string' || typeof f.hash !== 'string') throw new Error('expected name and hash');
    return { name: f.name, hash: f.hash, value: f.value };
  });
}

/** A path under `root` named by the rest of the address, or null when it would leave it. */
export function confined(root: string, rest: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, decoded);
  return full.startsWith(resolve(root) + sep) ? full : null;
}

/** Whether an address has a ".." segment, however it is spelled (%2e%2e, backslashes). */
function climbs(raw: string): boolean {
  let path = raw.split('?')[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    return true;
  }
  return path.split(/[\\/]/).includes('..');
}

/** Starts the editor's server on 127.0.0.1 (never another interface). */
export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  const dir = resolve(options.data);
  const out = resolve(options.out);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`ไม่พบโฟลเดอร์ของแผน ${options.data} — expected a plan folder`);
  const token = options.token ?? randomBytes(24).toString('hex');
  const assets: Map<string, Asset> = await buildAssets();
  let port = options.port;
  let building = false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const why = refusal(req, url, { token, port });
    if (why) return send(res, 403, 'text/plain; charset=utf-8', `ถูกปฏิเสธ — forbidden (${why})\n`);
    // The URL parser quietly resolves "/out/%2e%2e/x" to "/x"; a request that tried to climb is refused as such.
    if (climbs(req.url ?? '/')) return send(res, 403, 'text/plain; charset=utf-8', 'ถูกปฏิเสธ — path outside the plan\n');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/') {
      return send(res, 200, 'text/html; charset=utf-8', pageHtml(token), {
        'set-cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    const asset = req.method === 'GET' ? assets.get(path) : undefined;
    if (asset) return send(res, 200, asset.type, asset.bytes);
    if (req.method === 'GET' && path === '/api/files') return json(res, 200, { files: readPlanFiles(dir) });
    if (req.method === 'GET' && path === '/api/outputs') return json(res, 200, { files: builtFiles(out) });
    if (req.method === 'GET' && path.startsWith('/out/')) {
      const file = confined(out, path.slice('/out/'.length));
      if (!file) return send(res, 403, 'text/plain; charset=utf-8', 'ถูกปฏิเสธ — outside the output folder\n');
      if (!existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'ไม่พบไฟล์ — not found\n');
      const type = file.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream';
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type, 'content-disposition': file.endsWith('.pdf') ? 'inline' : 'attachment' });
      return void createReadStream(file).pipe(res);
    }
    if (req.method === 'POST' && path === '/api/save') {
      const result = await saveChanges(dir, changesOf(await bodyOf(req)));
      const status = { saved: 200, conflict: 409, invalid: 422, forbidden: 403 }[result.status];
      return json(res, status, result);
    }
    if (req.method === 'POST' && path === '/api/preview') {
      const body = (await bodyOf(req)) as { project?: unknown };
      if (typeof body.project !== 'string') throw new Error('expected project');
      const result = await previewCard(dir, changesOf(body), body.project);
      if (result.status === 'pdf') return send(res, 200, 'application/pdf', result.bytes);
      return json(res, result.status === 'problems' ? 422 : 403, result);
    }
    if (req.method === 'POST' && path === '/api/build') {
      if (building) return json(res, 409, { message: 'กำลังสร้างเอกสารอยู่แล้ว — a build is already running' });
      building = true;
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      try {
        const code = await runBuild(dir, out, (line) => res.write(`${line}\n`));
        res.end(code === 0 ? 'สร้างเอกสารเสร็จแล้ว — build finished\n' : `สร้างเอกสารไม่สำเร็จ (รหัส ${code}) แก้ตามข้อความข้างบนแล้วลองใหม่ — build failed\n`);
      } finally {
        building = false;
      }
      return;
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'ไม่พบ — not found\n');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) json(res, 400, { message: `คำขอไม่ถูกต้อง — bad request: ${e.message}` });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
