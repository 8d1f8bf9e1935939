// `npm start`: one Node process serves the demo intranet page, the built bundles and the fake Loket's
// four apps (the same handler the tests and stories use) under the paths a real site's gateway
// forwards (deploy/nginx): /loket-api, /lmb-api, /subsidiepunt-api, /contactgegevens-api. All on one
// origin, with a session cookie per app, as behind the gateway.
//   PORT=8000 (default)   node demo/server.mjs [--persist[=file]]   (keeps edits in .demo-data/loket.json or file)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { CONTENT_TYPES, answerFromLoket, loadFakeLoket, rootOf, staticFile } from './http.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);
const persistArg = process.argv.find((arg) => arg === '--persist' || arg.startsWith('--persist='));
const persistFile = persistArg && (persistArg.includes('=') ? resolve(persistArg.slice('--persist='.length)) : join(root, '.demo-data/loket.json'));

const { startFakeLoket, GATEWAY_ROOTS } = await loadFakeLoket();
const loket = await startFakeLoket({ persistFile });

/**
 * `/strict/` serves the same page under the policy deploy/nginx/loket-csp.conf ships for a real site
 * (read from that file, so the two never differ), to show that the widgets need no inline script or
 * style and no HTML sinks beyond the Trusted Types policies they name: `lit-html` (Lit's templates)
 * and `dompurify` (the sanitiser of catalogue descriptions).
 */
const STRICT_CSP = /add_header\s+Content-Security-Policy\s+"([^"]+)"/.exec(readFileSync(join(root, 'deploy/nginx/loket-csp.conf'), 'utf8'))[1];

// The demo folder at `/` (not its server sources), the built bundles at `/dist/`.
const mounts = [
  ['/dist/', join(root, 'dist')],
  ['/', join(root, 'demo')],
];
const servable = (file) => !file.endsWith('.ts') && !file.endsWith('.mjs');

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  try {
    const app = rootOf(GATEWAY_ROOTS, pathname);
    if (app) {
      await answerFromLoket(loket, req, res, { cookiePath: `${app}/` });
      return;
    }
    const strict = pathname === '/strict' || pathname.startsWith('/strict/');
    if (pathname === '/strict') {
      res.writeHead(301, { location: '/strict/' }).end();
      return;
    }
    const file = staticFile(mounts, strict ? pathname.slice('/strict'.length) : pathname, servable);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(strict ? { 'content-security-policy': STRICT_CSP } : {}),
    });
    res.end(readFileSync(file));
  } catch (error) {
    // A dropped-connection fault rejects on purpose: answer by closing the socket, like a real drop.
    if (!res.headersSent) res.destroy();
    if (!(error instanceof TypeError)) console.error(error);
  }
});

server.listen(port, () => {
  console.log(`Loket demo: http://localhost:${port}/  (fake Loket apps at ${Object.values(GATEWAY_ROOTS).join(', ')})`);
  console.log('Press Ctrl-C to stop.');
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the demo…');
  server.close();
  server.closeAllConnections?.();
  Promise.resolve(loket.close?.()).finally(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
