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

/** Node's request as a fetch `Request` (its path below `mount`), aborted when the client goes away. */
export async function toFetchRequest(req, mount = '') {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = chunks.length && !['GET', 'HEAD'].includes(req.method) ? Buffer.concat(chunks) : undefined;
  const controller = new AbortController();
  req.on('close', () => req.complete || controller.abort());
  return new Request(`http://${req.headers.host ?? 'localhost'}${mount}${req.url}`, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
    body,
    signal: controller.signal,
  });
}

/** The root of `roots` (`{ loket: '/loket-api', … }`) a path lies under, or undefined. */
export function rootOf(roots, pathname) {
  return Object.values(roots).find((root) => pathname === root || pathname.startsWith(`${root}/`));
}

/**
 * Answers a Node request from the fake Loket. A dropped-connection fault rejects: the caller closes
 * the socket.
 * - `mount`: the request's path is below this root of the fake (an app served on its own port, as a
 *   real app is on its own host: `/sessions/current` is the fake's `/lmb-api/sessions/current`).
 * - `cookiePath`: what `deploy/nginx` does with `proxy_cookie_path`: every app sets its session
 *   cookie on `Path=/`; on one origin each app's cookie must stay under its own prefix, or the four
 *   `proxy_session` cookies would overwrite each other.
 */
export async function answerFromLoket(loket, req, res, { mount = '', cookiePath } = {}) {
  const response = await loket.handle(await toFetchRequest(req, mount));
  const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'set-cookie'));
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookiePath ? cookies.map((cookie) => cookie.replace(/(;\s*path=)\/(?=;|$)/i, `$1${cookiePath}`)) : cookies;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * The fake Loket is TypeScript: bundle `demo/fake-loket-node.ts` for Node into a temp folder (not
 * `dist/`, which `npm run build` wipes) and import it. Returns the module: `startFakeLoket`,
 * `GATEWAY_ROOTS`.
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
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
