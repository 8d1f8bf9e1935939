// The demo server behind `npm start`, as a newcomer meets it: the page on `/`, JSON:API under `/api`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const port = 18000 + Math.floor(Math.random() * 1000);
const origin = `http://127.0.0.1:${port}`;
let server;

before(async () => {
  server = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  server.stdout.setEncoding('utf8');
  // Keep reading after the banner: a closed pipe would make the server's "Stopping" line fail (EPIPE).
  await new Promise((resolve) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Loket demo:')) resolve();
    });
  });
  assert.match(output, new RegExp(`http://localhost:${port}/`));
});

after(async () => {
  server.kill('SIGINT');
  const [code] = await once(server, 'exit');
  assert.equal(code, 0, 'the server stops cleanly on Ctrl-C');
});

test('serves the intranet page with every widget, embedded by the script-tag bundle', async () => {
  const response = await fetch(`${origin}/`);
  assert.equal(response.status, 200);
  const page = await response.text();
  assert.match(page, /<script type="module" src="\/dist\/cdn\/loket-elements.js"><\/script>/);
  for (const tag of ['loket-service-finder', 'loket-dossier-list', 'loket-notification-bell', 'loket-mandate-editor', 'loket-inbox']) {
    assert.ok(page.includes(`<${tag}`), `${tag} is on the page`);
  }
});

test('answers the session as the Loket does, JSON:API under /api', async () => {
  const response = await fetch(`${origin}/api/sessions/current`, { headers: { Accept: 'application/vnd.api+json' } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /application\/vnd\.api\+json/);
  const body = await response.json();
  assert.equal(body.data.type, 'sessions');
  assert.equal(body.relationships.group.data.type, 'bestuurseenheden');
});

test('serves paged resources with the JSON:API body', async () => {
  const response = await fetch(`${origin}/api/public-services?page[size]=5`, { headers: { Accept: 'application/vnd.api+json' } });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.data.length, 5);
  assert.ok(body.meta.count > 5);
});

test('accepts writes with a body (POST answered 201 or a mu-style refusal, never a crash)', async () => {
  const response = await fetch(`${origin}/api/personen`, {
    method: 'POST',
    headers: { Accept: 'application/vnd.api+json', 'Content-Type': 'application/vnd.api+json' },
    body: JSON.stringify({ data: { type: 'personen', attributes: { achternaam: 'Peeters', 'gebruikte-voornaam': 'An' } } }),
  });
  assert.ok([201, 403, 422].includes(response.status), `status ${response.status}`);
});

test('does not serve files outside the demo and dist folders', async () => {
  const response = await fetch(`${origin}/..%2fpackage.json`);
  assert.equal(response.status, 404);
});

test('serves the strict variant under a Content Security Policy with Trusted Types', async () => {
  const response = await fetch(`${origin}/strict/`);
  assert.equal(response.status, 200);
  const policy = response.headers.get('content-security-policy') ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'"]) {
    assert.ok(policy.includes(directive), directive);
  }
  assert.equal((await fetch(`${origin}/strict/demo.css`)).status, 200);
  assert.equal((await fetch(`${origin}/`)).headers.get('content-security-policy'), null);
});
