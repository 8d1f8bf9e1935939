/**
 * mu-cl-resources' reads (`call-implementation.lisp` list, show and related calls,
 * `response-generation.lisp` paging links) over one session's scope.
 */
import type { Database } from '../database.js';
import { MuFailure, muJson, serverFailure } from '../http.js';
import { compileFilters } from '../query/filter.js';
import { DEFAULT_PAGE_SIZE, type ListQuery, parseListQuery } from '../query/params.js';
import { sortRecords } from '../query/sort.js';
import type { StoredResource } from '../schema.js';
import { resolveIncludes, serializeWithIncludes, type SerializeOptions } from '../serialize.js';

export interface ReadOptions {
  emptyIncludedData?: SerializeOptions['emptyIncludedData'];
}

/**
 * A paging link as mu builds it: the request's other parameters in their order, decoded and not
 * re-encoded; `page[number]` in place (or first when the request had none) and left out for page
 * 0; `page[size]` left out when it is the default.
 */
function pageLink(path: string, url: URL, query: ListQuery, number: number): string {
  const parts: string[] = [];
  let placedNumber = false;
  const numberPart = number > 0 ? `page[number]=${number}` : undefined;
  const sizePart = query.page.size !== DEFAULT_PAGE_SIZE ? `page[size]=${query.page.size}` : undefined;
  for (const [key, value] of url.searchParams) {
    if (key === 'page[number]') {
      if (numberPart) parts.push(numberPart);
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
  const links: Record<string, string> = { first: pageLink(path, url, query, 0), last: pageLink(path, url, query, last) };
  if (number > 0) links['prev'] = pageLink(path, url, query, number - 1);
  if (number < last) links['next'] = pageLink(path, url, query, number + 1);
  return links;
}

function decodedSearch(url: URL): string {
  return [...url.searchParams].map(([key, value]) => `${key}=${value}`).join('&');
}

/** `filter[:id:]` / `filter[id]` at the top: the Loket's image fails on an id it cannot find (500). */
function checkTopLevelIds(db: Database, type: string, query: ListQuery): void {
  for (const { segments, value } of query.filters) {
    if (segments.length !== 1 || (segments[0] !== ':id:' && segments[0] !== 'id')) continue;
    for (const id of value.split(',').map((part) => part.trim())) if (!db.get(type, id)) throw serverFailure();
  }
}

/**
 * Filter, sort, page and include a candidate set, as the list and has-many related calls do.
 * `path` is the request's resource path (`/things` or `/things/:id/rel`), used in the links.
 */
export function listResponse(
  db: Database,
  type: string,
  candidates: Iterable<StoredResource>,
  url: URL,
  path: string,
  options: ReadOptions = {},
  extraLinks: Record<string, string> = {},
): Response {
  const query = parseListQuery(url.searchParams);
  if (query.page.size <= 0) throw serverFailure(); // division by zero while building the links
  checkTopLevelIds(db, type, query);
  const predicate = compileFilters(db, type, query.filters);
  const matches: StoredResource[] = [];
  for (const record of candidates) if (predicate(record)) matches.push(record);
  const sorted = sortRecords(db, type, matches, query.sort);
  const start = query.page.number * query.page.size;
  const page = start < 0 ? [] : sorted.slice(start, start + query.page.size);
  const document = documentFor(db, type, page, query, url, options);
  const search = decodedSearch(url);
  return muJson({
    data: document.data,
    ...(document.included.length > 0 ? { included: document.included } : {}),
    links: { self: `${path.replace(/^\//, '')}${search ? `?${search}` : ''}`, ...pagingLinks(path, url, query, sorted.length), ...extraLinks },
    meta: { count: sorted.length },
  });
}

function documentFor(db: Database, type: string, records: StoredResource[], query: ListQuery, url: URL, options: ReadOptions) {
  const serialize: SerializeOptions = { fields: query.fields, search: decodedSearch(url), emptyIncludedData: options.emptyIncludedData };
  return serializeWithIncludes(db, records, resolveIncludes(db, type, records, query.include), serialize);
}

/** `GET /things/:id`: 404 `{"data": null}` for an id the scope does not see. */
export function showResponse(db: Database, type: string, id: string, url: URL, options: ReadOptions = {}): Response {
  const record = db.get(type, id);
  if (!record) {
    // An id that exists as another type: mu finds no resource for it and fails.
    if (db.anyWithId(id) && !db.types.get(type)) throw serverFailure();
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

/** `GET /things/:id/rel` (and `/things/:id/links/rel`, the same handler): the related resource(s). */
export function relatedResponse(db: Database, type: string, id: string, name: string, url: URL, options: ReadOptions = {}): Response {
  const relationship = db.relationship(type, name);
  if (!relationship) throw new MuFailure(406, `Could not find link (${name}) on resource (${type}).`);
  const record = db.get(type, id);
  if (!record) throw serverFailure(); // `no-such-instance` is not caught here
  const links = { self: `/${type}/${id}/links/${name}${url.search ? `?${decodedSearch(url)}` : ''}`, related: `/${type}/${id}/${name}` };
  if (relationship.undefinedTarget) {
    if (relationship.many) throw serverFailure();
    throw new MuFailure(404, '', true);
  }
  if (relationship.many) return listResponse(db, relationship.type, db.related(record, name), url, `/${type}/${id}/${name}`, options, links);
  const [related] = db.related(record, name);
  if (!related) return muJson({ data: null, links });
  const query = parseListQuery(url.searchParams);
  const serialize: SerializeOptions = { fields: query.fields, search: decodedSearch(url), emptyIncludedData: options.emptyIncludedData };
  return muJson({ data: serializeWithIncludes(db, [related], { linkage: new Map(), included: [] }, serialize).data[0], links });
}
