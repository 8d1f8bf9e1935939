import { type Database, uriOf } from './database.js';
import { MuFailure } from './http.js';
import type { StoredResource } from './schema.js';

export interface SerializeOptions {
  /** Prefix for `links` (the API root path, e.g. `` or `/api`). */
  basePath: string;
  /** Sparse fieldsets: `fields[type]=a,b`. */
  fields?: Map<string, Set<string>>;
}

const keyOf = (record: StoredResource): string => `${record.type}/${record.id}`;

/**
 * A stored record as a mu-cl-resources resource object: declared attributes that have a value
 * (plus `uri`), and relationships with `links`, carrying `data` only for the names in `linkage`.
 */
export function toResource(
  db: Database,
  record: StoredResource,
  options: SerializeOptions,
  linkage: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const def = db.types.get(record.type);
  const sparse = options.fields?.get(record.type);
  const self = `${options.basePath}/${record.type}/${record.id}`;
  const attributes: Record<string, unknown> = {};
  for (const name of Object.keys(def?.attributes ?? {})) {
    if (name === 'uri' || (sparse && !sparse.has(name))) continue;
    const value = record.attributes[name];
    if (value !== undefined && value !== null) attributes[name] = value;
  }
  if (!sparse || sparse.has('uri')) attributes['uri'] = uriOf(record);
  const relationships: Record<string, unknown> = {};
  for (const [name, relationship] of Object.entries(def?.relationships ?? {})) {
    if (sparse && !sparse.has(name)) continue;
    const entry: Record<string, unknown> = { links: { self: `${self}/links/${name}`, related: `${self}/${name}` } };
    if (linkage.has(name)) {
      const ids = db.relatedIds(record, name);
      entry['data'] = relationship.many
        ? ids.map((id) => ({ type: relationship.type, id }))
        : ids[0] !== undefined
          ? { type: relationship.type, id: ids[0] }
          : null;
    }
    relationships[name] = entry;
  }
  return { attributes, id: record.id, type: record.type, relationships, links: { self } };
}

export interface IncludeResult {
  /** Relationship names to carry `data` for, per `type/id`. */
  linkage: Map<string, Set<string>>;
  /** Included records in first-reached order, without the primary ones. */
  included: StoredResource[];
}

/** Follows `include=a.b,c` from the primary records; unknown links answer 406 like mu. */
export function resolveIncludes(db: Database, type: string, primary: StoredResource[], paths: string[][]): IncludeResult {
  const linkage = new Map<string, Set<string>>();
  const primaryKeys = new Set(primary.map(keyOf));
  const included = new Map<string, StoredResource>();
  for (const path of paths) {
    let frontier = primary;
    let frontierType = type;
    for (const name of path) {
      const relationship = db.relationship(frontierType, name);
      if (!relationship) throw new MuFailure(406, `Could not find link (${name}) on resource (${frontierType}).`);
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
