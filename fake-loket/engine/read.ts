import type { Database } from '../database.js';
import { jsonApi, muNotFound } from '../http.js';
import { compileFilters } from '../query/filter.js';
import { type ListQuery, parseListQuery } from '../query/params.js';
import { sortRecords } from '../query/sort.js';
import type { StoredResource } from '../schema.js';
import { resolveIncludes, serializeWithIncludes, type SerializeOptions } from '../serialize.js';

function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']');
}

/** A paging link: the request's own query with another page number, brackets left readable. */
function pageLink(url: URL, number: number, size: number): string {
  const parts: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key === 'page[number]' || key === 'page[size]') continue;
    parts.push(`${encodeKey(key)}=${encodeURIComponent(value)}`);
  }
  parts.push(`page[number]=${number}`, `page[size]=${size}`);
  return `${url.pathname}?${parts.join('&')}`;
}

function pagingLinks(url: URL, page: ListQuery['page'], count: number): Record<string, string> {
  const last = Math.max(0, Math.ceil(count / page.size) - 1);
  const links: Record<string, string> = {
    self: url.pathname + url.search,
    first: pageLink(url, 0, page.size),
    last: pageLink(url, last, page.size),
  };
  if (page.number > 0) links['prev'] = pageLink(url, Math.min(page.number - 1, last), page.size);
  if (page.number < last) links['next'] = pageLink(url, page.number + 1, page.size);
  return links;
}

/** Filter, sort, page and include a candidate set, as the list and has-many related calls do. */
export function listResponse(db: Database, type: string, candidates: Iterable<StoredResource>, url: URL, basePath: string): Response {
  const query = parseListQuery(url.searchParams);
  const predicate = compileFilters(db, type, query.filters);
  const matches: StoredResource[] = [];
  for (const record of candidates) if (predicate(record)) matches.push(record);
  const sorted = sortRecords(db, type, matches, query.sort);
  const start = query.page.number * query.page.size;
  const page = sorted.slice(start, start + query.page.size);
  const document = documentFor(db, type, page, query, basePath);
  return jsonApi({
    data: document.data,
    ...(query.include.length > 0 ? { included: document.included } : {}),
    links: pagingLinks(url, query.page, sorted.length),
    meta: { count: sorted.length },
  });
}

function documentFor(db: Database, type: string, records: StoredResource[], query: ListQuery, basePath: string) {
  const options: SerializeOptions = { basePath, fields: query.fields };
  return serializeWithIncludes(db, records, resolveIncludes(db, type, records, query.include), options);
}

export function showResponse(db: Database, type: string, record: StoredResource | undefined, url: URL, basePath: string): Response {
  if (!record) return muNotFound();
  const query = parseListQuery(url.searchParams);
  const document = documentFor(db, type, [record], query, basePath);
  return jsonApi({
    data: document.data[0],
    ...(query.include.length > 0 ? { included: document.included } : {}),
    links: { self: url.pathname + url.search },
  });
}

/** `GET /things/:id/rel` (and `/things/:id/links/rel`): the related resource(s). */
export function relatedResponse(db: Database, record: StoredResource, name: string, url: URL, basePath: string): Response {
  const relationship = db.relationship(record.type, name)!;
  const related = db.related(record, name);
  if (relationship.many) return listResponse(db, relationship.type, related, url, basePath);
  return showResponseOrNull(db, relationship.type, related[0], url, basePath);
}

function showResponseOrNull(db: Database, type: string, record: StoredResource | undefined, url: URL, basePath: string): Response {
  if (record) return showResponse(db, type, record, url, basePath);
  return jsonApi({ data: null, links: { self: url.pathname + url.search } });
}
