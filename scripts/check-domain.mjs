// `node scripts/check-domain.mjs <app> <mirror-git-dir>`: a developer tool that compares a fake-Loket
// domain transcription (`fake-loket/apps/<app>/domain/index.ts`, its `domain: DomainFile[]`) with the
// real app's mu-cl-resources domain in a mirrored git repository (no work tree needed), e.g.
//
//   node scripts/check-domain.mjs subsidiepunt /work/.mirror/lblod+app-subsidiepunt/repo
//
// It reads `config/resources/domain.lisp` at HEAD (`git -C <dir> show HEAD:<path>`), follows its
// `read-domain-file` calls (`.lisp` files are read with a small s-expression reader, `.json` files as
// mu-cl-resources JSON domains), and prints, per real domain file and per resource, what the
// transcription has missing, extra or different: properties and their types, predicates and
// `:required`; links and their targets, cardinality (has-one / has-many), `:inverse` and predicates;
// path, class, resource-base, superclass and features; and which real domain files are not
// transcribed at all. It ends with a one-line summary.
//
// It reports, it does not judge: it always exits 0. CI does not run it — the mirrors of the real apps
// are not on CI machines. No dependencies beyond Node 20 and the esbuild the repo already has (used to
// bundle the TypeScript transcription to a temporary ES module and import it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESOURCES = 'config/resources';
/** The MuType names of fake-loket/domain.ts. */
const MU_TYPES = new Set([
  'string', 'number', 'integer', 'float', 'boolean', 'date', 'datetime', 'time', 'g-year', 'url', 'uri',
  'uri-set', 'string-set', 'language-string', 'language-string-set', 'via',
]);

// ---------------------------------------------------------------------------------------------
// A small Common Lisp reader: lists, strings, symbols/keywords/numbers, ' ` , ,@ #' #+ #- #\ #| |#
// and ; comments. Every node carries the line it starts on.

const SKIP = Symbol('skip');

/** @returns {{ forms: any[] }} */
function readLisp(text, file) {
  let i = 0;
  let line = 1;
  const fail = (message) => {
    throw new Error(`${file}:${line}: ${message}`);
  };
  const peek = () => text[i];
  const next = () => {
    const c = text[i++];
    if (c === '\n') line++;
    return c;
  };
  const skipBlank = () => {
    for (;;) {
      const c = peek();
      if (c === undefined) return;
      if (c === ';') {
        while (peek() !== undefined && peek() !== '\n') next();
      } else if (c === '#' && text[i + 1] === '|') {
        next();
        next();
        let depth = 1;
        while (depth > 0) {
          if (peek() === undefined) fail('unterminated #| comment');
          if (peek() === '|' && text[i + 1] === '#') {
            next();
            next();
            depth--;
          } else if (peek() === '#' && text[i + 1] === '|') {
            next();
            next();
            depth++;
          } else next();
        }
      } else if (/\s/.test(c)) next();
      else return;
    }
  };
  const TERMINATORS = new Set(['(', ')', "'", '"', ';', '`', ',']);
  const readToken = () => {
    let token = '';
    while (peek() !== undefined && !/\s/.test(peek()) && !TERMINATORS.has(peek())) {
      if (peek() === '|') {
        next();
        while (peek() !== '|') {
          if (peek() === undefined) fail('unterminated |symbol|');
          token += next();
        }
        next();
      } else if (peek() === '\\') {
        next();
        token += next();
      } else token += next();
    }
    return token;
  };
  const featureTrue = (expr) => {
    if (expr.t === 'sym') return !['nil'].includes(expr.v.toLowerCase().replace(/^:/, ''));
    if (expr.t === 'list' && expr.items.length && expr.items[0].t === 'sym') {
      const op = expr.items[0].v.toLowerCase().replace(/^:/, '');
      const rest = expr.items.slice(1);
      if (op === 'or') return rest.some(featureTrue);
      if (op === 'and') return rest.every(featureTrue);
      if (op === 'not') return !featureTrue(rest[0]);
    }
    return true;
  };
  const readForm = () => {
    skipBlank();
    const start = line;
    const c = peek();
    if (c === undefined) fail('unexpected end of file');
    if (c === '(') {
      next();
      const items = [];
      for (;;) {
        skipBlank();
        if (peek() === undefined) fail(`unterminated list opened at line ${start}`);
        if (peek() === ')') {
          next();
          return { t: 'list', items, line: start, end: line };
        }
        const item = readForm();
        if (item !== SKIP) items.push(item);
      }
    }
    if (c === ')') fail('unexpected )');
    if (c === '"') {
      next();
      let v = '';
      while (peek() !== '"') {
        if (peek() === undefined) fail(`unterminated string opened at line ${start}`);
        if (peek() === '\\') next();
        v += next();
      }
      next();
      return { t: 'str', v, line: start };
    }
    if (c === "'" || c === '`') {
      next();
      return { t: c === "'" ? 'quote' : 'backquote', v: readNonSkip(), line: start };
    }
    if (c === ',') {
      next();
      if (peek() === '@' || peek() === '.') next();
      return { t: 'unquote', v: readNonSkip(), line: start };
    }
    if (c === '#') {
      const d = text[i + 1];
      if (d === "'") {
        next();
        next();
        return { t: 'function', v: readNonSkip(), line: start };
      }
      if (d === '\\') {
        next();
        next();
        return { t: 'char', v: next() + readToken(), line: start };
      }
      if (d === '+' || d === '-') {
        next();
        next();
        const feature = readNonSkip();
        const form = readNonSkip();
        return featureTrue(feature) === (d === '+') ? form : SKIP;
      }
      if (d === '(') {
        next();
        const list = readForm();
        return { t: 'vector', items: list.items, line: start };
      }
    }
    const token = readToken();
    if (token === '') fail(`cannot read character ${JSON.stringify(c)}`);
    if (/^[+-]?\d+(\.\d*)?$/.test(token)) return { t: 'num', v: Number(token), line: start };
    return { t: 'sym', v: token, line: start };
  };
  const readNonSkip = () => {
    for (;;) {
      const form = readForm();
      if (form !== SKIP) return form;
    }
  };
  const forms = [];
  for (;;) {
    skipBlank();
    if (peek() === undefined) break;
    const form = readForm();
    if (form !== SKIP) forms.push(form);
  }
  return { forms };
}

const lower = (s) => s.toLowerCase();
const isSym = (node, name) => node?.t === 'sym' && lower(node.v) === name;
/** Strips ' ` , wrappers: for this purpose a backquoted list reads as the list. */
const unwrap = (node) => {
  while (node && (node.t === 'quote' || node.t === 'backquote' || node.t === 'unquote')) node = node.v;
  return node;
};
/** `(s-prefix "x")` → "x"; `(s-url "u")` → "u"; a string → itself. */
function uriOf(node) {
  node = unwrap(node);
  if (!node) return undefined;
  if (node.t === 'str') return node.v;
  if (node.t === 'list' && (isSym(node.items[0], 's-prefix') || isSym(node.items[0], 's-url'))) return unwrap(node.items[1])?.v;
  return undefined;
}
/** Keyword arguments of a list tail: `:via X :inverse t :as "y"`. */
function keywordArgs(items) {
  const out = {};
  const flags = [];
  for (let k = 0; k < items.length; k++) {
    const node = items[k];
    if (node.t === 'sym' && node.v.startsWith(':')) {
      const key = lower(node.v.slice(1));
      const value = items[k + 1];
      if (value && !(value.t === 'sym' && value.v.startsWith(':'))) {
        out[key] = value;
        k++;
      } else flags.push(key);
    }
  }
  return { args: out, flags };
}

function lispResources(text, file) {
  const { forms } = readLisp(text, file);
  const resources = [];
  const reads = [];
  const prefixes = {};
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (node.t === 'list') {
      if (isSym(node.items[0], 'read-domain-file') && unwrap(node.items[1])?.t === 'str') reads.push({ file: unwrap(node.items[1]).v, line: node.line });
      if (isSym(node.items[0], 'add-prefix') && node.items[1]?.t === 'str' && node.items[2]?.t === 'str') prefixes[node.items[1].v] = node.items[2].v;
      if (isSym(node.items[0], 'define-resource')) {
        resources.push(lispResource(node));
        return;
      }
      node.items.forEach(walk);
    } else if (node.v && typeof node.v === 'object') walk(node.v);
  };
  forms.forEach(walk);
  return { resources, reads, prefixes };
}

function lispResource(form) {
  const [, nameNode, supersNode, ...rest] = form.items;
  const { args } = keywordArgs(rest);
  const list = (node) => {
    const n = unwrap(node);
    return n && n.t === 'list' ? n.items : [];
  };
  const properties = {};
  for (const spec of list(args.properties)) {
    const items = unwrap(spec)?.items ?? [];
    const [nameKw, typeKw, predNode, ...more] = items;
    if (!nameKw) continue;
    const name = lower(nameKw.v.replace(/^:/, ''));
    properties[name] = {
      type: typeKw ? lower(String(typeKw.v).replace(/^:/, '')) : '?',
      predicate: uriOf(predNode),
      required: keywordArgs(more).flags.includes('required') || more.some((m) => isSym(m, ':required')),
      line: spec.line,
    };
  }
  const links = (node, many) => {
    const out = {};
    for (const spec of list(node)) {
      const items = unwrap(spec)?.items ?? [];
      const [targetNode, ...more] = items;
      if (!targetNode) continue;
      const { args: linkArgs } = keywordArgs(more);
      const target = lower(String(unwrap(targetNode).v));
      const name = linkArgs.as ? unwrap(linkArgs.as).v : target;
      const inverse = linkArgs.inverse ? !isSym(unwrap(linkArgs.inverse), 'nil') : false;
      out[name] = { target, predicate: uriOf(linkArgs.via), inverse, many, line: spec.line };
    }
    return out;
  };
  const supers = (unwrap(supersNode)?.items ?? []).map((s) => lower(String(s.v)));
  return {
    name: lower(String(nameNode.v)),
    path: args['on-path'] ? unwrap(args['on-path']).v : undefined,
    class: uriOf(args.class),
    base: uriOf(args['resource-base']),
    supers,
    features: list(args.features).map((f) => lower(String(unwrap(f).v))),
    properties,
    hasOne: links(args['has-one'], false),
    hasMany: links(args['has-many'], true),
    line: form.line,
    end: form.end,
  };
}

// ---------------------------------------------------------------------------------------------
// mu-cl-resources JSON domains (framework/domain-parsing.lisp): `resources` keyed by path, `name`
// defaulting to that key, `path` overriding it, `class` a string or {type, value}, `new-resource-base`,
// attributes {name: {type, predicate}}, relationships {name: {predicate, target, cardinality, inverse}}.

function jsonResources(text, file) {
  const json = JSON.parse(text);
  const lines = text.split('\n');
  const lineOf = (key, from = 0) => {
    const needle = `"${key}"`;
    for (let k = from; k < lines.length; k++) if (lines[k].includes(needle) && /"\s*:\s*\{/.test(lines[k].slice(lines[k].indexOf(needle)))) return k + 1;
    return undefined;
  };
  const resourcesLine = lineOf('resources') ?? 1;
  const uri = (v) => (v && typeof v === 'object' ? v.value : v);
  const resources = [];
  for (const [key, r] of Object.entries(json.resources ?? {})) {
    const line = lineOf(key, resourcesLine - 1);
    const properties = {};
    for (const [name, a] of Object.entries(r.attributes ?? {})) {
      properties[name] = { type: lower(String(a.type)), predicate: uri(a.predicate), required: false, line: line ? lineOf(name, line - 1) : undefined };
    }
    const hasOne = {};
    const hasMany = {};
    for (const [name, rel] of Object.entries(r.relationships ?? {})) {
      const many = lower(String(rel.cardinality ?? '')) === 'many';
      if (!many && lower(String(rel.cardinality ?? '')) !== 'one') throw new Error(`${file}: ${key}.${name}: cardinality must be "one" or "many"`);
      (many ? hasMany : hasOne)[name] = {
        target: lower(String(rel.target)),
        predicate: uri(rel.predicate),
        inverse: Boolean(rel.inverse),
        many,
        line: line ? lineOf(name, line - 1) : undefined,
      };
    }
    resources.push({
      name: lower(r.name ?? key),
      path: r.path ?? key,
      class: uri(r.class),
      base: r['new-resource-base'],
      supers: (r.super ?? []).map(lower),
      features: (r.features ?? []).map(lower),
      properties,
      hasOne,
      hasMany,
      line,
    });
  }
  return { resources, reads: [], prefixes: json.prefixes ?? {} };
}

// ---------------------------------------------------------------------------------------------

function usage(message) {
  console.log(`check-domain: ${message}`);
  console.log('usage: node scripts/check-domain.mjs <app> <mirror-git-dir>');
  console.log(`SUMMARY ${process.argv[2] ?? '?'}: not compared (${message})`);
  process.exit(0);
}

const [app, gitDir] = process.argv.slice(2);
if (!app || !gitDir) usage('missing arguments');
const indexTs = join(ROOT, 'fake-loket/apps', app, 'domain/index.ts');
if (!existsSync(indexTs)) usage(`no transcription at ${indexTs}`);

const git = (...args) => execFileSync('git', ['-C', gitDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
const show = (path) => git('show', `HEAD:${path}`);
let head;
try {
  head = git('log', '-1', '--format=%h %cs').trim();
} catch (error) {
  usage(`cannot read git dir ${gitDir}: ${String(error.stderr ?? error.message).trim()}`);
}
const describe = (() => {
  try {
    return git('describe', '--tags', 'HEAD').trim();
  } catch {
    return '';
  }
})();
// `/work/.mirror/lblod+app-subsidiepunt/repo` → `lblod/app-subsidiepunt`
const repoName = (() => {
  const parts = resolve(gitDir).split('/');
  const named = parts.reverse().find((p) => p.includes('+'));
  return named ? named.replace('+', '/') : undefined;
})();

// --- the real domain -------------------------------------------------------------------------
const prefixes = {};
const realFiles = []; // { path, line (in the file that reads it), resources, error? }
const readReal = (relative, readLine, seen) => {
  const path = `${RESOURCES}/${relative}`;
  if (seen.has(path)) {
    // read again (mu-cl-resources loads it again; a later define-resource replaces an earlier one)
    const earlier = realFiles.find((f) => f.path === path);
    if (earlier) earlier.readLine += `, again at ${readLine}`;
    return;
  }
  seen.add(path);
  const entry = { path, readLine, resources: [] };
  realFiles.push(entry);
  let text;
  try {
    text = show(path);
  } catch (error) {
    entry.error = `cannot read: ${String(error.stderr ?? error.message).trim()}`;
    return;
  }
  try {
    const parsed = relative.endsWith('.json') || relative.endsWith('.js') ? jsonResources(text, path) : lispResources(text, path);
    entry.resources = parsed.resources;
    Object.assign(prefixes, parsed.prefixes);
    for (const read of parsed.reads) readReal(read.file, `${basename(path)}:${read.line}`, seen);
  } catch (error) {
    entry.error = `cannot parse: ${error.message}`;
  }
};
let domainLisp;
try {
  domainLisp = lispResources(show(`${RESOURCES}/domain.lisp`), `${RESOURCES}/domain.lisp`);
} catch (error) {
  usage(`cannot read ${RESOURCES}/domain.lisp: ${String(error.stderr ?? error.message).trim()}`);
}
try {
  Object.assign(prefixes, lispResources(show(`${RESOURCES}/repository.lisp`), `${RESOURCES}/repository.lisp`).prefixes);
} catch {
  // no repository.lisp: prefixes come from the JSON files only
}
Object.assign(prefixes, domainLisp.prefixes);
const seen = new Set([`${RESOURCES}/domain.lisp`]);
if (domainLisp.resources.length) realFiles.push({ path: `${RESOURCES}/domain.lisp`, readLine: '-', resources: domainLisp.resources });
for (const read of domainLisp.reads) readReal(read.file, `domain.lisp:${read.line}`, seen);

// --- the transcription -----------------------------------------------------------------------
let transcribed;
{
  const dir = mkdtempSync(join(tmpdir(), 'check-domain-'));
  const outfile = join(dir, 'domain.mjs');
  try {
    await build({ entryPoints: [indexTs], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
    const module = await import(pathToFileURL(outfile).href);
    transcribed = module.domain;
  } catch (error) {
    usage(`cannot load ${indexTs}: ${error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!Array.isArray(transcribed)) usage(`${indexTs} exports no \`domain\` array`);
}

// --- comparison ------------------------------------------------------------------------------
const stripAngles = (s) => (typeof s === 'string' ? s.replace(/^<(.*)>$/, '$1') : s);
const expand = (s) => {
  s = stripAngles(s);
  if (typeof s !== 'string' || s.includes('://')) return s;
  const colon = s.indexOf(':');
  if (colon < 0) return s;
  const prefix = s.slice(0, colon);
  return prefix in prefixes ? prefixes[prefix] + s.slice(colon + 1) : s;
};
/** 'same' | 'spelled' (same IRI, written differently) | 'different' */
const compareUri = (real, fake) => {
  if (stripAngles(real) === stripAngles(fake)) return 'same';
  return expand(real) === expand(fake) ? 'spelled' : 'different';
};
const show_ = (v) => (v === undefined ? '(none)' : JSON.stringify(v));

const sourcePath = (source) => String(source ?? '').replace(/^\S+\s+/, '');
const sourceRepo = (source) => String(source ?? '').split(/\s+/)[0];
const fakeByPath = new Map();
for (const file of transcribed) {
  const path = sourcePath(file.source);
  if (fakeByPath.has(path)) fakeByPath.get(path).duplicate = true;
  else fakeByPath.set(path, { file, used: false });
}

const totals = { realFiles: 0, transcribedFiles: 0, compared: 0, withDiffs: 0, missingResources: 0, extraResources: 0, diffs: 0, notes: 0 };
const out = [];
const say = (s = '') => out.push(s);
const realPath = (f) => f.path;
const allRealNames = new Map();
for (const f of realFiles) for (const r of f.resources) allRealNames.set(r.name, f.path);
const allFakeNames = new Map();
for (const f of transcribed) for (const r of f.resources ?? []) allFakeNames.set(r.name, sourcePath(f.source));

say(`check-domain: ${app} (fake-loket/apps/${app}/domain/index.ts)`);
say(`  vs ${repoName ?? gitDir} HEAD ${head}${describe ? ` (${describe})` : ''}, ${gitDir}`);
say();

function compareResource(real, fake, lines) {
  let diffs = 0;
  let notes = 0;
  const diff = (s) => {
    diffs++;
    lines.push(`      - ${s}`);
  };
  const note = (s) => {
    notes++;
    lines.push(`      · note: ${s}`);
  };
  if (real.path !== fake.path) diff(`path: real ${show_(real.path)}, transcription ${show_(fake.path)}`);
  const cls = compareUri(real.class, fake.class);
  if (cls === 'different') diff(`class: real ${show_(real.class)}, transcription ${show_(fake.class)}`);
  if (cls === 'spelled') note(`class written ${show_(fake.class)}, the file writes ${show_(real.class)} (same IRI)`);
  if (stripAngles(real.base) !== stripAngles(fake.base)) diff(`resource-base: real ${show_(real.base)}, transcription ${show_(fake.base)}`);
  if (real.supers.length > 1) note(`${real.supers.length} superclasses (${real.supers.join(', ')}); the format has one parent`);
  if ((real.supers[0] ?? undefined) !== (fake.parent ?? undefined)) diff(`parent: real ${show_(real.supers[0])}, transcription ${show_(fake.parent)}`);
  const rf = [...new Set(real.features)].sort();
  const ff = [...new Set(fake.features ?? [])].sort();
  if (rf.join() !== ff.join()) diff(`features: real ${show_(rf)}, transcription ${show_(ff)}`);

  // properties
  const fakeProps = fake.properties ?? {};
  for (const [name, p] of Object.entries(real.properties)) {
    const f = fakeProps[name];
    if (!f) {
      diff(`missing property ${name} (${p.type} ${p.predicate}${p.line ? `, l.${p.line}` : ''})`);
      continue;
    }
    const [type, predicate, flag] = f;
    if (p.type !== type) {
      if (!MU_TYPES.has(p.type) && type === 'via') note(`property ${name}: the file's type :${p.type} is no MuType, transcribed as 'via'`);
      else diff(`property ${name}: type real ${p.type}, transcription ${type}`);
    }
    const pred = compareUri(p.predicate, predicate);
    if (pred === 'different') diff(`property ${name}: predicate real ${show_(p.predicate)}, transcription ${show_(predicate)}`);
    if (pred === 'spelled') note(`property ${name}: predicate written ${show_(predicate)}, the file writes ${show_(p.predicate)} (same IRI)`);
    if (p.required !== (flag === 'required')) diff(`property ${name}: required real ${p.required}, transcription ${flag === 'required'}`);
  }
  for (const name of Object.keys(fakeProps)) if (!(name in real.properties)) diff(`extra property ${name}`);
  const realKeys = Object.keys(real.properties).filter((k) => k in fakeProps);
  const fakeKeys = Object.keys(fakeProps).filter((k) => k in real.properties);
  if (realKeys.join() !== fakeKeys.join()) note('properties are in another order than the file');

  // links
  const realLinks = { ...real.hasOne, ...real.hasMany };
  const fakeLinks = {};
  for (const [name, l] of Object.entries(fake.hasOne ?? {})) fakeLinks[name] = { l, many: false };
  for (const [name, l] of Object.entries(fake.hasMany ?? {})) {
    if (name in fakeLinks) diff(`link ${name} is in both hasOne and hasMany`);
    fakeLinks[name] = { l, many: true };
  }
  const dup = Object.keys(real.hasOne).filter((k) => k in real.hasMany);
  for (const name of dup) note(`the file declares link ${name} in both :has-one and :has-many`);
  for (const [name, r] of Object.entries(realLinks)) {
    const f = fakeLinks[name];
    if (!f) {
      diff(`missing link ${name} (${r.many ? 'many' : 'one'} ${r.target} ${r.predicate}${r.inverse ? ' inverse' : ''}${r.line ? `, l.${r.line}` : ''})`);
      continue;
    }
    const [target, predicate, flag] = f.l;
    if (r.target !== String(target).toLowerCase()) diff(`link ${name}: target real ${r.target}, transcription ${target}`);
    if (r.many !== f.many) diff(`link ${name}: cardinality real ${r.many ? 'many' : 'one'}, transcription ${f.many ? 'many' : 'one'}`);
    if (r.inverse !== (flag === 'inverse')) diff(`link ${name}: inverse real ${r.inverse}, transcription ${flag === 'inverse'}`);
    const pred = compareUri(r.predicate, predicate);
    if (pred === 'different') diff(`link ${name}: predicate real ${show_(r.predicate)}, transcription ${show_(predicate)}`);
    if (pred === 'spelled') note(`link ${name}: predicate written ${show_(predicate)}, the file writes ${show_(r.predicate)} (same IRI)`);
  }
  for (const name of Object.keys(fakeLinks)) if (!(name in realLinks)) diff(`extra link ${name}`);
  return { diffs, notes };
}

for (const realFile of realFiles) {
  totals.realFiles++;
  const fakeEntry = fakeByPath.get(realPath(realFile));
  const where = `${realFile.path}${realFile.readLine && realFile.readLine !== '-' ? ` (read at ${realFile.readLine})` : ''}`;
  if (realFile.error) {
    say(`${where}: ${realFile.error}`);
    say();
    if (fakeEntry) fakeEntry.used = true;
    continue;
  }
  if (!fakeEntry) {
    say(`${where}: NOT TRANSCRIBED (${realFile.resources.length} resources: ${realFile.resources.map((r) => r.name).join(', ') || 'none'})`);
    say();
    continue;
  }
  fakeEntry.used = true;
  totals.transcribedFiles++;
  const fakeFile = fakeEntry.file;
  const lines = [];
  if (fakeEntry.duplicate) lines.push(`  - the transcription lists this file more than once; the first is compared`);
  if (repoName && sourceRepo(fakeFile.source) !== repoName) lines.push(`  · note: source says ${show_(sourceRepo(fakeFile.source))}, the mirror is ${repoName}`);
  const fakeResources = fakeFile.resources ?? [];
  const fakeByName = new Map(fakeResources.map((r) => [r.name, r]));
  const realByName = new Map();
  for (const r of realFile.resources) {
    if (realByName.has(r.name)) lines.push(`  · note: the file defines ${r.name} twice (l.${realByName.get(r.name).line} and l.${r.line}); the later one counts`);
    realByName.set(r.name, r);
  }
  let fileDiffs = 0;
  for (const real of realByName.values()) {
    const fake = fakeByName.get(real.name);
    const at = real.line ? `l.${real.line}${real.end ? `-${real.end}` : ''}` : '';
    if (!fake) {
      totals.missingResources++;
      fileDiffs++;
      const elsewhere = allFakeNames.get(real.name);
      lines.push(`  MISSING ${real.name} (${at})${elsewhere ? ` — the transcription has it under ${elsewhere}` : ''}`);
      continue;
    }
    totals.compared++;
    const detail = [];
    const { diffs, notes } = compareResource(real, fake, detail);
    totals.diffs += diffs;
    totals.notes += notes;
    if (diffs) totals.withDiffs++;
    fileDiffs += diffs;
    lines.push(`  ${diffs ? 'DIFF' : 'ok  '} ${real.name} (${at})`, ...detail);
  }
  for (const fake of fakeResources) {
    if (realByName.has(fake.name)) continue;
    totals.extraResources++;
    fileDiffs++;
    const elsewhere = allRealNames.get(fake.name);
    lines.push(`  EXTRA ${fake.name}${elsewhere ? ` — the real domain defines it in ${elsewhere}` : ' — no real domain file defines it'}`);
  }
  const realOrder = [...realByName.keys()].filter((n) => fakeByName.has(n));
  const fakeOrder = fakeResources.map((r) => r.name).filter((n) => realByName.has(n));
  if (realOrder.join() !== fakeOrder.join()) {
    totals.notes++;
    lines.push(`  · note: resources are in another order than the file (${fakeOrder.join(', ')})`);
  }
  say(`${where}: ${realByName.size} resources, ${fileDiffs ? `${fileDiffs} difference(s)` : 'no differences'}`);
  lines.forEach((l) => say(l));
  say();
}

const extraFiles = [...fakeByPath.entries()].filter(([, e]) => !e.used);
for (const [path, e] of extraFiles) say(`${path}: EXTRA FILE — domain.lisp does not read it (${(e.file.resources ?? []).length} resources)`);
if (extraFiles.length) say();

// read order of the transcribed files
const realOrder = realFiles.map((f) => f.path).filter((p) => fakeByPath.has(p));
const fakeOrder = transcribed.map((f) => sourcePath(f.source)).filter((p) => realFiles.some((r) => r.path === p));
if (realOrder.join() !== fakeOrder.join()) {
  totals.notes++;
  say(`· note: the transcription lists the files in another order than domain.lisp reads them:`);
  say(`    domain.lisp:   ${realOrder.map((p) => basename(p)).join(', ')}`);
  say(`    transcription: ${fakeOrder.map((p) => basename(p)).join(', ')}`);
  say();
}

// link targets that are defined nowhere (informational)
const undefinedTargets = (files, nameSet) => {
  const out = new Set();
  for (const f of files) {
    for (const r of f.resources ?? []) {
      const links = 'supers' in r ? { ...r.hasOne, ...r.hasMany } : Object.fromEntries([...Object.entries(r.hasOne ?? {}), ...Object.entries(r.hasMany ?? {})].map(([n, l]) => [n, { target: l[0] }]));
      for (const l of Object.values(links)) if (!nameSet.has(String(l.target).toLowerCase())) out.add(String(l.target));
    }
  }
  return [...out].sort();
};
const realUndefined = undefinedTargets(realFiles, new Set(allRealNames.keys()));
const fakeUndefined = undefinedTargets(transcribed, new Set(allFakeNames.keys()));
say(`· link targets no real domain file defines: ${realUndefined.join(', ') || 'none'}`);
say(`· link targets the transcription does not define: ${fakeUndefined.join(', ') || 'none'}`);
say();

const notTranscribed = realFiles.filter((f) => !fakeByPath.has(f.path)).map((f) => basename(f.path));
say(
  `SUMMARY ${app}: ${totals.transcribedFiles}/${totals.realFiles} real domain files transcribed` +
    `${notTranscribed.length ? ` (not: ${notTranscribed.join(', ')})` : ''}${extraFiles.length ? `, ${extraFiles.length} extra file(s)` : ''}; ` +
    `${totals.compared} resources compared, ${totals.withDiffs} with differences, ${totals.missingResources} missing, ${totals.extraResources} extra; ` +
    `${totals.diffs} differences within them, ${totals.notes} notes`,
);
console.log(out.join('\n'));
process.exit(0);
