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

function fieldList(spec: string): { field: string; boost: number }[] {
  return spec
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [field = '', boost] = entry.split('^');
      return { field, boost: boost ? Number(boost) || 1 : 1 };
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
  const fields = fieldList(spec);
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

function parseFilter(index: SearchIndex, key: string, value: string, parsed: Parsed): void {
  const flagged = /^:([^:]+):(.*)$/.exec(key);
  const flag = flagged?.[1];
  const spec = flagged ? flagged[2]! : key;
  const single = () => {
    const fields = fieldList(spec);
    if (fields.length !== 1) throw new BadQuery(`Param ${flag} only supports exactly one field, but received ${JSON.stringify(fields.map((f) => f.field))}`);
    return fields[0]!.field;
  };
  if (flag === undefined || flag === 'sqs' || flag === 'phrase' || flag === 'phrase_prefix' || flag === 'fuzzy' || flag === 'query') {
    const clause = textClause(index, spec || '_all', value, flag === 'sqs' || flag === 'query');
    parsed.texts.push(clause);
    parsed.clauses.push(clause);
    return;
  }
  if (flag === 'id' || flag === 'uri' || flag === 'terms' || flag === 'term') {
    const wanted = new Set(flag === 'term' ? [value] : value.split(','));
    if (flag === 'id' || flag === 'uri') {
      // `:id:` is `:terms:uuid`, `:uri:` is `:terms:_id` (the subject URI): both always indexed.
      parsed.clauses.push({ matches: (hit) => wanted.has(flag === 'id' ? hit.id : String(hit.document['uri'])) });
      return;
    }
    const field = single();
    parsed.clauses.push({ matches: (hit) => exactValues(index, hit.document, field).some((found) => wanted.has(found)) });
    return;
  }
  if (flag === 'prefix') {
    const field = single();
    parsed.clauses.push({ matches: (hit) => exactValues(index, hit.document, field).some((found) => found.startsWith(value)) });
    return;
  }
  if (flag === 'has' || flag === 'has-no') {
    if (!['t', 'true', '1'].includes(value)) return;
    const field = single();
    const wanted = flag === 'has';
    parsed.clauses.push({ matches: (hit) => exactValues(index, hit.document, field).length > 0 === wanted });
    return;
  }
  const ranges = flag.split(',');
  if (ranges.every((range) => RANGE[range])) {
    const bounds = ranges.length > 1 ? value.split(',') : [value];
    if (bounds.length !== ranges.length) {
      throw new BadQuery(`Expected ${ranges.length} comma-separated values for filter flag ${flag}, but received ${bounds.length}`);
    }
    const field = single();
    const type = mapping(index, field);
    parsed.clauses.push({
      matches: (hit) =>
        ranges.every((range, i) =>
          exactValues(index, hit.document, field).some((found) => {
            const order = compareBound(type, found, bounds[i]!);
            return order !== undefined && RANGE[range]!(order);
          }),
        ),
    });
    return;
  }
  throw new BadQuery(`Unsupported filter flag :${flag}:`);
}

const SORTABLE = new Set<SearchFieldType>(['keyword', 'date', 'boolean', 'number']);

function searchParams(url: URL) {
  const filters: [string, string][] = [];
  const sorts: [string, string][] = [];
  let highlight: string[] | undefined;
  for (const [key, value] of url.searchParams) {
    const filter = /^filter\[(.*)\]$/.exec(key);
    if (filter) filters.push([filter[1]!, value]);
    const sort = /^sort\[(.*)\]$/.exec(key);
    if (sort) sorts.push([sort[1]!, value]);
    if (key === 'highlight[:fields:]') highlight = value === '*' ? ['*'] : value.split(',');
  }
  return { filters, sorts, highlight };
}

/**
 * Answers one search. `documents` are the index's documents as the session's groups may see
 * them (an index for other groups is empty), keyed by uuid.
 */
export function searchResponse(index: SearchIndex, documents: Map<string, Document>, url: URL, now: Date): Response {
  const { filters, sorts, highlight } = searchParams(url);
  const number = Math.max(0, parseInt(url.searchParams.get('page[number]') ?? '0', 10) || 0);
  const size = parseInt(url.searchParams.get('page[size]') ?? '10', 10);
  if (!size) return specError(500, '#<ZeroDivisionError: divided by 0>');
  if (highlight && filters.length === 0) return specError(500, "#<NoMethodError: undefined method `empty?' for nil:NilClass>");
  const parsed: Parsed = { clauses: [], texts: [] };
  try {
    for (const [key, value] of filters) parseFilter(index, key, value, parsed);
    for (const [field] of sorts) {
      const key = field.replace(/^:(min|max|sum|avg|median):/, '');
      if (!SORTABLE.has(mapping(index, key) as SearchFieldType)) throw new BadQuery(`Invalid search query {"sort"=>[{"${key}"=>"asc"}]}`);
    }
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
      const key = field.replace(/^:(min|max|sum|avg|median):/, '');
      const left = valuesAt(a.document, key).map(String).sort()[0];
      const right = valuesAt(b.document, key).map(String).sort()[0];
      if (left === right) continue;
      // Elasticsearch sorts documents without the field last, either way.
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      const order = mapping(index, key) === 'keyword' ? fold(left).localeCompare(fold(right)) : left < right ? -1 : 1;
      return direction === 'desc' ? -order : order;
    }
    return sorts.length ? 0 : b.score - a.score;
  });
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

/** v0.11's links: the raw query without paging, then `page[number]` (and `page[size]` when sent). */
function searchLinks(url: URL, number: number, size: number, count: number): Record<string, string> {
  const base = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part && !/^page(\[|%5B)(number|size)(\]|%5D)=/.test(part))
    .join('&');
  const sized = url.searchParams.has('page[size]');
  const last = Math.floor(count / size);
  const link = (page: number) => `${url.pathname}?${base}&page[number]=${page}${sized ? `&page[size]=${size}` : ''}`;
  return {
    self: `${url.pathname}${url.search}`,
    first: link(0),
    last: link(last),
    prev: link(Math.max(0, number - 1)),
    next: link(Math.min(last, number + 1)),
  };
}
