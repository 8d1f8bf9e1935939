/**
 * `filter[...]` as mu-cl-resources reads it (`response-generation.lisp` filter building,
 * `resource-model.lisp` slots-for-filter-components): every component but the last must be a
 * relationship; only the last may carry an operator; an unknown name anywhere fails the whole
 * request. Matching runs over what the session's scope sees.
 */
import { type Database, uriOf } from '../database.js';
import { MuFailure, configurationError, noSuchLink, serverFailure } from '../http.js';
import type { AttributeKind, RelationshipDef, StoredResource } from '../schema.js';
import type { ListQuery } from './params.js';
import { compareComparables, comparableOf, comparableOperand, lexicalTextsOf } from './values.js';

export type Predicate = (record: StoredResource) => boolean;

const OPERATOR = /^:(exact|gt|gte|lt|lte|has|has-no|not):(.+)$/;

/** `no-such-property`: an operator that needs an attribute named something else. */
export function unknownProperty(name: string, type: string): MuFailure {
  return new MuFailure(406, `Could not find property (${name}) on resource (${type}).`);
}

/** `configuration-error`: a link whose target the domain never defines. */
export function undefinedTarget(name: string, relationship: RelationshipDef): MuFailure {
  return configurationError(name, relationship.undefinedTarget ?? '');
}

/**
 * All `filter[...]` parameters of a request as one predicate: plain filters must all hold, and in
 * each `filter[:or:...]` group (named by its first component) at least one must.
 */
export function compileFilters(db: Database, type: string, filters: ListQuery['filters']): Predicate {
  const all: Predicate[] = [];
  const groups = new Map<string, Predicate[]>();
  for (const { segments, value } of filters) {
    const [head] = segments;
    if (head !== undefined && /^:or:/.test(head)) {
      const group = groups.get(head) ?? [];
      group.push(compile(db, type, segments.slice(1), value));
      groups.set(head, group);
    } else all.push(compile(db, type, segments, value));
  }
  for (const group of groups.values()) all.push((record) => group.some((predicate) => predicate(record)));
  return (record) => all.every((predicate) => predicate(record));
}

function compile(db: Database, type: string, segments: string[], value: string): Predicate {
  if (segments.length === 0) return anyAttributeContains(db, type, value);
  const [head, ...rest] = segments as [string, ...string[]];
  if ((head === ':id:' || head === 'id') && rest.length === 0) {
    const ids = new Set(value.split(','));
    return (record) => ids.has(record.id);
  }
  if (head === ':uri:' && rest.length === 0) return (record) => uriOf(record, db.types.get(record.type)) === value;
  const operator = OPERATOR.exec(head);
  if (operator) {
    if (rest.length > 0) throw noSuchLink(head, type); // `filter[:lt:rel][attr]`: `:lt:rel` is looked up as a link
    return compileOperator(db, type, operator[1]!, operator[2]!, value);
  }
  const relationship = db.relationship(type, head);
  if (relationship) {
    if (relationship.undefinedTarget) throw undefinedTarget(head, relationship);
    const inner = rest.length === 0 ? anyAttributeContains(db, relationship.type, value) : compile(db, relationship.type, rest, value);
    return (record) => db.related(record, head).some(inner);
  }
  const kind = db.attributeKind(type, head);
  if (kind && kind !== 'uri') {
    // `filter[website][:uri:]`: a URL-typed attribute equals the IRI (response-generation.lisp:245-257).
    if (kind === 'url' && rest.length === 1 && rest[0] === ':uri:') return (record) => lexicalTextsOf(db.attribute(record, head), kind).includes(value);
    if (rest.length > 0) throw serverFailure(); // an attribute followed by more components
    return contains(db, head, kind, value);
  }
  throw noSuchLink(head, type);
}

function compileOperator(db: Database, type: string, operator: string, name: string, operand: string): Predicate {
  if (operator === 'has' || operator === 'has-no') {
    // mu-cl-resources ignores the value: `filter[:has-no:x]=false` still filters.
    const wanted = operator === 'has';
    const relationship = db.relationship(type, name);
    if (relationship) {
      if (relationship.undefinedTarget) throw undefinedTarget(name, relationship);
      return (record) => db.related(record, name).length > 0 === wanted;
    }
    const kind = db.attributeKind(type, name);
    if (kind && kind !== 'uri') return (record) => hasValue(db.attribute(record, name)) === wanted;
    throw noSuchLink(name, type);
  }
  const kind = db.attributeKind(type, name);
  if (operator === 'exact' || operator === 'not') {
    if (!kind || kind === 'uri') throw unknownProperty(name, type);
    const equal = equals(db, name, kind, operand);
    return operator === 'exact' ? equal : (record) => !equal(record);
  }
  if (!kind) {
    if (db.relationship(type, name)) throw serverFailure(); // a comparison on a link has no method
    throw noSuchLink(name, type);
  }
  const bound = comparableOperand(operand, kind);
  if (bound === undefined) throw serverFailure(); // e.g. a non-number against a number
  const test = COMPARISONS[operator]!;
  return (record) => {
    const value = comparableOf(db.attribute(record, name), kind);
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

/** `:exact:`: RDF term equality, so a plain string never equals a language-tagged one. */
function equals(db: Database, name: string, kind: AttributeKind, operand: string): Predicate {
  if (kind === 'language-string' || kind === 'language-string-set') return () => false;
  if (kind === 'number' || kind === 'boolean' || kind === 'date' || kind === 'datetime') {
    const wanted = comparableOperand(operand, kind);
    return (record) => wanted !== undefined && comparableOf(db.attribute(record, name), kind) === wanted;
  }
  return (record) => lexicalTextsOf(db.attribute(record, name), kind).includes(operand);
}

/** `filter[attr]=x`: CONTAINS(LCASE(str(?v)), LCASE(x)), on the stored lexical form of any type. */
function contains(db: Database, name: string, kind: AttributeKind, operand: string): Predicate {
  const needle = operand.toLowerCase();
  return (record) => lexicalTextsOf(db.attribute(record, name), kind).some((text) => text.toLowerCase().includes(needle));
}

/** `filter=x` (or `filter[rel]=x`): contains on any attribute of the resource. */
function anyAttributeContains(db: Database, type: string, operand: string): Predicate {
  const attributes = Object.entries(db.types.get(type)?.attributes ?? {}).filter(([, kind]) => kind !== 'uri');
  const checks = attributes.map(([name, kind]) => contains(db, name, kind, operand));
  return (record) => checks.some((check) => check(record));
}
