// Two copies of loket-elements on one page (the all-in-one CDN bundle plus a separately bundled
// widget, as a CMS block next to an agency's own build would do): the second registration of a
// tag warns and the page keeps working. This needs two self-contained bundles, each with its own
// Lit and its own `defineElement`, which the browser tests cannot make; so it runs here, in Node,
// with esbuild, the fake Loket over HTTP and headless Chromium. Run: node --test test/build/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const RENDER_PATIENCE_MS = 20000;

/** One self-contained ES module bundle of an entry point, in memory. */
async function bundle(entry) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    tsconfig: join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const PAGE = `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Two copies</title></head>
  <body>
    <loket-service-finder api-base="/loket-api"></loket-service-finder>
    <loket-dossier-list api-base="/loket-api"></loket-dossier-list>
    <!-- Module scripts run in document order: the full copy registers first, the second copy after it. -->
    <script type="module" src="/copy-a/loket-elements.js"></script>
    <script type="module" src="/copy-b/service-finder.js"></script>
  </body>
</html>`;

async function toFetchRequest(req, origin) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = chunks.length && !['GET', 'HEAD'].includes(req.method) ? Buffer.concat(chunks) : undefined;
  const headers = Object.entries(req.headers).flatMap(([name, value]) => (Array.isArray(value) ? value.map((one) => [name, one]) : [[name, value]]));
  return new Request(`${origin}${req.url}`, { method: req.method, headers, body });
}

let tempDir;
let server;
let origin;
let browser;

before(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'loket-two-copies-'));
  const fakeLoketModule = join(tempDir, 'fake-loket.mjs');
  const [copyA, copyB] = await Promise.all([
    bundle('components/index.ts'),
    bundle('components/service-finder/service-finder.ts'),
    build({
      entryPoints: [join(root, 'demo/fake-loket-node.ts')],
      outfile: fakeLoketModule,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    }),
  ]);
  const { startFakeLoket } = await import(pathToFileURL(fakeLoketModule).href);
  // The demo's fake: the Loket at /loket-api (the other apps at their gateway paths, unused here).
  const loket = await startFakeLoket();
  const files = {
    '/': ['text/html; charset=utf-8', PAGE],
    '/copy-a/loket-elements.js': ['text/javascript; charset=utf-8', copyA],
    '/copy-b/service-finder.js': ['text/javascript; charset=utf-8', copyB],
  };
  server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, origin);
    try {
      if (pathname.startsWith('/loket-api/')) {
        const response = await loket.handle(await toFetchRequest(req, origin));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
        return;
      }
      const file = files[pathname];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
    } catch {
      if (!res.headersSent) res.destroy();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe('two copies of loket-elements on one page', () => {
  it('the second registration warns, nothing throws, and the widgets render data', async () => {
    const page = await browser.newPage();
    const warnings = [];
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => ['loket-service-finder', 'loket-dossier-list'].every((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          return root && root.querySelector('.result, [part="row"]');
        }),
        { timeout: RENDER_PATIENCE_MS },
      );
      const finderClassIsCopyA = await page.evaluate(() => {
        const finder = document.querySelector('loket-service-finder');
        return finder.constructor === customElements.get('loket-service-finder') && !!finder.shadowRoot.querySelector('input[type="search"]');
      });
      assert.equal(finderClassIsCopyA, true);
      const duplicate = warnings.filter((text) => text.includes('<loket-service-finder> is already defined'));
      assert.equal(duplicate.length, 1, `warnings: ${JSON.stringify(warnings)}`);
      assert.deepEqual(
        warnings.filter((text) => /already defined/.test(text) && !text.includes('loket-service-finder')),
        [],
        'only the tag defined twice warns',
      );
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
