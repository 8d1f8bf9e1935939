// The demo server behind `npm start`, as a newcomer meets it: the page on `/`, the four fake Loket
// apps under the gateway's prefixes, each with its own session cookie, and `--persist`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const JSON_API = 'application/vnd.api+json';
const PREFIXES = ['/loket-api', '/lmb-api', '/subsidiepunt-api', '/contactgegevens-api'];
const AALST = '974816591f269bb7d74aa1720922651529f3d3b2a787f5c60b73e5a0384950a4';
const DEFAULT_ACCOUNT = 'a6f9d3b0-2b8c-4f1e-9d7a-5c3e1f0b8a21';

let demo;
let origin;

/** Starts `node demo/server.mjs …args` on a random port; resolves once its banner is out. */
async function startDemo(args = []) {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, ['demo/server.mjs', ...args], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  server.stdout.setEncoding('utf8');
  // Keep reading after the banner: a closed pipe would make the server's "Stopping" line fail (EPIPE).
  await new Promise((done) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Loket demo:')) done();
    });
  });
  assert.match(output, new RegExp(`http://localhost:${port}/`));
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      server.kill('SIGINT');
      const [code] = await once(server, 'exit');
      assert.equal(code, 0, 'the server stops cleanly on Ctrl-C');
    },
  };
}

/** A browser's cookies, as far as these tests need them: one `proxy_session` per path. */
function cookieJar() {
  const cookies = new Map();
  return {
    cookies,
    header(path) {
      return [...cookies].filter(([cookiePath]) => path.startsWith(cookiePath)).map(([, value]) => `proxy_session=${value}`).join('; ');
    },
    take(response) {
      for (const line of response.headers.getSetCookie()) {
        const [, value] = /^proxy_session=([^;]*)/.exec(line) ?? [];
        const [, path] = /;\s*Path=([^;]*)/i.exec(line) ?? [];
        if (value) cookies.set(path ?? '/', value);
      }
    },
  };
}

async function call(jar, path, init = {}) {
  const headers = { Accept: JSON_API, ...init.headers };
  const cookie = jar?.header(path);
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(`${origin}${path}`, { ...init, headers });
  jar?.take(response);
  return response;
}

before(async () => {
  demo = await startDemo();
  origin = demo.origin;
});

after(() => demo?.stop());

test('serves the intranet page with every widget, embedded by the script-tag bundle, on the gateway paths', async () => {
  const response = await fetch(`${origin}/`);
  assert.equal(response.status, 200);
  const page = await response.text();
  assert.match(page, /<script type="module" src="\/dist\/cdn\/loket-elements.js"><\/script>/);
  for (const tag of ['loket-service-finder', 'loket-dossier-list', 'loket-notification-bell', 'loket-mandate-editor', 'loket-inbox']) {
    assert.ok(page.includes(`<${tag}`), `${tag} is on the page`);
  }
  assert.match(page, /<loket-provider api-base="\/loket-api" mandates-api-base="\/lmb-api" subsidies-api-base="\/subsidiepunt-api" contact-api-base="\/contactgegevens-api">/);
  assert.doesNotMatch(page, /"\/api"/, 'no widget calls the old /api root');
});

test('answers the session as the Loket does under /loket-api, and sets the session cookie under that prefix', async () => {
  const response = await call(undefined, '/loket-api/sessions/current');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /application\/vnd\.api\+json/);
  const body = await response.json();
  assert.equal(body.data.type, 'sessions');
  assert.equal(body.relationships.group.data.type, 'bestuurseenheden');
  assert.deepEqual(response.headers.getSetCookie().map((line) => line.replace(/=[^;]+/, '=…')), ['proxy_session=…; path=/loket-api/; HttpOnly; SameSite=Lax']);
  assert.equal((await call(undefined, '/api/sessions/current')).status, 404, 'nothing is left at /api');
});

test('answers as mu-identifier does in front of each app: cache headers, and Contactgegevens\' own cookie flags and CORS header', async () => {
  const loket = await call(undefined, '/loket-api/sessions/current');
  assert.equal(loket.headers.get('cache-control'), 'no-cache');
  assert.equal(loket.headers.get('pragma'), 'no-cache');
  assert.equal(loket.headers.get('expires'), '-1');
  assert.equal(loket.headers.get('access-control-allow-origin'), null);
  // lblod/app-contactgegevens-loket docker-compose.yml: SESSION_COOKIE_SECURE, SameSite None, ACAO *.
  const contact = await call(undefined, '/contactgegevens-api/sessions/current');
  assert.deepEqual(contact.headers.getSetCookie().map((line) => line.replace(/=[^;]+/, '=…')), ['proxy_session=…; path=/contactgegevens-api/; secure; HttpOnly; SameSite=None']);
  assert.equal(contact.headers.get('access-control-allow-origin'), '*');
});

test('each prefix is its own app with its own session cookie, kept while the browser sends it back', async () => {
  const jar = cookieJar();
  for (const prefix of PREFIXES) {
    const response = await call(jar, `${prefix}/sessions/current`);
    assert.equal(response.status, 200, prefix);
    assert.equal(response.headers.getSetCookie().length, 1, `${prefix} sets a cookie for a new browser`);
  }
  assert.deepEqual([...jar.cookies.keys()], PREFIXES.map((prefix) => `${prefix}/`));
  assert.equal(new Set(jar.cookies.values()).size, 4, 'four distinct sessions');
  for (const prefix of PREFIXES) {
    const again = await call(jar, `${prefix}/sessions/current`);
    assert.equal(again.status, 200);
    assert.deepEqual(again.headers.getSetCookie(), [], `${prefix} keeps the session it knows`);
  }
  // The apps are the real ones, each at its own root: LMB's path is not the Loket's.
  assert.equal((await call(jar, '/lmb-api/public-services?page[size]=1')).status, 404);
  assert.equal((await call(jar, '/loket-api/public-services?page[size]=1')).status, 200);
});

test('a logout under one prefix leaves the other apps signed in; the mock login signs in again', async () => {
  const jar = cookieJar();
  for (const prefix of ['/loket-api', '/lmb-api']) assert.equal((await call(jar, `${prefix}/sessions/current`)).status, 200);
  assert.equal((await call(jar, '/loket-api/sessions/current', { method: 'DELETE' })).status, 204);
  assert.equal((await call(jar, '/loket-api/sessions/current')).status, 400);
  assert.equal((await call(jar, '/lmb-api/sessions/current')).status, 200, 'LMB keeps its session');
  const login = await call(jar, '/loket-api/mock/sessions', {
    method: 'POST',
    headers: { 'Content-Type': JSON_API },
    body: JSON.stringify({ data: { type: 'sessions', relationships: { account: { data: { type: 'accounts', id: DEFAULT_ACCOUNT } }, group: { data: { type: 'groups', id: AALST } } } } }),
  });
  assert.equal(login.status, 201);
  assert.equal((await call(jar, '/loket-api/sessions/current')).status, 200);
});

test('serves paged resources with the JSON:API body', async () => {
  const response = await call(undefined, '/loket-api/public-services?page[size]=5');
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.data.length, 5);
  assert.ok(body.meta.count > 5);
});

test('takes an attachment upload (multipart) and gives the same bytes back at /files/:id/download', async () => {
  const jar = cookieJar();
  const bytes = new Uint8Array(300_000).map((_, index) => (index * 7) % 256);
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'antwoord.pdf');
  const upload = await call(jar, '/loket-api/files', { method: 'POST', body: form });
  assert.equal(upload.status, 201);
  const { data } = await upload.json();
  // The file service names a download after its stored file unless the link names it, as the Loket's own links do (`?name=`).
  const stored = await call(jar, `/loket-api/files/${data.id}/download`);
  assert.match(stored.headers.get('content-disposition') ?? '', /attachment; filename="[0-9a-f-]{36}\.pdf"/);
  const download = await call(jar, `/loket-api/files/${data.id}/download?name=antwoord.pdf`);
  assert.equal(download.status, 200);
  assert.match(download.headers.get('content-disposition') ?? '', /attachment; filename="antwoord\.pdf"/);
  assert.deepEqual(new Uint8Array(await download.arrayBuffer()), bytes);
});

test('does not serve files outside the demo and dist folders', async () => {
  const response = await fetch(`${origin}/..%2fpackage.json`);
  assert.equal(response.status, 404);
});

test('serves the strict variant under the Content Security Policy deploy/nginx ships', async () => {
  const response = await fetch(`${origin}/strict/`);
  assert.equal(response.status, 200);
  const policy = response.headers.get('content-security-policy') ?? '';
  const shipped = /Content-Security-Policy "([^"]+)"/.exec(readFileSync(join(root, 'deploy/nginx/loket-csp.conf'), 'utf8'))[1];
  assert.equal(policy, shipped);
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html dompurify']) {
    assert.ok(policy.includes(directive), directive);
  }
  assert.equal((await fetch(`${origin}/strict/demo.css`)).status, 200);
  assert.equal((await fetch(`${origin}/`)).headers.get('content-security-policy'), null);
});

test('--persist keeps every app\'s edits across a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'loket-demo-persist-'));
  const file = join(dir, 'loket.json');
  try {
    let server = await startDemo([`--persist=${file}`]);
    const bestuur = `${server.origin}/loket-api/bestuurseenheden/${AALST}`;
    const before = (await (await fetch(bestuur, { headers: { Accept: JSON_API } })).json()).data.attributes['wil-mail-ontvangen'];
    const patch = await fetch(bestuur, {
      method: 'PATCH',
      headers: { Accept: JSON_API, 'Content-Type': JSON_API },
      body: JSON.stringify({ data: { type: 'bestuurseenheden', id: AALST, attributes: { 'wil-mail-ontvangen': !before } } }),
    });
    assert.equal(patch.status, 204);
    await server.stop();
    const snapshot = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(snapshot.version, 2);
    assert.deepEqual(Object.keys(snapshot.apps).sort(), ['contactgegevens', 'lmb', 'loket', 'subsidiepunt']);
    server = await startDemo([`--persist=${file}`]);
    const after = (await (await fetch(`${server.origin}/loket-api/bestuurseenheden/${AALST}`, { headers: { Accept: JSON_API } })).json()).data.attributes['wil-mail-ontvangen'];
    await server.stop();
    assert.equal(after, !before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
