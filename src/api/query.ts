import { formatQueryDate } from './dates.js';

/**
 * An immutable builder for mu-cl-resources query strings. Every method returns a new Query, so a
 * widget can keep a base query and derive pages and filters from it. Names are checked when they
 * are added: a field path is `name` or `relationship.name` (letters, digits, `_`, `-`), never
 * brackets or commas; in literal types the compiler already refuses brackets and commas.
 */

export type FilterValue = string | number | boolean | Date;
export type ComparableValue = string | number | Date;
export type SortOrder = 'asc' | 'desc';

/** Compile-time guard for literal names; runtime checks cover computed ones. */
export type FieldPath<S extends string> = S &
  (S extends `${string}${'[' | ']' | ',' | ' ' | '&' | '='}${string}` ? never : unknown);

export interface PageInfo {
  /** Zero-based, as mu-cl-resources counts. */
  number: number;
  size: number;
}

/** mu-cl-resources' page size when none is asked. */
export const DEFAULT_PAGE_SIZE = 20;

const SEGMENT = /^[A-Za-z_][\w-]*$/;
const SEARCH_FIELD = /^[A-Za-z_][\w.-]*(?:\^\d+(?:\.\d+)?)?$/;

function pathSegments(path: string, what: string): string[] {
  const segments = path.split('.');
  if (!segments.every((segment) => SEGMENT.test(segment))) {
    throw new RangeError(`Loket query: bad ${what} "${path}"`);
  }
  return segments;
}

function formatValue(value: FilterValue): string {
  if (value instanceof Date) return formatQueryDate(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('Loket query: bad number');
  return String(value);
}

/** Key for a filter on `field` (`rel.rel.attr`) with an optional operator such as `:exact:`. */
function attributeKey(field: string, operator = ''): string {
  const segments = pathSegments(field, 'field');
  const attribute = segments.pop()!;
  return brackets(segments) + `[${operator}${attribute}]`;
}

/** Key for a filter on a relationship path itself, e.g. `[organization][:id:]`. */
function relationshipKey(relationship: string | undefined, operator: string): string {
  return `${relationship ? brackets(pathSegments(relationship, 'relationship')) : ''}[${operator}]`;
}

function brackets(segments: string[]): string {
  return segments.map((segment) => `[${segment}]`).join('');
}

/** The filter operators, shared by a Query and an `:or:` group. */
abstract class FilterBuilder<Self> {
  protected abstract withFilter(key: string, value: string | undefined): Self;

  /** `filter[field]=value`: case-insensitive contains. An empty value removes the filter. */
  contains<F extends string>(field: FieldPath<F>, value: string): Self {
    return this.withFilter(attributeKey(field), value === '' ? undefined : value);
  }

  /** `filter[:exact:field]=value`. */
  exact<F extends string>(field: FieldPath<F>, value: FilterValue): Self {
    return this.withFilter(attributeKey(field, ':exact:'), formatValue(value));
  }

  /**
   * `filter[:id:]=a,b` or `filter[rel][:id:]=a,b`. An empty list removes the filter. `legacy` sends
   * mu-cl-resources' deprecated spelling `[id]` (same meaning), for requests that copy a real
   * frontend's parameters exactly.
   */
  ids<R extends string>(ids: readonly string[], relationship?: FieldPath<R>, options: { legacy?: boolean } = {}): Self {
    if (ids.some((id) => id === '' || id.includes(','))) throw new RangeError('Loket query: bad id');
    return this.withFilter(relationshipKey(relationship, options.legacy ? 'id' : ':id:'), ids.length ? ids.join(',') : undefined);
  }

  /** `filter[:uri:]=uri` or `filter[rel][:uri:]=uri`. */
  uri<R extends string>(uri: string, relationship?: FieldPath<R>): Self {
    return this.withFilter(relationshipKey(relationship, ':uri:'), uri);
  }

  /** `filter[:gt:field]`; a Date at local midnight is sent as `YYYY-MM-DD`, other Dates as ISO. */
  gt<F extends string>(field: FieldPath<F>, value: ComparableValue): Self {
    return this.withFilter(attributeKey(field, ':gt:'), formatValue(value));
  }

  gte<F extends string>(field: FieldPath<F>, value: ComparableValue): Self {
    return this.withFilter(attributeKey(field, ':gte:'), formatValue(value));
  }

  lt<F extends string>(field: FieldPath<F>, value: ComparableValue): Self {
    return this.withFilter(attributeKey(field, ':lt:'), formatValue(value));
  }

  lte<F extends string>(field: FieldPath<F>, value: ComparableValue): Self {
    return this.withFilter(attributeKey(field, ':lte:'), formatValue(value));
  }

  /** `filter[:has:rel]=t`: the relationship (or attribute) has a value. */
  has<R extends string>(relationship: FieldPath<R>): Self {
    return this.withFilter(attributeKey(relationship, ':has:'), 't');
  }

  /** `filter[:has-no:rel]=t`: the relationship (or attribute) has no value. */
  hasNo<R extends string>(relationship: FieldPath<R>): Self {
    return this.withFilter(attributeKey(relationship, ':has-no:'), 't');
  }
}

/** The members of a `filter[:or:]` group: the same operators, no nesting. */
export class OrGroup extends FilterBuilder<OrGroup> {
  readonly filters = new Map<string, string>();

  protected withFilter(key: string, value: string | undefined): OrGroup {
    if (value === undefined) this.filters.delete(key);
    else this.filters.set(key, value);
    return this;
  }
}

export class Query extends FilterBuilder<Query> {
  #filters = new Map<string, string>();
  #sort: string[] = [];
  #include: string[] = [];
  #fields = new Map<string, string[]>();
  #page: Partial<PageInfo> = {};

  protected withFilter(key: string, value: string | undefined): Query {
    return this.#copy((next) => {
      if (value === undefined) next.#filters.delete(`filter${key}`);
      else next.#filters.set(`filter${key}`, value);
    });
  }

  /** `filter[:or:][a]=x&filter[:or:][b]=y`: matches when any member matches. Replaces an earlier group. */
  or(build: (group: OrGroup) => OrGroup): Query {
    const group = build(new OrGroup());
    return this.#copy((next) => {
      for (const key of [...next.#filters.keys()]) if (key.startsWith('filter[:or:]')) next.#filters.delete(key);
      for (const [key, value] of group.filters) next.#filters.set(`filter[:or:]${key}`, value);
    });
  }

  /** mu-search full text: `filter[:sqs:name.nl^5,description.nl]=term`. An empty term removes it. */
  search(fields: readonly string[], term: string): Query {
    if (!fields.length || !fields.every((field) => SEARCH_FIELD.test(field))) {
      throw new RangeError(`Loket query: bad search fields "${fields.join(',')}"`);
    }
    return this.withFilter(`[:sqs:${fields.join(',')}]`, term.trim() === '' ? undefined : term);
  }

  /** Adds a sort key (`-a`, `rel.b`, `:no-case:c`); the first added sorts first. */
  sort<F extends string>(field: FieldPath<F>, order: SortOrder = 'asc', options: { noCase?: boolean } = {}): Query {
    pathSegments(field, 'sort field');
    const key = `${order === 'desc' ? '-' : ''}${options.noCase ? ':no-case:' : ''}${field}`;
    return this.#copy((next) => {
      next.#sort = [...next.#sort.filter((existing) => existing.replace(/^-?(?::no-case:)?/, '') !== field), key];
    });
  }

  /** `include=a.b,c`: related resources to embed (never paged by the server). */
  include(...paths: string[]): Query {
    for (const path of paths) pathSegments(path, 'include path');
    return this.#copy((next) => {
      next.#include = [...new Set([...next.#include, ...paths])];
    });
  }

  /** `fields[type]=a,b`: sparse fieldsets. */
  fields(type: string, names: readonly string[]): Query {
    pathSegments(type, 'type');
    for (const name of names) pathSegments(name, 'field');
    return this.#copy((next) => {
      next.#fields.set(type, [...new Set(names)]);
    });
  }

  /** `page[number]` (zero-based) and `page[size]`. */
  page(number: number, size?: number): Query {
    if (!Number.isInteger(number) || number < 0) throw new RangeError(`Loket query: bad page number ${number}`);
    if (size !== undefined && (!Number.isInteger(size) || size < 1)) throw new RangeError(`Loket query: bad page size ${size}`);
    return this.#copy((next) => {
      next.#page = size === undefined ? { ...next.#page, number } : { number, size };
    });
  }

  /** The page this query asks for, with the server's defaults filled in. */
  get pageInfo(): PageInfo {
    return { number: this.#page.number ?? 0, size: this.#page.size ?? DEFAULT_PAGE_SIZE };
  }

  /**
   * The parameters in a stable order (filters and fieldsets sorted by key, include sorted; sort
   * keeps its meaningful order), so equal queries give equal URLs and share requests.
   */
  toSearchParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const key of [...this.#filters.keys()].sort()) params.append(key, this.#filters.get(key)!);
    if (this.#include.length) params.append('include', [...this.#include].sort().join(','));
    for (const type of [...this.#fields.keys()].sort()) params.append(`fields[${type}]`, this.#fields.get(type)!.join(','));
    if (this.#sort.length) params.append('sort', this.#sort.join(','));
    if (this.#page.number !== undefined) params.append('page[number]', String(this.#page.number));
    if (this.#page.size !== undefined) params.append('page[size]', String(this.#page.size));
    return params;
  }

  override toString(): string {
    return this.toSearchParams().toString();
  }

  #copy(change: (next: Query) => void): Query {
    const next = new Query();
    next.#filters = new Map(this.#filters);
    next.#sort = [...this.#sort];
    next.#include = [...this.#include];
    next.#fields = new Map(this.#fields);
    next.#page = { ...this.#page };
    change(next);
    return next;
  }
}

/** Shorthand for `new Query()`. */
export function query(): Query {
  return new Query();
}
