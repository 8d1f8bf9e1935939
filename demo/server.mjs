// `npm start`: one Node process serves the demo intranet page, the built bundles and, under /api,
// the fake Loket (the same handler the tests and stories use), all on one origin.
//   PORT=8000 (default)   node demo/server.mjs [--persist]   (--persist keeps edits in .demo-data/)
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);
const persist = process.argv.includes('--persist');

// The fake Loket is TypeScript; bundle it for Node once at start-up.
const nodeBuild = join(root, 'dist/node/fake-loket.mjs');
await build({
  entryPoints: [join(root, 'demo/fake-loket-node.ts')],
  outfile: nodeBuild,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
const { startFakeLoket } = await import(pathToFileURL(nodeBuild).href);
const loket = await startFakeLoket({ basePath: '/api', persistFile: persist ? join(root, '.demo-data/loket.json') : undefined });

/**
 * `/strict/` serves the same page under the strictest policy a government site would set, to show
 * that the widgets need no inline script or style and no HTML sinks beyond the Trusted Types policies
 * they name: `lit-html` (Lit's templates) and `loket-html` (the sanitised catalogue descriptions).
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html loket-html dompurify',
].join('; ');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Static files: the demo folder at `/`, the built bundles at `/dist/`. Nothing outside them. */
function staticFile(pathname) {
  const mounts = [
    ['/dist/', join(root, 'dist')],
    ['/', join(root, 'demo')],
  ];
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && !file.endsWith('.ts') && !file.endsWith('.mjs')) return file;
  }
  return undefined;
}

async function toFetchRequest(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = chunks.length && !['GET', 'HEAD'].includes(req.method) ? Buffer.concat(chunks) : undefined;
  const controller = new AbortController();
  req.on('close', () => req.complete || controller.abort());
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
    body,
    signal: controller.signal,
  });
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  try {
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      const response = await loket.handle(await toFetchRequest(req));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
      return;
    }
    const strict = pathname === '/strict' || pathname.startsWith('/strict/');
    if (pathname === '/strict') {
      res.writeHead(301, { location: '/strict/' }).end();
      return;
    }
    const file = staticFile(strict ? pathname.slice('/strict'.length) : pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
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
