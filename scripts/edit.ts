// npm run edit [-- --data DIR --port N --no-open --out DIR]
// Starts the editing page on 127.0.0.1, prints its address (with this run's secret token) and opens
// the browser. Ctrl-C stops it.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, runCli } from '../src/cli/run.js';
import { startEditServer } from '../src/edit/server.js';

/** Opens the address in the desktop's browser; a machine without one just keeps the printed address. */
function openBrowser(url: string) {
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}

void runCli(async () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: DEFAULT_PLAN },
      out: { type: 'string', default: 'out' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: expected a port number`);
  const server = await startEditServer({ data: values.data!, out: values.out!, port });
  console.log(`หน้าแก้ไขแผนพร้อมแล้ว เปิดที่อยู่นี้ในเบราว์เซอร์ (กด Ctrl-C เพื่อหยุด) — editor ready at:\n${server.url}`);
  if (!values['no-open']) openBrowser(server.url);
  await new Promise<void>((stop) => {
    const quit = () => {
      console.log('หยุดหน้าแก้ไขแล้ว — stopped');
      void server.close().then(stop);
    };
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
  });
});
