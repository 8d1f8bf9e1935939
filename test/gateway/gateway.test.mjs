// `npm run test:gateway`: deploy/nginx, run by Debian's nginx, in front of the fake Loket's four apps
// (each its own Node server on a loopback port, as each real app is its own host), with the demo page
// and dist/ as the site. Chromium loads the page through nginx; the test proves each widget works
// through the gateway (test/gateway/widgets.mjs lists what it checks per widget), that every app's
// session cookie lives under its own prefix, that reads, a write, an upload and an attachment
// download pass, that nothing is cached, that no request leaves the page's origin, and that a widget
// pointed at another origin says what a webmaster must do. At the end it prints the request log.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { serveAppsOnPorts } from './apps.mjs';
import { DEPLOY_DIR, NO_NGINX_HINT, checkConfig, findNginx, freePort, mainConfig, readLog, startNginx } from './nginx.mjs';
import { WIDGETS, alertOf, until } from './widgets.mjs';

const root = resolve(import.meta.dirname, '../..');
const JSON_API = 'application/vnd.api+json';
const PREFIXES = { loket: '/loket-api', lmb: '/lmb-api', subsidiepunt: '/subsidiepunt-api', contactgegevens: '/contactgegevens-api' };
const AALST = '974816591f269bb7d74aa1720922651529f3d3b2a787f5c60b73e5a0384950a4';
const DEFAULT_ACCOUNT = 'a6f9d3b0-2b8c-4f1e-9d7a-5c3e1f0b8a21';
const SHIPPED_CSP = /Content-Security-Policy "([^"]+)"/.exec(readFileSync(join(DEPLOY_DIR, 'loket-csp.conf'), 'utf8'))[1];
/** The cross-origin message of src/api/errors.messages.ts, the one a webmaster must act on. */
const CROSS_ORIGIN_NL = 'De Loket-API is niet bereikbaar vanaf deze site. Zet een doorverwijzing op uw eigen domein op; zie de installatiegids.';

// One JSON object per request in nginx's access log. Cookie values are logged here because this
// test must see them; a production log should not hold session cookies.
const LOG_FORMAT = [
  '{"method":"$request_method","uri":"$request_uri","status":"$status","upstream":"$upstream_addr","host":"$host","fetch_site":"$http_sec_fetch_site"',
  '"cookie":"$http_cookie","forwarded_cookie":"$loket_gateway_session_cookie","set_cookie":"$sent_http_set_cookie"}',
].join(',');

let dir;
let apps;
let nginx;
let origin;
let browser;
let demo;

/** `npm run build` when the bundles the demo page loads are missing. */
function ensureDist() {
  const needed = ['dist/cdn/loket-elements.js'];
  if (needed.every((file) => existsSync(join(root, file)))) return;
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  assert.ok(needed.every((file) => existsSync(join(root, file))), '`npm run build` did not produce dist/cdn/loket-elements.js');
}

/** The site nginx serves at `/`: the demo page as it is, and a page whose widgets point at another origin. */
function writeSite(siteDir, otherOrigin) {
  mkdirSync(join(siteDir, 'cross-origin'), { recursive: true });
  for (const file of ['index.html', 'demo.css', 'demo.js']) copyFileSync(join(root, 'demo', file), join(siteDir, file));
  writeFileSync(
    join(siteDir, 'cross-origin/index.html'),
    `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Widgets met de Loket-API op een ander domein</title>
    <!-- A classic script runs at once, so it hears every widget's loket-error. -->
    <script src="./errors.js"></script>
    <script type="module" src="/dist/cdn/loket-elements.js"></script>
  </head>
  <body>
    <loket-provider api-base="${otherOrigin}/loket-api" mandates-api-base="${otherOrigin}/lmb-api">
      <loket-service-finder></loket-service-finder>
      <loket-dossier-list></loket-dossier-list>
      <loket-mandate-editor></loket-mandate-editor>
    </loket-provider>
  </body>
</html>
`,
  );
  writeFileSync(join(siteDir, 'cross-origin/errors.js'), "window.__loketErrors = [];\ndocument.addEventListener('loket-error', (event) => window.__loketErrors.push({ tag: event.target.localName, kind: event.detail.error.kind }));\n");
}

function upstreamsFor(ports) {
  return Object.entries(PREFIXES)
    .map(([app, prefix]) => `set $${prefix.slice(1).replace('-api', '')}_api_upstream http://127.0.0.1:${ports[app]};`)
    .join('\n');
}

/**
 * Opens `url` in a new tab and records what the page does: every request (method, path, status),
 * console calls of the page's scripts (ours) apart from the browser's own lines, page errors, and
 * Content Security Policy violations. A cookie of the host site (its own SSO, say) is set first, to
 * see that the gateway keeps it home.
 */
async function openPage(url) {
  const page = await browser.newPage();
  const record = { page, requests: [], ours: [], browserLines: [], pageErrors: [] };
  const entries = new Map();
  page.on('request', (request) => {
    const target = new URL(request.url());
    const entry = { method: request.method(), url: request.url(), origin: target.origin, path: `${target.pathname}${target.search}`, status: undefined, failure: undefined };
    entries.set(request, entry);
    record.requests.push(entry);
  });
  page.on('requestfinished', (request) => {
    const entry = entries.get(request);
    if (entry) entry.status = request.response()?.status();
  });
  page.on('requestfailed', (request) => {
    const entry = entries.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  const cdp = await page.createCDPSession();
  cdp.on('Runtime.consoleAPICalled', (event) => record.ours.push(`${event.type}: ${event.args.map((arg) => arg.value ?? arg.description ?? '').join(' ')}`));
  cdp.on('Log.entryAdded', ({ entry }) => record.browserLines.push({ level: entry.level, source: entry.source, text: entry.text, url: entry.url ?? '' }));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    document.cookie = 'intranet_sso=host-session-secret; path=/';
  });
  record.response = await page.goto(url, { waitUntil: 'load' });
  /** A mark in the request log; `requestsSince(mark)` is what happened after it. */
  record.mark = () => record.requests.length;
  record.requestsSince = (mark) => record.requests.slice(mark);
  return record;
}

/** `fetch` in the page, as a widget would: same origin, the browser's cookies. */
function pageFetch(page, path, init = {}) {
  return page.evaluate(
    async (target, options) => {
      const response = await fetch(target, { ...options, headers: { Accept: 'application/vnd.api+json', ...options.headers } });
      const text = await response.text();
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: response.status, body, headers: Object.fromEntries(response.headers) };
    },
    path,
    init,
  );
}

function accessLog() {
  return readLog(dir, 'access.log')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

function prefixOf(uri) {
  return Object.entries(PREFIXES).find(([, prefix]) => uri.startsWith(`${prefix}/`));
}

/** The items of `items` that `pool` does not hold (as a multiset: each pool item matches once). */
function missingFrom(pool, items) {
  const left = [...pool];
  return items.filter((item) => {
    const index = left.indexOf(item);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

const sessionCookies = (header) => [...(header ?? '').matchAll(/(?:^|;\s*)proxy_session=([^;]*)/g)].map((match) => match[1]);

/** Waits until the page has been idle for a moment (no clock limit: the requests end or fail). */
const settle = (page) => page.waitForNetworkIdle({ idleTime: 300, timeout: 0 });

before(async () => {
  ensureDist();
  const nginxPath = findNginx();
  assert.ok(nginxPath, NO_NGINX_HINT);
  assert.ok(findChrome(), 'No Chrome or Chromium found (set CHROME_PATH).');
  dir = mkdtempSync(join(tmpdir(), 'loket-gateway-'));
  apps = await serveAppsOnPorts();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Another origin for the same server: the host name differs, so the browser treats it as foreign.
  writeSite(join(dir, 'site'), `http://localhost:${port}`);
  writeFileSync(join(dir, 'loket-upstreams.test.conf'), `# The loopback fake apps, in place of loket/loket-upstreams.conf\n${upstreamsFor(apps.ports)}\n`);
  const config = mainConfig(dir, {
    logFormat: LOG_FORMAT,
    http: '    include loket/loket-gateway-http.conf;',
    server: `        listen 127.0.0.1:${port};
        server_name 127.0.0.1 localhost;
        include ${dir}/loket-upstreams.test.conf;
        include loket/loket-gateway.conf;
        location / {
            root ${dir}/site;
            include loket/loket-csp.conf;
        }
        location /cross-origin/ {
            root ${dir}/site;
        }
        location /dist/ {
            alias ${root}/dist/;
        }
        location = /favicon.ico {
            return 204;
        }`,
  });
  nginx = await startNginx(nginxPath, dir, config, port);
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  demo = await openPage(`${origin}/`);
});

after(async () => {
  printRequestLog();
  await browser?.close();
  await nginx?.stop();
  await apps?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The request log the issue note shows: every request nginx took, with the app that answered. */
function printRequestLog() {
  if (!dir) return;
  const lines = accessLog().map((entry) => {
    const port = Number(entry.upstream.split(':').pop());
    // No upstream: the site's own files, or a request the gateway itself refused.
    const app = entry.upstream ? (apps.appOfPort(port) ?? `? ${entry.upstream}`) : prefixOf(entry.uri) ? 'gateway' : 'site';
    const path = entry.uri.length > 100 ? `${entry.uri.slice(0, 97)}...` : entry.uri;
    const from = entry.host === '127.0.0.1' ? '' : `   [from the page on another origin: Host ${entry.host}, Sec-Fetch-Site ${entry.fetch_site}]`;
    return `${entry.method.padEnd(6)} ${entry.status}  ${app.padEnd(15)} ${path}${from}`;
  });
  console.log(`\nRequest log (nginx access log: method, status, app that answered, path as the browser sent it), ${lines.length} requests:\n${lines.join('\n')}\n`);
}

describe('the shipped configuration', () => {
  it('passes nginx -t as the README includes it, with the production upstreams and their resolver', async () => {
    const checkDir = join(dir, 'check-shipped');
    const config = mainConfig(checkDir, {
      logFormat: LOG_FORMAT,
      http: '    include loket/loket-gateway-http.conf;',
      server: `        listen 127.0.0.1:${await freePort()};
        include loket/loket-upstreams.conf;
        include loket/loket-gateway.conf;
        location / { root ${dir}/site; include loket/loket-csp.conf; }`,
    });
    assert.equal(checkConfig(findNginx(), checkDir, config), '');
  });

  it('passes nginx -t as site.example.conf puts it together (with a throwaway certificate and port)', async (t) => {
    const checkDir = join(dir, 'check-example');
    mkdirSync(checkDir, { recursive: true });
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=intranet.gemeente.be', '-keyout', join(checkDir, 'site.key'), '-out', join(checkDir, 'site.pem')], { encoding: 'utf8' });
    if (made.status !== 0) {
      t.skip('no openssl to make a test certificate');
      return;
    }
    // `nginx -t` binds the ports it listens on: a free loopback one stands in for 443.
    const port = await freePort();
    const example = readFileSync(join(DEPLOY_DIR, 'site.example.conf'), 'utf8')
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`)
      .replace('listen [::]:443 ssl http2;', '')
      .replace('/etc/ssl/certs/intranet.gemeente.be.pem', join(checkDir, 'site.pem'))
      .replace('/etc/ssl/private/intranet.gemeente.be.key', join(checkDir, 'site.key'));
    const [http, server] = example.split(/^server \{$/m);
    const config = mainConfig(checkDir, { logFormat: LOG_FORMAT, http, server: server.replace(/\}\s*$/, '') });
    assert.equal(checkConfig(findNginx(), checkDir, config), '');
  });
});

describe('the demo page through nginx', () => {
  it('is served under the shipped Content Security Policy', () => {
    assert.equal(demo.response.status(), 200);
    assert.equal(demo.response.headers()['content-security-policy'], SHIPPED_CSP);
  });

  for (const widget of WIDGETS) {
    it(`${widget.tag}: ${widget.shows}${widget.act ? `; ${widget.act.does}` : ''}`, { todo: widget.todo }, async () => {
      const probe = `(() => {
        const element = document.querySelector(${JSON.stringify(widget.tag)});
        if (!element) return { ok: false, alert: 'not on the page' };
        if (!customElements.get(${JSON.stringify(widget.tag)})) return { ok: false, alert: 'not defined (the bundle did not load)' };
        const shadow = element.shadowRoot;
        if (!shadow) return null;
        if ((${widget.ready.toString()})(shadow)) return { ok: true };
        const alert = (${alertOf.toString()})(shadow);
        return alert ? { ok: false, alert } : null;
      })()`;
      const outcome = await until(() => demo.page.evaluate(probe));
      assert.ok(outcome.ok, `<${widget.tag}> shows no data but: ${outcome.alert}`);
      await settle(demo.page);
      for (const read of widget.reads) {
        const sent = demo.requests.filter((request) => read.test(request.path));
        assert.ok(sent.length > 0, `<${widget.tag}> sent no request matching ${read}`);
        assert.ok(sent.some((request) => request.status >= 200 && request.status < 300), `${read}: ${sent.map((request) => `${request.status} ${request.path}`).join(', ')}`);
      }
      if (widget.act) await widget.act.run(demo.page, demo);
    });
  }
});

describe('the gateway', () => {
  it('sets a session cookie under each prefix, HttpOnly, Secure, SameSite=Lax, one per app', async () => {
    // The widgets on this page may not reach every app yet; each app's own login service is asked.
    for (const prefix of Object.values(PREFIXES)) assert.equal((await pageFetch(demo.page, `${prefix}/sessions/current`)).status, 200, prefix);
    const cookies = await demo.page.cookies(...Object.values(PREFIXES).map((prefix) => `${origin}${prefix}/`));
    const sessions = cookies.filter((cookie) => cookie.name === 'proxy_session');
    assert.deepEqual(sessions.map((cookie) => cookie.path).sort(), Object.values(PREFIXES).map((prefix) => `${prefix}/`).sort());
    for (const cookie of sessions) {
      assert.equal(cookie.httpOnly, true, cookie.path);
      assert.equal(cookie.secure, true, cookie.path);
      assert.equal(cookie.sameSite, 'Lax', cookie.path);
    }
    assert.equal(new Set(sessions.map((cookie) => cookie.value)).size, 4, 'four distinct sessions');
  });

  it('gets from the browser, under each prefix, only a cookie that prefix\'s app set, and forwards nothing but it', async () => {
    await settle(demo.page);
    const log = accessLog();
    // What each app set, by prefix. Requests that start at once, before the browser holds a cookie,
    // each get a new session (mu-identifier); the browser keeps the last, and may still send an
    // earlier one of the same app with a request that was already under way.
    const setBy = Object.fromEntries(Object.values(PREFIXES).map((prefix) => [prefix, new Set()]));
    for (const entry of log.filter((line) => line.set_cookie)) {
      const [, prefix] = prefixOf(entry.uri);
      const attributes = entry.set_cookie.split(';').slice(1).map((part) => part.trim().toLowerCase());
      // Every app's `path=/`, whatever its own flags (Contactgegevens: `secure`, `SameSite=None`).
      assert.deepEqual(attributes.sort(), [`path=${prefix}/`, 'httponly', 'samesite=lax', 'secure'].sort(), `${prefix}: ${entry.set_cookie}`);
      setBy[prefix].add(sessionCookies(entry.set_cookie)[0]);
    }
    const lines = log.filter((entry) => prefixOf(entry.uri) && entry.cookie.includes('proxy_session='));
    assert.ok(lines.length >= 4);
    for (const entry of lines) {
      const [, prefix] = prefixOf(entry.uri);
      const sent = sessionCookies(entry.cookie);
      assert.equal(sent.length, 1, `${entry.method} ${entry.uri}: ${entry.cookie}`);
      assert.ok(setBy[prefix].has(sent[0]), `${entry.uri} carried a cookie ${prefix}'s app never set`);
      assert.ok(entry.cookie.includes('intranet_sso='), 'the browser sends the host\'s own cookie too');
      assert.equal(entry.forwarded_cookie, `proxy_session=${sent[0]}`);
    }
    for (const request of apps.received.filter((received) => received.cookie)) {
      assert.match(request.cookie, /^proxy_session=[^;]+$/, `${request.app} ${request.url} got ${request.cookie}`);
    }
  });

  it('sends each prefix to its own app, prefix stripped, query and Accept as sent, with Host and X-Forwarded-*', async () => {
    // Answered before the page went quiet, so nginx has logged them; the bell may poll meanwhile.
    const answered = apps.received.filter((request) => request.finished);
    await settle(demo.page);
    const lines = accessLog().filter((entry) => prefixOf(entry.uri));
    for (const entry of lines) {
      const [app] = prefixOf(entry.uri);
      assert.equal(entry.upstream, `127.0.0.1:${apps.ports[app]}`, `${entry.uri} went to ${entry.upstream}`);
    }
    for (const [app, prefix] of Object.entries(PREFIXES)) {
      const viaNginx = lines.filter((entry) => entry.uri.startsWith(`${prefix}/`)).map((entry) => `${entry.method} ${entry.uri.slice(prefix.length)}`);
      const atApp = apps.received.filter((request) => request.app === app).map((request) => `${request.method} ${request.url}`);
      const answeredAtApp = answered.filter((request) => request.app === app).map((request) => `${request.method} ${request.url}`);
      // What the browser sent under the prefix is what the app received, prefix stripped, both ways.
      assert.deepEqual(missingFrom(atApp, viaNginx), [], `${app} did not receive these as sent under ${prefix}`);
      assert.deepEqual(missingFrom(viaNginx, answeredAtApp), [], `${app} received these, but not through ${prefix}`);
      for (const request of apps.received.filter((received) => received.app === app)) {
        assert.equal(request.host, `127.0.0.1:${apps.ports[app]}`);
        assert.equal(request.forwardedPrefix, prefix);
        assert.equal(request.forwardedHost, '127.0.0.1');
        assert.equal(request.forwardedProto, 'http');
      }
    }
    for (const entry of apps.loket.requests) assert.ok(PREFIXES[entry.app], `the fake took ${entry.url} as app ${entry.app}`);
    const widgetReads = apps.received.filter((request) => request.app === 'loket' && request.url.startsWith('/conversaties?'));
    assert.ok(widgetReads.length > 0 && widgetReads.every((request) => request.accept === JSON_API), 'the bell\'s reads arrive with Accept: application/vnd.api+json');
  });

  it('keeps the host\'s Authorization header home (the Loket apps read none)', async () => {
    const mark = apps.received.length;
    assert.equal((await pageFetch(demo.page, '/loket-api/sessions/current', { headers: { Authorization: 'Bearer intranet-token' } })).status, 200);
    const since = apps.received.slice(mark);
    assert.ok(since.some((request) => request.url === '/sessions/current'));
    assert.deepEqual(since.filter((request) => request.authorization !== undefined), []);
  });

  it('passes a JSON:API write (the bestuur\'s e-mail preference, PATCH) with its Content-Type, and it sticks', async () => {
    const path = `/loket-api/bestuurseenheden/${AALST}`;
    const before = (await pageFetch(demo.page, path)).body.data.attributes['wil-mail-ontvangen'];
    const mark = apps.received.length;
    const patch = await pageFetch(demo.page, path, {
      method: 'PATCH',
      headers: { 'Content-Type': JSON_API },
      body: JSON.stringify({ data: { type: 'bestuurseenheden', id: AALST, attributes: { 'wil-mail-ontvangen': !before } } }),
    });
    assert.equal(patch.status, 204);
    assert.equal(apps.received.slice(mark).find((request) => request.method === 'PATCH').contentType, JSON_API);
    assert.equal((await pageFetch(demo.page, path)).body.data.attributes['wil-mail-ontvangen'], !before);
    assert.equal(apps.loket.apps.loket.store.get('bestuurseenheden').get(AALST).attributes['wil-mail-ontvangen'], !before);
  });

  it('takes a 3 MB attachment upload (above nginx\'s default 1 MB) as multipart and gives the same bytes back', async () => {
    const mark = apps.received.length;
    const result = await demo.page.evaluate(async () => {
      const bytes = new Uint8Array(3 * 1024 * 1024).map((_, index) => (index * 31 + 7) % 251);
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'antwoord-aan-abb.pdf');
      const upload = await fetch('/loket-api/files', { method: 'POST', body: form, headers: { Accept: 'application/vnd.api+json' } });
      const { data } = await upload.json();
      // Named as the Loket's own links name it (frontend-loket models/file.js: `?name=`).
      const download = await fetch(`/loket-api/files/${data.id}/download?name=antwoord-aan-abb.pdf`);
      const back = new Uint8Array(await download.arrayBuffer());
      return { upload: upload.status, download: download.status, disposition: download.headers.get('content-disposition'), same: back.length === bytes.length && back.every((byte, index) => byte === bytes[index]) };
    });
    assert.deepEqual(result, { upload: 201, download: 200, disposition: 'attachment; filename="antwoord-aan-abb.pdf"', same: true });
    assert.match(apps.received.slice(mark).find((request) => request.method === 'POST').contentType, /^multipart\/form-data; boundary=/);
  });

  it('downloads a message\'s attachment when the user clicks its link, through /loket-api/files/:id/download', async () => {
    const list = await pageFetch(demo.page, '/loket-api/conversaties?include=berichten.bijlagen&page[size]=20');
    assert.equal(list.status, 200);
    const file = list.body.included.find((resource) => resource.type === 'files');
    assert.ok(file, 'a conversation with an attachment');
    const downloads = join(dir, 'downloads');
    mkdirSync(downloads);
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    const done = new Promise((resolveDone) => cdp.on('Browser.downloadProgress', (event) => event.state !== 'inProgress' && resolveDone(event.state)));
    await demo.page.evaluate((href, name) => {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = name;
      document.body.append(link);
      link.click();
      link.remove();
    }, `/loket-api/files/${file.id}/download?name=${encodeURIComponent(file.attributes.filename)}`, file.attributes.filename);
    assert.equal(await done, 'completed');
    const [saved] = readdirSync(downloads);
    assert.equal(saved, file.attributes.filename);
    assert.equal(readFileSync(join(downloads, saved), 'utf8'), `Voorbeeldbestand van de fake Loket: ${file.attributes.filename}\n`);
    const line = accessLog().find((entry) => entry.uri.startsWith(`/loket-api/files/${file.id}/download?`));
    assert.equal(line.status, '200');
    assert.equal(sessionCookies(line.cookie).length, 1, 'the download carried the Loket session');
  });

  it('caches nothing: the same read twice reaches the app twice, with the app\'s own Cache-Control', async () => {
    const path = '/loket-api/concepts?filter[concept-schemes][:uri:]=https://data.vlaanderen.be/id/conceptscheme/BesluitType&page[size]=1';
    const mark = apps.received.length;
    for (let n = 0; n < 2; n++) {
      const answer = await pageFetch(demo.page, path);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers['cache-control'], 'no-cache', 'mu-identifier\'s header reaches the browser untouched');
    }
    assert.equal(apps.received.slice(mark).filter((request) => request.url.startsWith('/concepts?')).length, 2);
  });

  it('lets no CORS header out (Contactgegevens sends Access-Control-Allow-Origin: *)', async () => {
    const direct = await fetch(`http://127.0.0.1:${apps.ports.contactgegevens}/sessions/current`, { headers: { Accept: JSON_API } });
    assert.equal(direct.headers.get('access-control-allow-origin'), '*', 'the app itself sends one');
    const viaGateway = await pageFetch(demo.page, '/contactgegevens-api/sessions/current');
    assert.equal(viaGateway.status, 200);
    assert.equal(viaGateway.headers['access-control-allow-origin'], undefined);
  });

  it('keeps the apps\' sessions apart: a logout of the Loket leaves LMB signed in; the Loket\'s own login signs in again', async () => {
    const cookieOf = async (prefix) => (await demo.page.cookies(`${origin}${prefix}/`)).find((cookie) => cookie.name === 'proxy_session' && cookie.path === `${prefix}/`)?.value;
    const before = await cookieOf('/loket-api');
    assert.equal((await pageFetch(demo.page, '/loket-api/sessions/current', { method: 'DELETE' })).status, 204);
    assert.equal((await pageFetch(demo.page, '/loket-api/sessions/current')).status, 400);
    assert.equal((await pageFetch(demo.page, '/lmb-api/sessions/current')).status, 200, 'LMB keeps its session');
    // The development stacks' login (mock-login-service) stands in for ACM/IDM's: POST /sessions
    // through the same prefix, so the session the app binds is the one of the /loket-api/ cookie.
    const login = await pageFetch(demo.page, '/loket-api/mock/sessions', {
      method: 'POST',
      headers: { 'Content-Type': JSON_API },
      body: JSON.stringify({ data: { type: 'sessions', relationships: { account: { data: { type: 'accounts', id: DEFAULT_ACCOUNT } }, group: { data: { type: 'groups', id: AALST } } } } }),
    });
    assert.equal(login.status, 201);
    assert.equal((await pageFetch(demo.page, '/loket-api/sessions/current')).status, 200);
    assert.equal(await cookieOf('/loket-api'), before, 'the same cookie, now signed in again');
  });

  it('saw no request leave the page\'s origin, and no violation of the page\'s policy', async () => {
    await settle(demo.page);
    const elsewhere = demo.requests.filter((request) => !request.url.startsWith('data:') && request.origin !== origin);
    assert.deepEqual(elsewhere.map((request) => `${request.method} ${request.url}`), []);
    assert.deepEqual(await demo.page.evaluate(() => window.__violations), []);
    assert.deepEqual(demo.pageErrors, []);
  });
});

describe('a widget whose API root is on another origin', () => {
  it('says what the webmaster must do, fires loket-error kind cross-origin, and logs nothing of its own', async () => {
    const page = await openPage(`${origin}/cross-origin/`);
    const tags = ['loket-service-finder', 'loket-dossier-list', 'loket-mandate-editor'];
    const alerts = await until(() =>
      page.page.evaluate((list, alertSource) => {
        const alertOfShadow = new Function(`return (${alertSource})`)();
        const texts = list.map((tag) => alertOfShadow(document.querySelector(tag)?.shadowRoot ?? document.createElement('div')));
        return texts.every(Boolean) ? texts : null;
      }, tags, alertOf.toString()),
    );
    for (const [index, tag] of tags.entries()) assert.ok(alerts[index].includes(CROSS_ORIGIN_NL), `<${tag}> says: ${alerts[index]}`);
    await settle(page.page);
    const errors = await page.page.evaluate(() => window.__loketErrors);
    assert.deepEqual([...new Set(errors.map((error) => error.tag))].sort(), [...tags].sort());
    assert.ok(errors.every((error) => error.kind === 'cross-origin'), JSON.stringify(errors));
    assert.deepEqual(page.ours, [], 'no console line of our own');
    assert.deepEqual(page.pageErrors, []);
    // What the console holds is the browser's own report of each refused request, nothing else.
    const other = `http://localhost:${new URL(origin).port}`;
    assert.ok(page.browserLines.length > 0);
    for (const line of page.browserLines) assert.ok(line.text.includes(other) || line.url.startsWith(other), `${line.source}/${line.level}: ${line.text}`);
    console.log(`Browser's own console lines on the cross-origin page (${page.browserLines.length}):\n${page.browserLines.map((line) => `  ${line.source}/${line.level}: ${line.text}`).join('\n')}`);
    const refused = page.requests.filter((request) => request.origin === other);
    assert.ok(refused.length > 0 && refused.every((request) => request.failure), 'the browser refused every answer from the other origin');
    await page.page.close();
  });

  it('cannot write through the gateway either: a foreign page\'s upload (no preflight) is refused before any app sees it', async () => {
    const page = await openPage(`${origin}/cross-origin/`);
    const other = `http://localhost:${new URL(origin).port}`;
    const mark = apps.received.length;
    // A multipart POST is a "simple" request: the browser sends it, cookies and all, without asking.
    await page.page.evaluate(async (target) => {
      const form = new FormData();
      form.append('file', new Blob(['niet van u'], { type: 'text/plain' }), 'vreemd.txt');
      await fetch(target, { method: 'POST', body: form, mode: 'no-cors', credentials: 'include' });
    }, `${other}/loket-api/files`);
    const line = accessLog().find((entry) => entry.method === 'POST' && entry.host === 'localhost');
    assert.equal(line?.status, '403');
    assert.equal(line.fetch_site, 'cross-site');
    assert.deepEqual(apps.received.slice(mark).filter((request) => request.method === 'POST'), []);
    await page.page.close();
  });
});
