// `npm start`: one Node process serves the demo intranet page, the built bundles and, under /api,
// the fake Loket (the same handler the tests and stories use), all on one origin.
//   PORT=8000 (default)   node demo/server.mjs [--persist]   (--persist keeps edits in .demo-data/)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { CONTENT_TYPES, answerFromLoket, loadFakeLoket, staticFile } from './http.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);
const persist = process.argv.includes('--persist');

const startFakeLoket = await loadFakeLoket();
const loket = await startFakeLoket({ basePath: '/api', persistFile: persist ? join(root, '.demo-data/loket.json') : undefined });

/**
 * `/strict/` serves the same page under the strictest policy a government site would set, to show
 * that the widgets need no inline script or style and no HTML sinks beyond the Trusted Types policies
 * they name: `lit-html` (Lit's templates) and `dompurify` (the sanitiser of catalogue descriptions).
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

// The demo folder at `/` (not its server sources), the built bundles at `/dist/`.
const mounts = [
  ['/dist/', join(root, 'dist')],
  ['/', join(root, 'demo')],
];
const servable = (file) => !file.endsWith('.ts') && !file.endsWith('.mjs');

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  try {
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      await answerFromLoket(loket, req, res);
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
  console.log(`Loket demo: http://localhost:${port}/  (fake Loket API at http://localhost:${port}/api/)`);
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
