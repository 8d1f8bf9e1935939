// What the demo server (`npm start`) and the examples' server share: content types, safe static
// files, and the bridge from Node's HTTP server to the fake Loket's `Request → Response` handler.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Buffer } from 'node:buffer';

const root = resolve(import.meta.dirname, '..');

export const CONTENT_TYPES = {
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

/**
 * The file a path maps to under one of the `[prefix, folder]` mounts, never outside its folder;
 * a folder maps to its index.html. `accept(file)` can refuse files (e.g. server sources).
 */
export function staticFile(mounts, pathname, accept = () => true) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    let file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile() && accept(file)) return file;
  }
  return undefined;
}

/** Node's request as a fetch `Request`, aborted when the client goes away. */
export async function toFetchRequest(req) {
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

/** Answers a Node request from the fake Loket. A dropped-connection fault rejects: the caller closes the socket. */
export async function answerFromLoket(loket, req, res) {
  const response = await loket.handle(await toFetchRequest(req));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * The fake Loket is TypeScript: bundle `demo/fake-loket-node.ts` for Node into a temp folder (not
 * `dist/`, which `npm run build` wipes) and import it. Returns its `startFakeLoket`.
 */
export async function loadFakeLoket() {
  const dir = mkdtempSync(join(tmpdir(), 'loket-fake-'));
  const outfile = join(dir, 'fake-loket.mjs');
  try {
    await build({
      entryPoints: [join(root, 'demo/fake-loket-node.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
    return (await import(pathToFileURL(outfile).href)).startFakeLoket;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
