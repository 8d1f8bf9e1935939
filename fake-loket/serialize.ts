/**
 * Stored records as mu-cl-resources serialises them (`call-implementation.lisp` item and
 * relationship rendering, `included-items.lisp`), over what one session's scope sees.
 */
import { type Database, uriOf } from './database.js';
import { MuFailure, serverFailure } from './http.js';
import type { StoredResource } from './schema.js';

export interface SerializeOptions {
  /** Sparse fieldsets: `fields[type]=a,b` (unknown names are ignored, as mu does). */
  fields?: Map<string, Set<string>>;
  /** The request's query string, which every relationship's `self` link carries. */
  search?: string;
  /**
   * An included relationship with nothing related: `omit` leaves `data` out (the Loket's
   * mu-cl-resources image), `empty` sends `null` / `[]` (newer images).
   */
  emptyIncludedData?: 'omit' | 'empty';
}

const keyOf = (record: StoredResource): string => `${record.type}/${record.id}`;

/**
 * A stored record as a resource object: declared attributes that have a value and that the scope
 * sees (plus `uri` under `include-uri`, even in a sparse fieldset), and every relationship with
 * its `links`, carrying `data` only for the names in `linkage` (the included ones).
 */
export function toResource(
  db: Database,
  record: StoredResource,
  options: SerializeOptions = {},
  linkage: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const def = db.types.get(record.type);
  const sparse = options.fields?.get(record.type);
  const attributes: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(def?.attributes ?? {})) {
    if (kind === 'uri' || (sparse && !sparse.has(name))) continue;
    const value = db.attribute(record, name);
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) attributes[name] = value;
  }
  if (def?.includeUri !== false) attributes['uri'] = uriOf(record, def);
  const relationships: Record<string, unknown> = {};
  const query = options.search ? `?${options.search.replace(/^\?/, '')}` : '';
  for (const [name, relationship] of Object.entries(def?.relationships ?? {})) {
    if (sparse && !sparse.has(name)) continue;
    const entry: Record<string, unknown> = {
      links: { self: `/${record.type}/${record.id}/links/${name}${query}`, related: `/${record.type}/${record.id}/${name}` },
    };
    if (linkage.has(name)) {
      const related = db.related(record, name).map((other) => ({ type: other.type, id: other.id }));
      if (related.length > 0) entry['data'] = relationship.many ? related : related[0];
      else if (options.emptyIncludedData !== 'omit') entry['data'] = relationship.many ? [] : null;
    }
    relationships[name] = entry;
  }
  return { attributes, id: record.id, type: record.type, relationships };
}

export interface IncludeResult {
  /** Relationship names to carry `data` for, per `type/id`. */
  linkage: Map<string, Set<string>>;
  /** Included records in first-reached order, without the primary ones. */
  included: StoredResource[];
}

/**
 * Follows `include=a.b,c` from the primary records. With no primary record nothing is walked
 * (mu answers 200); otherwise an unknown name fails with 500, and a link into a resource the domain
 * never defines with 404 `{"data": null}` (`no-such-resource`).
 */
export function resolveIncludes(db: Database, type: string, primary: StoredResource[], paths: string[][]): IncludeResult {
  const linkage = new Map<string, Set<string>>();
  const included = new Map<string, StoredResource>();
  if (primary.length === 0) return { linkage, included: [] };
  const primaryKeys = new Set(primary.map(keyOf));
  for (const path of paths) {
    let frontier = primary;
    let frontierType = type;
    for (const name of path) {
      const relationship = db.relationship(frontierType, name);
      if (!relationship) throw serverFailure();
      if (relationship.undefinedTarget) throw new MuFailure(404, '', true);
      const next = new Map<string, StoredResource>();
      for (const record of frontier) {
        const key = keyOf(record);
        const names = linkage.get(key) ?? new Set<string>();
        names.add(name);
        linkage.set(key, names);
        for (const related of db.related(record, name)) next.set(keyOf(related), related);
      }
      for (const [key, record] of next) {
        if (!primaryKeys.has(key) && !included.has(key)) included.set(key, record);
      }
      frontier = [...next.values()];
      frontierType = relationship.type;
    }
  }
  return { linkage, included: [...included.values()] };
}

/** Serialises primary and included records with the linkage an include asked for. */
export function serializeWithIncludes(
  db: Database,
  primary: StoredResource[],
  result: IncludeResult,
  options: SerializeOptions,
): { data: Record<string, unknown>[]; included: Record<string, unknown>[] } {
  const serialise = (record: StoredResource) => toResource(db, record, options, result.linkage.get(keyOf(record)));
  return { data: primary.map(serialise), included: result.included.map(serialise) };
}
