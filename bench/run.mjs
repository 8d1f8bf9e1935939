// `npm run bench [filter]`: bundles each bench/*.bench.ts, serves it on loopback, runs it in headless
// Chromium and prints, per benchmark, our median (or percentile) beside each peer's, measured in the
// same run, with the ratio peer/ours (> 1 means we are faster or leaner).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, NO_CHROME_HINT, findChrome } from '../scripts/chrome.mjs';

const filter = process.argv[2] ?? '';
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
if (files.length === 0) {
  console.error(`bench: no bench/*.bench.ts matching "${filter}"`);
  process.exit(1);
}

const chrome = findChrome();
if (!chrome) {
  console.error(`bench: ${NO_CHROME_HINT}`);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'loket-bench-'));
await build({
  entryPoints: files.map((f) => join('bench', f)),
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
for (const f of files) {
  const name = f.replace(/\.ts$/, '');
  writeFileSync(join(out, `${name}.html`), `<!doctype html><html lang="nl"><meta charset="utf-8"><body style="margin:0"><script type="module" src="./${name}.js"></script></body></html>`);
}

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const path = join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(out) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: CHROME_ARGS,
  defaultViewport: { width: 1280, height: 800 },
});

const fmt = (value, unit) => (unit === 'ms' ? `${value.toFixed(2)} ms` : unit === 'KB' ? `${value.toFixed(1)} KB` : `${Math.round(value)} ${unit}`);
let failures = 0;
try {
  for (const f of files) {
    const name = f.replace(/\.ts$/, '');
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`  [${name}] page error: ${error.message}`));
    await page.goto(`${origin}/${name}.html`);
    await page.waitForFunction(() => (window.__benches ?? []).length > 0, { timeout: 30000 });
    const names = await page.evaluate(() => window.__benches.map((b) => b.name));
    for (const [index, benchName] of names.entries()) {
      console.log(`\n${benchName}`);
      try {
        const rows = await page.evaluate((i) => window.__benches[i].run(), index);
        for (const row of rows) {
          const peers = Object.entries(row.peers)
            .map(([peer, value]) => `${peer} ${fmt(value, row.unit)} (×${(value / row.ours).toFixed(2)})`)
            .join(', ');
          const budget = row.budget === undefined ? '' : `  budget ${fmt(row.budget, row.unit)}: ${row.ours <= row.budget ? 'within' : 'OVER'}`;
          console.log(`  ${row.benchmark} · ${row.metric}: ours ${fmt(row.ours, row.unit)}${peers ? ` | ${peers}` : ''}${budget}`);
        }
      } catch (error) {
        failures++;
        console.error(`  failed: ${error.message}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
console.log('\n(×N = peer / ours: above 1 means ours is faster or sends fewer requests)');
process.exit(failures ? 1 : 0);
