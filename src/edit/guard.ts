import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface GuardOptions {
  token: string;
  port: number;
}

function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The cookie that carries the token for the page's own assets, one per port (cookies ignore ports). */
export const cookieName = (port: number) => `ita_edit_${port}`;

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/**
 * Why a request is refused, or null when it may be served. Only this run's page may use the server:
 * - `Host` must name the loopback address and this port, so a web page whose domain was made to
 *   resolve to 127.0.0.1 (DNS rebinding) is refused;
 * - `Origin`, when the browser sends one, must be this server, so another site's script is refused;
 * - the per-run token must come with it: in the address (the link the program prints), in the
 *   page's cookie (its scripts, fonts, pdf.js), or, for anything that changes files or runs a build,
 *   in the X-Edit-Token header only the page's own script sets (another site cannot send it).
 */
export function refusal(req: IncomingMessage, url: URL, { token, port }: GuardOptions): string | null {
  const ours = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ours.includes(req.headers.host ?? '')) return 'foreign Host';
  const origin = req.headers.origin;
  if (origin !== undefined && !ours.map((h) => `http://${h}`).includes(origin)) return 'foreign Origin';
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'cross-site request';
  const header = req.headers['x-edit-token'];
  if (sameSecret(typeof header === 'string' ? header : undefined, token)) return null;
  if (req.method !== 'GET' && req.method !== 'HEAD') return 'missing token header';
  if (sameSecret(url.searchParams.get('token'), token) || sameSecret(cookie(req, cookieName(port)), token)) return null;
  return 'missing token';
}
