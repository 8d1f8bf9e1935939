import { type Database, uriOf } from '../database.js';
import { MuFailure } from '../http.js';
import type { AttributeKind, StoredResource } from '../schema.js';
import type { ListQuery } from './params.js';
import { compareComparables, comparableOf, comparableOperand, textsOf } from './values.js';

export type Predicate = (record: StoredResource) => boolean;

const OPERATOR = /^:(exact|gt|gte|lt|lte|has|has-no):(.+)$/;
const TEXT_KINDS = new Set<AttributeKind>(['string', 'language-string-set', 'string-set', 'uri']);

export function unknownProperty(name: string, type: string): MuFailure {
  return new MuFailure(406, `Could not find property (${name}) on resource (${type}).`);
}

/**
 * All `filter[...]` parameters of a request as one predicate: plain filters must all hold, and of
 * the `filter[:or:][...]` ones at least one must.
 */
export function compileFilters(db: Database, type: string, filters: ListQuery['filters']): Predicate {
  const all: Predicate[] = [];
  const any: Predicate[] = [];
  for (const { segments, value } of filters) {
    if (segments[0] === ':or:') any.push(compile(db, type, segments.slice(1), value));
    else all.push(compile(db, type, segments, value));
  }
  if (any.length > 0) all.push((record) => any.some((predicate) => predicate(record)));
  return (record) => all.every((predicate) => predicate(record));
}

function compile(db: Database, type: string, segments: string[], value: string): Predicate {
  if (segments.length === 0) return freeText(db, type, value);
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === ':id:' && rest.length === 0) {
    const ids = new Set(value.split(',').map((id) => id.trim()));
    return (record) => ids.has(record.id);
  }
  if (head === ':uri:' && rest.length === 0) return (record) => uriOf(record) === value;
  const operator = OPERATOR.exec(head);
  if (operator && rest.length === 0) return compileOperator(db, type, operator[1]!, operator[2]!, value);
  const relationship = db.relationship(type, head);
  if (relationship) {
    const inner = compile(db, relationship.type, rest, value);
    return (record) => db.related(record, head).some(inner);
  }
  const kind = db.attributeKind(type, head);
  if (kind && rest.length === 0) return contains(head, kind, value);
  throw unknownProperty(head, type);
}

function compileOperator(db: Database, type: string, operator: string, name: string, operand: string): Predicate {
  if (operator === 'has' || operator === 'has-no') {
    const wanted = operator === 'has';
    if (db.relationship(type, name)) return (record) => db.relatedIds(record, name).length > 0 === wanted;
    if (db.attributeKind(type, name)) return (record) => hasValue(record.attributes[name]) === wanted;
    throw unknownProperty(name, type);
  }
  const kind = db.attributeKind(type, name);
  if (!kind) throw unknownProperty(name, type);
  if (operator === 'exact') {
    if (kind === 'number' || kind === 'boolean') return equalsPredicate(name, kind, operand);
    return (record) => textsOf(record.attributes[name], kind).includes(operand);
  }
  const bound = comparableOperand(operand, kind);
  if (bound === undefined) return () => false;
  const test = COMPARISONS[operator]!;
  return (record) => {
    const value = comparableOf(record.attributes[name], kind);
    return value !== undefined && test(compareComparables(value, bound));
  };
}

const COMPARISONS: Record<string, (order: number) => boolean> = {
  gt: (order) => order > 0,
  gte: (order) => order >= 0,
  lt: (order) => order < 0,
  lte: (order) => order <= 0,
};

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

function equalsPredicate(name: string, kind: AttributeKind, operand: string): Predicate {
  const wanted = comparableOperand(operand, kind);
  return (record) => wanted !== undefined && comparableOf(record.attributes[name], kind) === wanted;
}

/** `filter[attr]=x`: case-insensitive contains on text; numbers and booleans must match. */
function contains(name: string, kind: AttributeKind, operand: string): Predicate {
  if (kind === 'number' || kind === 'boolean') return equalsPredicate(name, kind, operand);
  const needle = operand.toLowerCase();
  return (record) => textsOf(record.attributes[name], kind).some((text) => text.toLowerCase().includes(needle));
}

/** `filter=x` (or `filter[rel]=x`): contains on any text attribute of the resource. */
function freeText(db: Database, type: string, operand: string): Predicate {
  const attributes = Object.entries(db.types.get(type)?.attributes ?? {}).filter(([, kind]) => TEXT_KINDS.has(kind));
  const checks = attributes.map(([name, kind]) => contains(name, kind, operand));
  return (record) => checks.some((check) => check(record));
}
