// The fake's `sessions: 'cookie'` mode, as mu-identifier (v1.10.1 lib/manipulators/ensure_user_session.ex)
// keeps sessions: a request without a known `proxy_session` cookie is never refused but gets a new
// session and a Set-Cookie; each cookie is its own session. Run in Node: a browser's fetch neither
// sends a Cookie header nor shows a Set-Cookie one, so the browser tests cannot see this.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const ORIGIN = 'https://loket.test';
let createLibrary;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-loket-cookies-'));
  const outfile = join(dir, 'test-app.mjs');
  try {
    await build({
      entryPoints: [join(root, 'test/fake-loket/test-app.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
    ({ createLibrary } = await import(pathToFileURL(outfile).href));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const get = (loket, path, cookie) =>
  loket.fetch(`${ORIGIN}${path}`, { headers: { Accept: 'application/vnd.api+json', ...(cookie ? { Cookie: cookie } : {}) } });

/** `proxy_session=<value>` of a Set-Cookie header. */
const cookieOf = (response) => response.headers.get('Set-Cookie')?.split(';')[0];

test('a first request gets a new session and its cookie; the cookie brings it back', async () => {
  const loket = createLibrary({ sessions: 'cookie' });
  const first = await get(loket, '/sessions/current');
  assert.equal(first.status, 200);
  assert.match(first.headers.get('Set-Cookie') ?? '', /^proxy_session=[^;]+; path=\/; HttpOnly; SameSite=Lax$/);
  const cookie = cookieOf(first);
  const { data } = await first.json();
  const again = await get(loket, '/sessions/current', cookie);
  assert.equal(again.headers.get('Set-Cookie'), null);
  assert.equal((await again.json()).data.id, data.id);
});

test('a second cookie is another session: logging one out leaves the other', async () => {
  const loket = createLibrary({ sessions: 'cookie' });
  const a = await get(loket, '/notes');
  const b = await get(loket, '/notes');
  const [cookieA, cookieB] = [cookieOf(a), cookieOf(b)];
  assert.notEqual(cookieA, cookieB);
  const sessionA = (await (await get(loket, '/sessions/current', cookieA)).json()).data.id;
  const sessionB = (await (await get(loket, '/sessions/current', cookieB)).json()).data.id;
  assert.notEqual(sessionA, sessionB);
  const logout = await loket.fetch(`${ORIGIN}/sessions/current`, { method: 'DELETE', headers: { Cookie: cookieA } });
  assert.equal(logout.status, 204);
  assert.equal((await get(loket, '/sessions/current', cookieA)).status, 400);
  assert.equal((await (await get(loket, '/notes', cookieA)).json()).meta.count, 0);
  assert.equal((await get(loket, '/sessions/current', cookieB)).status, 200);
  assert.equal((await (await get(loket, '/notes', cookieB)).json()).meta.count, 27);
});

test('an unknown cookie is never refused: it gets a new session', async () => {
  const loket = createLibrary({ sessions: 'cookie' });
  const response = await get(loket, '/books', 'proxy_session=forged');
  assert.equal(response.status, 200);
  assert.ok(cookieOf(response));
  assert.notEqual(cookieOf(response), 'proxy_session=forged');
});

test('without a default login, every new cookie session is anonymous', async () => {
  const loket = createLibrary({ sessions: 'cookie', session: null });
  const response = await get(loket, '/sessions/current');
  assert.equal(response.status, 400);
  assert.deepEqual(await response.json(), { errors: [{ title: 'Invalid session' }] });
  assert.equal((await (await get(loket, '/notes', cookieOf(response))).json()).meta.count, 0);
});
