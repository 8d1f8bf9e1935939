// Serves one example folder with the fake Loket's four apps under the gateway's prefixes (/loket-api,
// /lmb-api, /subsidiepunt-api, /contactgegevens-api), all on one origin (like `npm start`):
//   node examples/serve.mjs examples/plain-html          (PORT=8000 by default)
//   node examples/serve.mjs examples/vite-app/dist       (a Vite build; see examples/README.md)
// `/dist/` is this repo's `npm run build` output, so a script tag can point at `/dist/cdn/…`.
// The test (test/examples/) imports `serveExample` to run every example on a random port.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import process from 'node:process';
import { CONTENT_TYPES, answerFromLoket, loadFakeLoket, rootOf, staticFile } from '../demo/http.mjs';

const root = resolve(import.meta.dirname, '..');

/** Bundled once per process. */
let fakeLoket;

/**
 * A CMS puts a pasted block into its own page; a folder with `snippet.html` and no `index.html` is
 * served that way, the snippet unchanged inside a bare host page.
 */
function cmsPage(snippet) {
  return `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8" /><title>Een CMS-pagina</title></head>
  <body>
    <h1>Een CMS-pagina</h1>
    <main id="cms-body">
${snippet}
    </main>
  </body>
</html>
`;
}

/**
 * Starts a server for `folder` (served at `/`), the repo's `dist/` at `/dist/` and the fake Loket's
 * apps at their prefixes. Resolves once listening; `port: 0` picks a free port.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveExample(folder, { port = 0, host = '127.0.0.1' } = {}) {
  const { startFakeLoket, GATEWAY_ROOTS } = await (fakeLoket ??= loadFakeLoket());
  const loket = await startFakeLoket();
  const mounts = [
    ['/dist/', join(root, 'dist')],
    ['/', resolve(folder)],
  ];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    try {
      const app = rootOf(GATEWAY_ROOTS, pathname);
      if (app) {
        await answerFromLoket(loket, req, res, { cookiePath: `${app}/` });
        return;
      }
      const snippet = join(resolve(folder), 'snippet.html');
      if ((pathname === '/' || pathname === '/index.html') && !existsSync(join(resolve(folder), 'index.html')) && existsSync(snippet)) {
        res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-cache' });
        res.end(cmsPage(readFileSync(snippet, 'utf8')));
        return;
      }
      const file = staticFile(mounts, pathname);
      if (!file && pathname === '/favicon.ico') {
        // The examples have no icon; a 404 would show up as a console error in every page.
        res.writeHead(204).end();
        return;
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(readFileSync(file));
    } catch {
      // An aborted request (the browser navigated away) has nobody left to answer.
      if (!res.headersSent) res.destroy();
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolveListen);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done()));
      await loket.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = process.argv[2];
  if (!folder || !existsSync(folder)) {
    console.error('usage: node examples/serve.mjs <example folder>   e.g. examples/plain-html');
    process.exit(2);
  }
  const served = await serveExample(folder, { port: Number(process.env.PORT ?? 8000), host: 'localhost' });
  console.log(`${folder}: ${served.url}  (fake Loket apps at /loket-api, /lmb-api, /subsidiepunt-api, /contactgegevens-api) — Ctrl-C stops it.`);
  const stop = () => served.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
