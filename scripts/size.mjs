// `npm run size`: min+gzip of each script-tag bundle against the budgets in DESIGN.md.
// What counts is what a page downloads before the widget starts (renders, and asks the Loket for its
// data): the entry file plus the chunks it imports statically. Chunks loaded on demand (import():
// one mode's code, what a user action needs, other languages) are listed separately; `-- --chunks`
// names them. Exits 1 over budget.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
const KB = 1024;
// DESIGN.md: one widget <= 24 KB with Lit and ky; all widgets and the core <= 45 KB with Lit.
const WIDGET = 24 * KB;
const budgets = [
  ['loket-elements.js', 45 * KB, 'all widgets + core'],
  ['service-finder.js', WIDGET, 'one widget'],
  ['dossier-list.js', WIDGET, 'one widget'],
  ['notification-bell.js', WIDGET, 'one widget'],
  ['mandate-editor.js', WIDGET, 'one widget'],
  ['inbox.js', WIDGET, 'one widget'],
  ['bestuur-profile.js', WIDGET, 'one widget'],
  ['provider.js', WIDGET, 'provider'],
];

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const importsOf = (file) => {
  const code = readFileSync(file, 'utf8');
  const statics = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const local = (specs) => specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s));
  return { statics: local(statics), dynamics: local(dynamics) };
};

function closure(entry) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { statics, dynamics } = importsOf(file);
    statics.forEach(visit);
    dynamics.forEach((d) => lazy.add(d));
  };
  visit(resolve(entry));
  // On-demand chunks and what they load on demand in turn (the sanitiser behind the details, say).
  const lazyFiles = new Set();
  const visitLazy = (file) => {
    if (seen.has(file) || lazyFiles.has(file) || !existsSync(file)) return;
    lazyFiles.add(file);
    const { statics, dynamics } = importsOf(file);
    [...statics, ...dynamics].forEach(visitLazy);
  };
  lazy.forEach(visitLazy);
  for (const file of seen) lazy.delete(file);
  return { initial: [...seen], lazy: [...lazy], lazyFiles: [...lazyFiles] };
}

if (!existsSync(CDN)) {
  console.error('size: dist/cdn is missing; run `npm run build` first.');
  process.exit(1);
}

let over = 0;
const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const exact = (bytes) => `${bytes.toLocaleString('en')} B`;
console.log('bundle                       min+gzip      (bytes)   budget   status   (loaded on demand)');
for (const [name, budget, what] of budgets) {
  const file = join(CDN, name);
  if (!existsSync(file)) {
    console.log(`${name.padEnd(28)} missing`);
    over++;
    continue;
  }
  const { initial, lazy, lazyFiles } = closure(file);
  const size = initial.reduce((sum, f) => sum + gz(f), 0);
  const lazySize = lazyFiles.reduce((sum, f) => sum + gz(f), 0);
  const ok = size <= budget;
  if (!ok) over++;
  console.log(
    `${name.padEnd(28)} ${fmt(size).padStart(8)} ${exact(size).padStart(12)} ${fmt(budget).padStart(8)}   ${ok ? 'ok  ' : 'OVER'}     ${lazyFiles.length ? `+${fmt(lazySize)} in ${lazyFiles.length} chunk(s)` : ''}   ${what}`,
  );
  // `npm run size -- --chunks`: what each widget loads on demand, chunk by chunk (with the chunks
  // those import in turn), largest first, in bytes min+gzip.
  if (process.argv.includes('--chunks')) {
    const roots = new Set([...lazy, ...lazyFiles.flatMap((f) => importsOf(f).dynamics)].filter((f) => lazyFiles.includes(f)));
    const rows = [...roots].map((chunk) => {
      const files = closure(chunk).initial.filter((file) => !initial.includes(file) && (file === chunk || !roots.has(file)));
      return [files.reduce((sum, f) => sum + (existsSync(f) ? gz(f) : 0), 0), chunk.replace(/^.*\/chunks\//, '').replace(/-[\w-]{8}\.js$/, '')];
    });
    for (const [bytes, chunk] of rows.sort((a, b) => b[0] - a[0])) console.log(`    ${String(bytes).padStart(6)} B  ${chunk}`);
  }
}
if (over) {
  console.error(`size: ${over} bundle(s) over budget or missing`);
  process.exit(1);
}
