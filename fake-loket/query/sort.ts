import type { Database } from '../database.js';
import { noSuchLink, serverFailure } from '../http.js';
import type { AttributeKind, StoredResource } from '../schema.js';
import { undefinedTarget } from './filter.js';
import { compareComparables, comparableOf } from './values.js';

interface SortKey {
  descending: boolean;
  noCase: boolean;
  relationships: string[];
  /** undefined: the path ends in a relationship, sorted on the related uuid. */
  attribute: string | undefined;
  kind: AttributeKind;
}

/**
 * One term of `sort=`, read with mu-cl-resources' regex `(-)?(:.*:)?([^:]+)`: the `-` comes first,
 * then a modifier (only `:no-case:` means anything), then a path of relationships ending in an
 * attribute or a relationship (sorted on the target's uuid).
 */
function parseKey(db: Database, type: string, token: string): SortKey {
  const match = /^(-)?(:.*:)?([^:]+)$/.exec(token.trim());
  if (!match) throw serverFailure();
  const [, minus, modifier, path] = match;
  const names = path!.split('.');
  const last = names.pop()!;
  let current = type;
  for (const name of names) {
    const relationship = db.relationship(current, name);
    if (!relationship) throw noSuchLink(name, current);
    if (relationship.undefinedTarget) throw undefinedTarget(name, relationship);
    current = relationship.type;
  }
  const descending = !!minus;
  const noCase = modifier === ':no-case:';
  const relationship = db.relationship(current, last);
  if (relationship) {
    if (relationship.undefinedTarget) throw undefinedTarget(last, relationship);
    return { descending, noCase, relationships: [...names, last], attribute: undefined, kind: 'string' };
  }
  const kind = db.attributeKind(current, last);
  if (!kind || kind === 'uri') throw noSuchLink(last, current);
  return { descending, noCase, relationships: names, attribute: last, kind };
}

/** The value a record sorts by: `MAX(?v)` over every path to it, as mu groups sorted properties. */
function keyValue(db: Database, record: StoredResource, key: SortKey): number | string | undefined {
  let frontier = [record];
  for (const name of key.relationships) frontier = frontier.flatMap((current) => db.related(current, name));
  let best: number | string | undefined;
  for (const current of frontier) {
    const value = key.attribute === undefined ? current.id : comparableOf(db.attribute(current, key.attribute), key.kind, key.noCase);
    if (value !== undefined && (best === undefined || compareComparables(value, best) > 0)) best = value;
  }
  return best;
}

/**
 * `sort=-a,rel.b,:no-case:c`. As in SPARQL, a record without a value sorts before any value
 * (so last when descending); ties keep the stored order.
 */
export function sortRecords(db: Database, type: string, records: StoredResource[], sort: string | undefined): StoredResource[] {
  if (!sort || !sort.trim()) return records;
  const keys = sort.split(',').filter((token) => token.trim()).map((token) => parseKey(db, type, token));
  const rows = records.map((record, index) => ({ record, index, values: keys.map((key) => keyValue(db, record, key)) }));
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const left = a.values[i];
      const right = b.values[i];
      if (left === right) continue;
      const order = left === undefined ? -1 : right === undefined ? 1 : compareComparables(left, right);
      if (order !== 0) return keys[i]!.descending ? -order : order;
    }
    return a.index - b.index;
  });
  return rows.map((row) => row.record);
}
