// The examples in examples/ work as their README says: each is built (Vite apps), served with the fake
// Loket's apps under the gateway's prefixes (/loket-api, …) and opened in headless Chromium, where every
// widget must render data from the fake Loket without a page error or a console error, and without a
// request to another origin. Run: node --test test/examples/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { build } from 'vite';
import { serveExample } from '../../examples/serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples');

/** What the examples load: the CDN bundles (script tag, CMS block) and the npm modules (Vite apps). */
const distFiles = [
  'dist/cdn/loket-elements.js',
  'dist/cdn/service-finder.js',
  'dist/index.js',
  'dist/service-finder.js',
  'dist/dossier-list.js',
  'dist/notification-bell.js',
  'dist/mandate-editor.js',
  'dist/react.js',
];

const ALL_WIDGETS = ['loket-notification-bell', 'loket-service-finder', 'loket-dossier-list', 'loket-mandate-editor'];

/** How long a page may take to show the fake Loket's data before the test reports what is missing. */
const RENDER_PATIENCE_MS = 20000;

const cleanups = [];
let browser;
let tempDir;
/** The Vite builds run while the script-tag examples are tested; each app's test awaits its own. */
let builds;

function ensureDist() {
  if (distFiles.every((file) => existsSync(join(root, file)))) return;
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const missing = distFiles.filter((file) => !existsSync(join(root, file)));
  assert.deepEqual(missing, [], '`npm run build` did not produce what the examples load');
}

async function viteBuild(name) {
  const exampleRoot = join(examples, name);
  const outDir = join(tempDir, name);
  await build({
    root: exampleRoot,
    configFile: join(exampleRoot, 'vite.config.mjs'),
    logLevel: 'error',
    // Minifying is Vite's business, not the examples'; skipping it saves ~40% of the build on 2 cores.
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
  return outDir;
}

before(async () => {
  ensureDist();
  tempDir = mkdtempSync(join(tmpdir(), 'loket-examples-test-'));
  cleanups.push(() => rmSync(tempDir, { recursive: true, force: true }));
  const viteApp = viteBuild('vite-app');
  const reactApp = viteApp.then(() => viteBuild('react-app'));
  builds = { 'vite-app': viteApp, 'react-app': reactApp };
  // Reported by the test that awaits it, not as an unhandled rejection.
  for (const pending of Object.values(builds)) pending.catch(() => undefined);
  browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS,
  });
});

after(async () => {
  await browser?.close();
  if (builds) await Promise.allSettled(Object.values(builds));
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/**
 * Runs in the page: for each widget, what it shows. Shadow roots are searched deeply because some
 * widgets render parts inside nested elements.
 */
function probeWidgets(tags) {
  const deepAll = (node, selector) => {
    const found = [...node.querySelectorAll(selector)];
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
    return found;
  };
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const ready = {
    'loket-notification-bell': (shadow) => {
      const button = deepAll(shadow, 'button[part="button"]')[0];
      const badge = deepAll(shadow, '[part="badge"]')[0];
      return { ok: Boolean(button && visible(button) && badge && /\d/.test(badge.textContent)), label: button?.getAttribute('aria-label') ?? null, badge: badge?.textContent.trim() ?? null };
    },
    'loket-service-finder': (shadow) => {
      const input = deepAll(shadow, 'input[type="search"]')[0];
      const results = deepAll(shadow, '[part="result"]');
      return { ok: Boolean(input && visible(input) && results.length > 0 && visible(results[0])), results: results.length, firstResult: results[0]?.querySelector('.result-title')?.textContent.trim() ?? null };
    },
    'loket-dossier-list': (shadow) => {
      const rows = deepAll(shadow, '[part="row"]').filter(visible);
      return { ok: rows.length > 0, rows: rows.length, firstRow: rows[0]?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80) ?? null };
    },
    'loket-mandate-editor': (shadow) => {
      const table = deepAll(shadow, 'table[part="table"]')[0];
      const rows = table ? table.querySelectorAll('tbody tr').length : 0;
      return { ok: Boolean(table && visible(table) && rows > 0), rows };
    },
  };
  return Object.fromEntries(
    tags.map((tag) => {
      const element = document.querySelector(tag);
      const defined = Boolean(customElements.get(tag));
      const shadow = element?.shadowRoot;
      const shown = shadow ? ready[tag](shadow) : { ok: false };
      const alert = shadow ? [...shadow.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim()).join(' | ') : '';
      return [tag, { present: Boolean(element), defined, shadowRoot: Boolean(shadow), alert, ...shown }];
    }),
  );
}

/** Opens `url`, waits until every widget shows the fake Loket's data, and checks the page stayed clean. */
async function openExample(url, tags = ALL_WIDGETS) {
  const page = await browser.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'data:' && target.origin !== origin) problems.push(`request to another origin: ${request.method()} ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location()?.url ?? ''})`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction((probe, list) => Object.values(new Function(`return (${probe})`)()(list)).every((w) => w.ok), { timeout: RENDER_PATIENCE_MS, polling: 100 }, probeWidgets.toString(), tags)
    .catch(() => undefined);
  const widgets = await page.evaluate(probeWidgets, tags);
  // Page and console errors usually explain a widget that is missing, so they go with its failure.
  const context = () => (problems.length ? `\n  ${problems.join('\n  ')}` : '');
  for (const tag of tags) {
    const widget = widgets[tag];
    assert.ok(widget.present, `<${tag}> is not on the page${context()}`);
    assert.ok(widget.defined, `<${tag}> is not defined${context()}`);
    assert.ok(widget.shadowRoot, `<${tag}> has no shadow root${context()}`);
    assert.ok(widget.ok, `<${tag}> shows no data from the fake Loket: ${JSON.stringify(widget)}${context()}`);
  }
  return { page, widgets, problems };
}

/** The bell button's accessible name as Chromium computes it (what a screen reader announces). */
async function bellButtonName(page) {
  const button = await page.$('loket-notification-bell >>> button[part="button"]');
  assert.ok(button, 'the bell has no button');
  const node = await page.accessibility.snapshot({ root: button, interestingOnly: false });
  return node?.name ?? '';
}

async function serve(folder) {
  const served = await serveExample(folder);
  cleanups.push(() => served.close());
  return served;
}

describe('examples', () => {
  it('plain-html: the script-tag bundle renders all four widgets', async () => {
    const { url } = await serve(join(examples, 'plain-html'));
    const { page, problems } = await openExample(url);
    assert.match(await bellButtonName(page), /\S/, 'the bell button has no accessible name');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('cms-block: the pasted snippet renders its widget inside a host page', async () => {
    const { url } = await serve(join(examples, 'cms-block'));
    const { page, problems } = await openExample(url, ['loket-service-finder']);
    const scripts = await page.$$eval('#cms-body script', (list) => list.map((script) => script.getAttribute('src')));
    assert.deepEqual(scripts, ['/dist/cdn/service-finder.js'], 'the block loads exactly one script, the widget bundle');
    assert.equal(await page.$eval('loket-service-finder', (finder) => finder.uiLang), 'nl');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('vite-app: npm imports of the widgets and configure() work in a Vite build', async () => {
    const { url } = await serve(await builds['vite-app']);
    const { page, problems, widgets } = await openExample(url);
    assert.match(await bellButtonName(page), /\S/, 'the bell button has no accessible name');
    assert.ok(widgets['loket-notification-bell'].ok);
    // The count the bell has now: Lokaal Mandatenbeheer's notifications may join after its first one.
    const bellCount = () => page.$eval('loket-notification-bell', (bell) => bell.unreadCount);
    await page
      .waitForFunction(() => document.title === `(${document.querySelector('loket-notification-bell')?.unreadCount}) Een portaal`, { timeout: RENDER_PATIENCE_MS })
      .catch(() => undefined);
    assert.equal(await page.title(), `(${await bellCount()}) Een portaal`, 'the page did not hear loket-unread-change');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('react-app: the loket-elements/react wrappers render and call React handlers', async () => {
    const { url } = await serve(await builds['react-app']);
    const { page, problems, widgets } = await openExample(url);
    assert.match(await bellButtonName(page), /\S/, 'the bell button has no accessible name');

    assert.ok(widgets['loket-notification-bell'].ok);
    // The count the bell has now: Lokaal Mandatenbeheer's notifications may join after its first one.
    const bellCount = () => page.$eval('loket-notification-bell', (bell) => bell.unreadCount);
    const unreadText = () => page.$eval('#unread-summary', (p) => p.textContent);
    await page
      .waitForFunction(
        () => document.querySelector('#unread-summary')?.textContent === `Ongelezen berichten: ${document.querySelector('loket-notification-bell')?.unreadCount}`,
        { timeout: RENDER_PATIENCE_MS },
      )
      .catch(() => undefined);
    assert.equal(await unreadText(), `Ongelezen berichten: ${await bellCount()}`, 'onLoketUnreadChange did not update React state');

    // A result's name opens its details; their call to action is the link out (the real page's side panel).
    await page.type('loket-service-finder >>> input[type="search"]', 'meldingsplichtige');
    await page
      .waitForFunction(() => /Toezicht/.test(document.querySelector('loket-service-finder')?.shadowRoot?.querySelector('.results .result-title')?.textContent ?? ''), { timeout: RENDER_PATIENCE_MS })
      .catch(() => undefined);
    const toggle = await page.$('loket-service-finder >>> [part="result"] .result-title button');
    assert.ok(toggle, 'the first service result has no name to open');
    const name = (await toggle.evaluate((button) => button.textContent)).trim();
    await toggle.click();
    // Polled, not waitForSelector: its mutation observer does not see into shadow roots, and the
    // details (their own chunk) arrive after the click.
    await page
      .waitForFunction(() => !!document.querySelector('loket-service-finder')?.shadowRoot?.querySelector('[part="cta"]'), { timeout: RENDER_PATIENCE_MS })
      .catch(() => undefined);
    const link = await page.$('loket-service-finder >>> [part="cta"]');
    assert.ok(link, 'the first service has no call to action');
    const before = page.url();
    await link.click();
    await page.waitForFunction(() => document.querySelector('#chosen-service')?.textContent.startsWith('Gekozen dienst'), { timeout: RENDER_PATIENCE_MS }).catch(() => undefined);
    assert.equal(await page.$eval('#chosen-service', (p) => p.textContent), `Gekozen dienst: ${name}`, 'onLoketServiceSelect did not update React state');
    assert.equal(page.url(), before, 'the handler cancelled the event, so the page must stay');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
