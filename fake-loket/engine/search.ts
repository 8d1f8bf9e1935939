/**
 * mu-search (v0.11, `framework/elastic_query_builder.rb`, `framework/jsonapi.rb`) over one index
 * of an app: `GET /<path>/search` with `filter[:flag:fields]=…`, `sort[field]=asc|desc`,
 * `page[number]`/`page[size]` (default 10) and `highlight[:fields:]`. Field names are those of the
 * index, checked against its mapping the way Elasticsearch would: a filter on an unmapped field
 * matches nothing; a sort on a text or unmapped field is a 400.
 */
import type { SearchFieldType, SearchIndex } from '../app-spec.js';
import { jsonApi, specError } from '../http.js';

type Document = Record<string, unknown>;

interface Hit {
  id: string;
  document: Document;
  score: number;
  highlight: Record<string, string[]>;
}

const FOLD = /[\u0300-\u036f]/g;
const fold = (text: string) => text.normalize('NFD').replace(FOLD, '').toLowerCase();
const tokens = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A field path's values in a document: arrays flattened, `.keyword` / `.raw` sub-fields read their parent. */
function valuesAt(document: unknown, path: string): unknown[] {
  const parts = path.replace(/\.(keyword|raw)$/, '').split('.');
  let frontier: unknown[] = [document];
  for (const part of parts) {
    frontier = frontier.flatMap((node) => {
      if (node === null || node === undefined) return [];
      if (Array.isArray(node)) return node.flatMap((item) => (item && typeof item === 'object' ? [(item as Document)[part]] : []));
      return typeof node === 'object' ? [(node as Document)[part]] : [];
    });
  }
  return frontier.flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value) => value !== null && value !== undefined);
}

function mapping(index: SearchIndex, field: string): SearchFieldType | undefined {
  return index.fields[field] ?? (index.runtime?.[field] ? 'date' : undefined);
}

class BadQuery extends Error {}

interface Clause {
  matches(hit: Hit): boolean;
}

/**
 * `title^5,description` as fields with boosts. `_all` (or none) is every field a full-text query
 * reaches (the text and keyword ones), and a `*` in a name matches any characters, as in
 * Elasticsearch's field patterns.
 */
function fieldList(spec: string, index?: SearchIndex): { field: string; boost: number }[] {
  const entries = spec
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [field = '', boost] = entry.split('^');
      return { field, boost: boost ? Number(boost) || 1 : 1 };
    });
  if (!index) return entries;
  const textual = Object.entries(index.fields).filter(([, type]) => type === 'text' || type === 'keyword').map(([name]) => name);
  if (entries.length === 0 || (entries.length === 1 && entries[0]!.field === '_all')) return textual.map((field) => ({ field, boost: 1 }));
  return entries.flatMap((entry) => {
    if (!entry.field.includes('*')) return [entry];
    const pattern = new RegExp(`^${entry.field.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return textual.filter((field) => pattern.test(field)).map((field) => ({ field, boost: entry.boost }));
  });
}

function textOf(index: SearchIndex, document: Document, field: string): string[] {
  return mapping(index, field) ? valuesAt(document, field).map(String) : [];
}

/** Marks the query's tokens in a text, as Elasticsearch's default highlighter does. */
function highlightText(text: string, wanted: Set<string>, prefixes: string[]): string | undefined {
  let found = false;
  const marked = text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const folded = fold(word);
    if (wanted.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix))) {
      found = true;
      return `<em>${word}</em>`;
    }
    return word;
  });
  return found ? marked : undefined;
}

/** `:sqs:` (simple_query_string, default operator AND) and plain multi_match (OR) over text fields. */
function textClause(index: SearchIndex, spec: string, query: string, all: boolean): Clause & { words: string[]; prefixes: string[]; fields: { field: string; boost: number }[] } {
  const fields = fieldList(spec, index);
  const trimmed = query.trim();
  const terms = trimmed === '*' ? [] : trimmed.split(/\s+/).filter(Boolean);
  const words = terms.filter((term) => !term.endsWith('*')).flatMap(tokens);
  const prefixes = terms.filter((term) => term.endsWith('*')).flatMap((term) => tokens(term.slice(0, -1)));
  const clause = {
    words,
    prefixes,
    fields,
    matches(hit: Hit) {
      if (words.length === 0 && prefixes.length === 0) return true;
      const byField = fields.map(({ field, boost }) => ({ boost, have: new Set(textOf(index, hit.document, field).flatMap(tokens)) }));
      const hitWord = (word: string) => byField.filter(({ have }) => have.has(word));
      const hitPrefix = (prefix: string) => byField.filter(({ have }) => [...have].some((token) => token.startsWith(prefix)));
      const results = [...words.map(hitWord), ...prefixes.map(hitPrefix)];
      const ok = all ? results.every((found) => found.length > 0) : results.some((found) => found.length > 0);
      if (ok) hit.score += results.reduce((sum, found) => sum + found.reduce((s, { boost }) => s + boost, 0), 0);
      return ok;
    },
  };
  return clause;
}

function exactValues(index: SearchIndex, document: Document, field: string): string[] {
  return mapping(index, field) ? valuesAt(document, field).map((value) => String(value)) : [];
}

function compareBound(type: SearchFieldType | undefined, value: unknown, bound: string): number | undefined {
  if (type === 'date') {
    const a = Date.parse(String(value));
    const b = Date.parse(bound);
    return Number.isNaN(a) || Number.isNaN(b) ? undefined : a - b;
  }
  const a = Number(value);
  const b = Number(bound);
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : a - b;
}

const RANGE: Record<string, (order: number) => boolean> = {
  gt: (order) => order > 0,
  gte: (order) => order >= 0,
  lt: (order) => order < 0,
  lte: (order) => order <= 0,
};

interface Parsed {
  clauses: Clause[];
  texts: ReturnType<typeof textClause>[];
}

/** Ruby's `Array#to_s`: `["a", "b"]`. */
const rubyList = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;

/** mu-search's `true?`: `true`, `t` (any case) or `1`. */
const isTrue = (value: string) => ['true', 't'].includes(value.toLowerCase()) || value === '1';

/** The two-flag ranges v0.11 knows (`elastic_query_builder.rb`, `when "gte,lte", …`). */
const RANGE_PAIRS = new Set(['gte,lte', 'gt,lte', 'gt,lt', 'gte,lt', 'lte,gte', 'lte,gt', 'lt,gt', 'lt,gte']);

/** Elasticsearch's `fuzziness: AUTO`: exact up to 2 characters, one edit up to 5, two beyond. */
function fuzzyEqual(a: string, b: string): boolean {
  const allowed = a.length <= 2 ? 0 : a.length <= 5 ? 1 : 2;
  if (Math.abs(a.length - b.length) > allowed) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]! <= allowed;
}

/** `multi_match` of type phrase / phrase_prefix: the words in this order, next to each other, in one value. */
function phraseClause(index: SearchIndex, spec: string, query: string, prefix: boolean): Clause {
  const fields = fieldList(spec, index);
  const words = tokens(query);
  return {
    matches(hit) {
      if (words.length === 0) return false;
      return fields.some(({ field }) =>
        textOf(index, hit.document, field).some((text) => {
          const have = tokens(text);
          for (let start = 0; start + words.length <= have.length; start++) {
            const ok = words.every((word, i) => (prefix && i === words.length - 1 ? have[start + i]!.startsWith(word) : have[start + i] === word));
            if (ok) return true;
          }
          return false;
        }),
      );
    },
  };
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'u');
}

/**
 * One `filter[<key>]=value` as v0.11's `construct_es_query_term` maps it, checked as Elasticsearch
 * would run it over the documents. Throws `BadQuery` (400) for what mu-search refuses itself.
 */
function parseFilter(index: SearchIndex, key: string, value: string, parsed: Parsed): void {
  const sugared = key === ':id:' ? ':terms:uuid' : key === ':uri:' ? ':terms:_id' : key;
  // `split_filter`: /(?:\:)([^ ]+)(?::)([\w\-,.^*]*)/ (greedy: the flag runs to the last colon).
  const flagged = /:([^ ]+):([\w\-,.^*]*)/.exec(sugared);
  const flag = flagged?.[1];
  const spec = flagged ? flagged[2]! : sugared;
  const fieldNames = spec.split(',').filter(Boolean);
  const single = (name = flag) => {
    if (fieldNames.length !== 1) throw new BadQuery(`Param ${name} only supports exactly one field, but received ${rubyList(fieldNames)}`);
    return fieldList(fieldNames[0]!)[0]!.field;
  };
  const valuesOfField = (field: string, hit: Hit) => (field === '_id' ? [String(hit.document['uri'])] : field === 'uuid' ? [hit.id] : exactValues(index, hit.document, field));
  const add = (clause: Clause) => parsed.clauses.push(clause);
  switch (flag) {
    case undefined:
    case 'sqs': {
      // multi_match (best_fields, OR) or simple_query_string (AND).
      const clause = textClause(index, spec, value, flag === 'sqs');
      parsed.texts.push(clause);
      add(clause);
      return;
    }
    case 'phrase':
    case 'phrase_prefix':
      add(phraseClause(index, spec, value, flag === 'phrase_prefix'));
      return;
    case 'fuzzy': {
      const fields = fieldList(spec, index);
      const words = tokens(value);
      add({ matches: (hit) => words.some((word) => fields.some(({ field }) => textOf(index, hit.document, field).flatMap(tokens).some((token) => fuzzyEqual(word, token)))) });
      return;
    }
    case 'term':
    case 'prefix':
    case 'wildcard':
    case 'regexp': {
      const field = single();
      const test =
        flag === 'term'
          ? (found: string) => found === value
          : flag === 'prefix'
            ? (found: string) => found.startsWith(value)
            : flag === 'wildcard'
              ? (found: string) => globToRegExp(value).test(found)
              : (found: string) => new RegExp(`^(?:${value})$`, 'u').test(found);
      add({ matches: (hit) => valuesOfField(field, hit).some(test) });
      return;
    }
    case 'terms': {
      const field = single();
      const wanted = new Set(value.split(','));
      add({ matches: (hit) => valuesOfField(field, hit).some((found) => wanted.has(found)) });
      return;
    }
    case 'fuzzy_phrase': {
      const field = single();
      const words = value.split(' ').filter(Boolean).map(fold);
      add({ matches: (hit) => words.every((word) => textOf(index, hit.document, field).flatMap(tokens).some((token) => fuzzyEqual(word, token))) });
      return;
    }
    case 'has':
    case 'has-no': {
      const field = single();
      if (!isTrue(value)) return; // `{}`: what Elasticsearch makes of an empty clause is not determined; it is left out
      const wanted = flag === 'has';
      add({ matches: (hit) => valuesOfField(field, hit).length > 0 === wanted });
      return;
    }
    case 'query':
    case 'common':
      // query_string / common terms on one field: any of the words (default operator OR).
      add(textClause(index, single(flag), value, false));
      return;
    default:
      break;
  }
  if (/^common(,[0-9.]+){0,2}$/.test(flag)) {
    add(textClause(index, single('common'), value, false));
    return;
  }
  const ranges = RANGE[flag] ? [flag] : RANGE_PAIRS.has(flag) ? flag.split(',') : undefined;
  if (!ranges) throw new BadQuery(`Unsupported filter flag :${flag}:`);
  const field = single();
  const bounds = ranges.length > 1 ? value.split(',') : [value];
  if (bounds.length !== ranges.length) throw new BadQuery(`Expected 2 comma-separated values for filter flag ${flag}, but received ${value}`);
  const type = mapping(index, field);
  add({
    matches: (hit) =>
      ranges.every((range, i) =>
        exactValues(index, hit.document, field).some((found) => {
          const order = compareBound(type, found, bounds[i]!);
          return order !== undefined && RANGE[range]!(order);
        }),
      ),
  });
}

const SORTABLE = new Set<SearchFieldType>(['keyword', 'date', 'boolean', 'number']);

/**
 * The value a document sorts by: numbers, dates (as instants) and booleans as numbers, keywords as
 * text; of several values the smallest ascending and the largest descending, unless a mode says
 * otherwise (`sort[:max:field]`).
 */
function sortValue(document: Document, field: string, type: SearchFieldType | undefined, mode: string | undefined, direction: string): number | string | undefined {
  const values = valuesAt(document, field).map((value) => {
    if (type === 'number') return Number(value);
    if (type === 'date') return Date.parse(String(value));
    if (type === 'boolean') return value === true || value === 'true' ? 1 : 0;
    return String(value);
  });
  if (values.length === 0) return undefined;
  if (values.every((value) => typeof value === 'number')) {
    const numbers = values as number[];
    if (mode === 'sum' || mode === 'avg') {
      const sum = numbers.reduce((total, value) => total + value, 0);
      return mode === 'sum' ? sum : sum / numbers.length;
    }
    if (mode === 'median') return [...numbers].sort((x, y) => x - y)[Math.floor((numbers.length - 1) / 2)];
    return (mode ?? (direction === 'desc' ? 'max' : 'min')) === 'max' ? Math.max(...numbers) : Math.min(...numbers);
  }
  const texts = values.map(String).sort((x, y) => fold(x).localeCompare(fold(y)));
  return (mode ?? (direction === 'desc' ? 'max' : 'min')) === 'max' ? texts.at(-1) : texts[0];
}

/** The query as Sinatra/Rack hands it over: `filter[…]` and `sort[…]` as hashes (a repeated key: the last wins). */
function searchParams(url: URL) {
  const filters = new Map<string, string>();
  const sorts = new Map<string, string>();
  let sortString: string | undefined;
  let highlight: string[] | undefined;
  for (const [key, value] of url.searchParams) {
    const filter = /^filter\[(.*)\]$/.exec(key);
    if (filter) filters.set(filter[1]!, value);
    const sort = /^sort\[(.*)\]$/.exec(key);
    if (sort) sorts.set(sort[1]!, value);
    if (key === 'sort') sortString = value;
    if (key === 'highlight[:fields:]') highlight = value.split(',');
  }
  return { filters: [...filters], sorts: [...sorts], sortString, highlight };
}

/** How `e.inspect` and `Invalid search query #{query}` print a Ruby hash: `{"sort"=>[{"x"=>"asc"}], "from"=>0, "size"=>10}`. */
function rubyQuery(sorts: [string, string][], from: number, size: number): string {
  const sort = sorts.map(([field, order]) => `{"${field}"=>"${order}"}`).join(', ');
  return `{${sorts.length ? `"sort"=>[${sort}], ` : ''}"from"=>${from}, "size"=>${size}}`;
}

/**
 * Answers one search. `documents` are the index's documents as the session's groups may see
 * them (an index for other groups is empty), keyed by uuid. Errors come in the order mu-search
 * meets them: the filters and sort it builds itself (400, 500 for `sort=x`), the highlight without
 * a filter (500), what Elasticsearch refuses (400 "Invalid search query"), and the links (500
 * for `page[size]=0`).
 */
export function searchResponse(index: SearchIndex, documents: Map<string, Document>, url: URL, now: Date): Response {
  const { filters, sorts, sortString, highlight } = searchParams(url);
  // `page["number"].to_i`, `page["size"].to_i`: Ruby's to_i reads leading digits, else 0.
  const toI = (text: string | null, fallback: number) => (text === null ? fallback : Number(/^\s*[+-]?\d+/.exec(text)?.[0] ?? 0));
  const number = toI(url.searchParams.get('page[number]'), 0);
  const size = toI(url.searchParams.get('page[size]'), 10);
  const parsed: Parsed = { clauses: [], texts: [] };
  try {
    for (const [key, value] of filters) parseFilter(index, key, value, parsed);
    if (sortString !== undefined) return specError(500, `#<NoMethodError: undefined method \`map' for ${JSON.stringify(sortString)}:String>`);
    for (const [field] of sorts) {
      const [, , fields = field] = /:([^ ]+):([\w\-,.^*]*)/.exec(field) ?? [];
      const names = fields.split(',').filter(Boolean);
      if (names.length !== 1) throw new BadQuery(`Param sort only supports exactly one field, but received ${rubyList(names)}`);
    }
    if (highlight && filters.length === 0) return specError(500, "#<NoMethodError: undefined method `empty?' for nil:NilClass>");
    // What Elasticsearch refuses: a sort on a text or unmapped field or in no known order, a window past 10 000.
    const refused =
      sorts.some(([field, order]) => !SORTABLE.has(mapping(index, field.replace(/^:(min|max|sum|avg|median):/, '')) as SearchFieldType) || !['asc', 'desc'].includes(order)) ||
      number < 0 ||
      size < 0 ||
      number * size + size > 10_000;
    if (refused) throw new BadQuery(`Invalid search query ${rubyQuery(sorts, number * size, size)}`);
  } catch (error) {
    if (error instanceof BadQuery) return specError(400, error.message);
    throw error;
  }
  const hits: Hit[] = [];
  for (const [id, base] of documents) {
    const document = { ...base };
    for (const [name, compute] of Object.entries(index.runtime ?? {})) document[name] = compute(base, now);
    const hit: Hit = { id, document, score: 0, highlight: {} };
    if (parsed.clauses.every((clause) => clause.matches(hit))) hits.push(hit);
  }
  hits.sort((a, b) => {
    for (const [field, direction] of sorts) {
      const [, mode, name = field] = /^:(min|max|sum|avg|median):(.*)$/.exec(field) ?? [];
      const type = mapping(index, name);
      const left = sortValue(a.document, name, type, mode, direction);
      const right = sortValue(b.document, name, type, mode, direction);
      if (left === right) continue;
      // Elasticsearch sorts documents without the field last, either way.
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      const order = typeof left === 'number' && typeof right === 'number' ? left - right : fold(String(left)).localeCompare(fold(String(right)));
      if (order !== 0) return direction === 'desc' ? -order : order;
    }
    return sorts.length ? 0 : b.score - a.score;
  });
  if (size === 0) return specError(500, '#<ZeroDivisionError: divided by 0>');
  const page = hits.slice(number * size, number * size + size);
  if (highlight) for (const hit of page) hit.highlight = highlightsOf(index, hit, parsed.texts, highlight);
  return jsonApi({
    count: hits.length,
    data: page.map((hit) => ({
      type: index.type,
      id: hit.id,
      attributes: hit.document,
      highlight: Object.keys(hit.highlight).length ? hit.highlight : null,
    })),
    links: searchLinks(url, number, size, hits.length),
  });
}

function highlightsOf(index: SearchIndex, hit: Hit, texts: Parsed['texts'], fields: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const clause of texts) {
    const wanted = new Set(clause.words);
    for (const { field } of clause.fields) {
      if (fields[0] !== '*' && !fields.includes(field)) continue;
      const marked = textOf(index, hit.document, field).flatMap((text) => highlightText(text, wanted, clause.prefixes) ?? []);
      if (marked.length) out[field] = marked;
    }
  }
  return out;
}

/**
 * v0.11's links (`framework/jsonapi.rb` format_search_results): the RAW query string without
 * `page[number]=N` / `page[size]=N` (the unencoded forms only), after `path?`; then `page[number]`
 * (left out for page 0) and `page[size]` (only when the request sent one), joined with `&`.
 * `self` is the current page's link. `last` is `count / size` (an empty page when the count is a
 * multiple of the size); `prev` and `next` are clamped to `[0, last]`.
 */
function searchLinks(url: URL, number: number, size: number, count: number): Record<string, string> {
  const query = url.search.replace(/^\?/, '').replace(/&?page\[(number|size)\]=[0-9]+/g, '');
  const uri = `${url.pathname}?${query}`;
  const sized = url.searchParams.has('page[size]');
  const last = Math.floor(count / size);
  const link = (page: number) => [uri, page === 0 ? '' : `page[number]=${page}`, sized ? `page[size]=${size}` : ''].reduce((all, part) => (part === '' ? all : all === '' ? part : `${all}&${part}`), '');
  return {
    self: link(number),
    first: link(0),
    last: link(last),
    prev: link(Math.max(number - 1, 0)),
    next: link(Math.min(number + 1, last)),
  };
}
