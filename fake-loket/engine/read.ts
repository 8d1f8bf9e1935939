/**
 * mu-cl-resources' reads (`call-implementation.lisp` list, show and related calls,
 * `response-generation.lisp` paging links) over one session's scope.
 */
import type { ResourcesQuirks } from '../app-spec.js';
import type { Database } from '../database.js';
import { MuFailure, NoSuchLink, configurationError, muJson, requestInvalid, serverFailure } from '../http.js';
import { compileFilters } from '../query/filter.js';
import { DEFAULT_PAGE_SIZE, type ListQuery, parseListQuery } from '../query/params.js';
import { sortRecords } from '../query/sort.js';
import type { StoredResource } from '../schema.js';
import { resolveIncludes, serializeWithIncludes, type SerializeOptions } from '../serialize.js';

export interface ReadOptions {
  /** The image's answers where versions differ; defaults are those of v1.25.0 and later. */
  quirks?: ResourcesQuirks;
}

/**
 * A paging link as mu builds it: the request's other parameters in their order, decoded and not
 * re-encoded; `page[number]` in place (or first when the request had none) and left out for page
 * 0; `page[size]` left out when it is the default.
 */
function pageLink(path: string, url: URL, size: number, number: number): string {
  const parts: string[] = [];
  let placedNumber = false;
  const numberPart = number > 0 ? `page[number]=${number}` : undefined;
  const sizePart = size !== DEFAULT_PAGE_SIZE ? `page[size]=${size}` : undefined;
  for (const [key, value] of url.searchParams) {
    if (key === 'page[number]') {
      if (numberPart && !placedNumber) parts.push(numberPart);
      placedNumber = true;
    } else if (key === 'page[size]') {
      if (sizePart) parts.push(sizePart);
    } else parts.push(`${key}=${value}`);
  }
  if (!placedNumber && numberPart) parts.unshift(numberPart);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

function pagingLinks(path: string, url: URL, query: ListQuery, count: number): Record<string, string> {
  const { number, size } = query.page;
  const last = Math.max(0, Math.ceil(count / size) - 1);
  const links: Record<string, string> = { first: pageLink(path, url, size, 0), last: pageLink(path, url, size, last) };
  if (number > 0) links['prev'] = pageLink(path, url, size, number - 1);
  if (number < last) links['next'] = pageLink(path, url, size, number + 1);
  return links;
}

/** The request's parameters as `build-url` writes them: `key=value`, decoded, in order. */
function decodedSearch(url: URL): string {
  return [...url.searchParams].map(([key, value]) => `${key}=${value}`).join('&');
}

/**
 * `filter[:id:]` / `filter[id]` at the top of a list call: d03f906's `cache-list-call` looks every
 * id up uncaught and fails on one it cannot find (mcr@d03f906 `call-implementation.lisp:252-270`).
 * Only the exact keys count, and only the first of them (`find` on the parameters).
 */
function checkTopLevelIds(db: Database, type: string, url: URL, quirks: ResourcesQuirks): void {
  if ((quirks.unknownFilterId ?? 'skip') !== 'server-error') return;
  const value = url.searchParams.get('filter[id]') ?? url.searchParams.get('filter[:id:]');
  if (value === null) return;
  for (const id of value.split(',')) if (!db.get(type, id)) throw serverFailure();
}

export interface ListCall {
  /** `list` (`GET /things`) or `related` (`GET /things/:id/rel` of a has-many). */
  kind: 'list' | 'related';
  /** The path the paging links are built on (`script-name`: the request's own path). */
  linkPath: string;
  /** `links.self` (the list call: the on-path without its slash and the request's parameters). */
  self?: string;
  /** Links the related call merges over the paging ones (its `self` and `related`). */
  extraLinks?: Record<string, string>;
}

/** Filter, sort, page and include a candidate set, as the list and has-many related calls do. */
export function listResponse(db: Database, type: string, candidates: Iterable<StoredResource>, url: URL, call: ListCall, options: ReadOptions = {}): Response {
  const quirks = options.quirks ?? {};
  const query = parseListQuery(url.searchParams);
  if (call.kind === 'list') checkTopLevelIds(db, type, url, quirks);
  let sorted: StoredResource[];
  try {
    const predicate = compileFilters(db, type, query.filters);
    const matches: StoredResource[] = [];
    for (const record of candidates) if (predicate(record)) matches.push(record);
    sorted = sortRecords(db, type, matches, query.sort);
  } catch (error) {
    // The related call answers the condition itself; the list call as its image does.
    if (error instanceof NoSuchLink && call.kind === 'list') {
      throw (quirks.unknownListName ?? 'request-invalid') === 'request-invalid' ? requestInvalid() : serverFailure();
    }
    throw error;
  }
  if (query.page.size <= 0) throw serverFailure(); // division by zero while building the links
  const unpaged = db.types.get(type)?.noPaginationDefaults && !query.page.sizeGiven && !query.page.numberGiven;
  const start = query.page.number * query.page.size;
  const page = unpaged ? sorted : start < 0 ? [] : sorted.slice(start, start + query.page.size);
  const document = documentFor(db, type, page, query, url, options);
  const links: Record<string, string> = { ...pagingLinks(call.linkPath, url, query, sorted.length), ...call.extraLinks };
  if (call.self !== undefined) links['self'] = call.self;
  return muJson({
    data: document.data,
    ...(document.included.length > 0 ? { included: document.included } : {}),
    links,
    meta: { count: sorted.length },
  });
}

/** `links.self` of a list call: `build-url` of the resource's on-path (no leading slash) and the parameters. */
export function listSelf(type: string, url: URL): string {
  const search = decodedSearch(url);
  return search ? `${type}?${search}` : type;
}

function serializeOptions(query: ListQuery, url: URL, options: ReadOptions): SerializeOptions {
  return { fields: query.fields, search: decodedSearch(url), emptyIncludedData: options.quirks?.emptyIncludedData ?? 'empty' };
}

function documentFor(db: Database, type: string, records: StoredResource[], query: ListQuery, url: URL, options: ReadOptions) {
  return serializeWithIncludes(db, records, resolveIncludes(db, type, records, query.include), serializeOptions(query, url, options));
}

/**
 * `GET /things/:id`: 404 `{"data": null}` for an id the scope does not see; 500 for an id the
 * scope sees as another type (`resource-type-not-found-for-item-spec`).
 */
export function showResponse(db: Database, type: string, id: string, url: URL, options: ReadOptions = {}): Response {
  const record = db.get(type, id);
  if (!record) {
    const other = db.anyWithId(id);
    if (other && db.scope.canSee(other)) throw serverFailure();
    throw new MuFailure(404, '', true);
  }
  const query = parseListQuery(url.searchParams);
  const document = documentFor(db, record.type, [record], query, url, options);
  return muJson({
    data: document.data[0],
    ...(document.included.length > 0 ? { included: document.included } : {}),
    links: { self: `/${record.type}/${record.id}` },
  });
}

/**
 * `GET /things/:id/rel` and `GET /things/:id/links/rel` (the same handler): the related resource,
 * or for a has-many the paged list of them. `requestPath` is the path as requested (either form).
 */
export function relatedResponse(db: Database, type: string, id: string, name: string, url: URL, requestPath: string, options: ReadOptions = {}): Response {
  const relationship = db.relationship(type, name);
  if (!relationship) throw new NoSuchLink(name, type);
  const record = db.get(type, id);
  if (!record) throw serverFailure(); // `no-such-instance` is not caught here
  const search = decodedSearch(url);
  const links = { self: `/${type}/${id}/links/${name}${search ? `?${search}` : ''}`, related: `/${type}/${id}/${name}` };
  // `referred-resource` (has-many: the collection's resource; has-one: `retrieve-relation-items`).
  // HEAD answers 404 for the has-one; d03f906, feature/more-backtrace and v1.27.0 all fail this way.
  if (relationship.undefinedTarget) throw configurationError(name, relationship.undefinedTarget);
  if (relationship.many) {
    return listResponse(db, relationship.type, db.related(record, name), url, { kind: 'related', linkPath: requestPath, extraLinks: links }, options);
  }
  const [related] = db.related(record, name);
  if (!related) return muJson({ data: null, links });
  const query = parseListQuery(url.searchParams);
  return muJson({ data: serializeWithIncludes(db, [related], { linkage: new Map(), included: [] }, serializeOptions(query, url, options)).data[0], links });
}
