import type { Database } from '../database.js';
import { MuFailure } from '../http.js';
import type { AttributeKind, StoredResource } from '../schema.js';
import { unknownProperty } from './filter.js';
import { compareComparables, comparableOf } from './values.js';

interface SortKey {
  descending: boolean;
  noCase: boolean;
  relationships: string[];
  attribute: string;
  kind: AttributeKind;
}

function parseKey(db: Database, type: string, token: string): SortKey {
  let rest = token.trim();
  let descending = false;
  let noCase = false;
  if (rest.startsWith('-')) {
    descending = true;
    rest = rest.slice(1);
  }
  if (rest.startsWith(':no-case:')) {
    noCase = true;
    rest = rest.slice(':no-case:'.length);
  }
  if (!descending && rest.startsWith('-')) {
    descending = true;
    rest = rest.slice(1);
  }
  if (!rest) throw new MuFailure(400, `Invalid sort key (${token}).`);
  const path = rest.split('.');
  const attribute = path.pop()!;
  let current = type;
  for (const name of path) {
    const relationship = db.relationship(current, name);
    if (!relationship) throw unknownProperty(name, current);
    current = relationship.type;
  }
  const kind = db.attributeKind(current, attribute);
  if (!kind) throw unknownProperty(attribute, current);
  return { descending, noCase, relationships: path, attribute, kind };
}

function keyValue(db: Database, record: StoredResource, key: SortKey): number | string | undefined {
  let current: StoredResource | undefined = record;
  for (const name of key.relationships) {
    current = current ? db.related(current, name)[0] : undefined;
  }
  return current ? comparableOf(current.attributes[key.attribute], key.kind, key.noCase) : undefined;
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
