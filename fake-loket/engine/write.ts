/**
 * mu-cl-resources' writes (`call-specification.lisp` POST/PATCH/DELETE handlers and their checks
 * in order, `call-implementation.lisp` create/update/delete calls), with mu-authorization behind
 * them: what the session may not write is dropped silently, and the answer is still 201/204.
 */
import type { Database } from '../database.js';
import { HunchentootError, JSON_API, MuFailure, configurationError, muError, muJson, noContent, serverFailure } from '../http.js';
import type { Random } from '../random.js';
import type { StoredResource, TypeDef } from '../schema.js';
import { toResource } from '../serialize.js';

export interface WriteContext {
  /** The store as the session sees it (its scope decides what is kept). */
  db: Database;
  random: Random;
  /** Called after a write that changed the store. */
  changed(): void;
}

function requireContentType(request: Request): void {
  if (!(request.headers.get('Content-Type') ?? '').includes(JSON_API)) {
    throw new MuFailure(406, 'application/vnd.api+json not found in Content-Type header');
  }
}

/**
 * The body as jsown reads it, BEFORE the handlers' error handling (`call-specification.lisp:88,
 * 159, 311, 378, 445`): valid JSON as it is; an empty or non-JSON text (`not json`) leniently as
 * `null` (jsown's `:null`), which fails further on; broken JSON (`{"data": `) signals outside the
 * handlers, so Hunchentoot answers its own 500 page whatever the headers say.
 */
async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    if (/^\s*[[{"]/.test(text)) throw new HunchentootError();
    return null;
  }
}

/** jsown reads `false` and `[]` as NIL: an empty object to `keyp`, unlike `null` (`:null`, truthy). */
const isNil = (value: unknown): boolean => value === false || (Array.isArray(value) && value.length === 0);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `(jsown:keyp value key)`: false for NIL; a type error (500 generic) for anything that is not a
 * jsown object (`:null`, a string, a number, `true`, a non-empty list).
 */
function keyp(value: unknown, key: string): boolean {
  if (isNil(value)) return false;
  if (!isObject(value)) throw serverFailure();
  return key in value;
}

/** `verify-request-contains-type`: `data.type`, else 409 "No type found in primary data.". */
function primaryData(body: unknown): Record<string, unknown> {
  if (!keyp(body, 'data') || !keyp((body as Record<string, unknown>)['data'], 'type')) {
    throw new MuFailure(409, 'No type found in primary data.');
  }
  return (body as Record<string, Record<string, unknown>>)['data']!;
}

function requireType(data: Record<string, unknown>, type: string): void {
  if (data['type'] !== type) throw new MuFailure(409, `Supplied type (${String(data['type'])}) did not match type for path (${type}).`);
}

function objectOf(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

/**
 * The relationships a body sets (only those with a `data` key), as id lists: `null` (or NIL)
 * clears; an identifier without an `id` fails as jsown's `val` does (500).
 */
function givenRelationships(data: Record<string, unknown>): Map<string, string[]> {
  const given = new Map<string, string[]>();
  for (const [name, value] of Object.entries(objectOf(data['relationships']))) {
    if (!isObject(value) || !('data' in value)) continue;
    const linkage = value['data'];
    if (linkage === null || isNil(linkage)) {
      given.set(name, []);
      continue;
    }
    const items = Array.isArray(linkage) ? linkage : [linkage];
    given.set(
      name,
      items.map((item) => {
        const id = objectOf(item)['id'];
        if (typeof id !== 'string') throw serverFailure();
        return id;
      }),
    );
  }
  return given;
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * Relationships go in after the attributes, as mu does: an unknown name, or an id nothing has,
 * fails with 500 with the record already written. Related ids are found by uuid; the linkage's
 * `type` is not read.
 */
function applyRelationships(context: WriteContext, def: TypeDef, record: StoredResource, relationships: Map<string, string[]>): void {
  for (const [name, ids] of relationships) {
    const relationship = context.db.relationship(def.type, name);
    if (!relationship || relationship.undefinedTarget) throw serverFailure();
    for (const id of ids) if (!context.db.get(relationship.type, id)) throw serverFailure();
    if (context.db.scope.canWrite(def.type, name, record)) context.db.link(record, name, ids);
  }
}

/** A new id as mu-support makes them: a 24-character uppercase hex mongo object id. */
function freshId(context: WriteContext): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < 24; i++) id += Math.floor(context.random.next() * 16).toString(16).toUpperCase();
    if (!context.db.anyWithId(id)) return id;
  }
}

/**
 * `POST /things`. The checks in their order: Content-Type (406), `data.type` (409), no `data.id`
 * (409), the path's resource (403 for an unknown one) and its type (409), required fields (422).
 * `def` is undefined for a path the domain does not know.
 */
export async function createResource(context: WriteContext, def: TypeDef | undefined, path: string, request: Request): Promise<Response> {
  const body = await readBody(request);
  requireContentType(request);
  const data = primaryData(body);
  if ('id' in data) throw new MuFailure(409, 'Not allow to supply id in primary data.');
  if (!def) return muError(403, `Resource for path (${path}) not found`);
  requireType(data, def.type);
  const given = objectOf(data['attributes']);
  const missing = (def.required ?? []).filter((name) => isEmpty(given[name]));
  if (missing.length > 0) throw new MuFailure(422, `Following fields are missing or have no value: ${missing.join(', ')}`);
  const id = freshId(context);
  const record: StoredResource = { type: def.type, id, attributes: {}, relationships: {} };
  if (def.includeUri !== false) record.attributes['uri'] = `${def.base ?? `http://data.lblod.info/id/${def.type}/`}${id}`;
  // Unknown attributes are ignored on POST (unlike PATCH); null values are not stored.
  for (const [name, value] of Object.entries(given)) {
    if (name === 'uri' || !Object.hasOwn(def.attributes, name) || isEmpty(value)) continue;
    if (context.db.scope.canWrite(def.type, name)) record.attributes[name] = value;
  }
  const kept = context.db.scope.canWrite(def.type);
  if (kept) {
    const owner = context.db.scope.ownerForNew(def.type);
    if (owner) record.owner = owner;
    context.db.put(record);
  }
  applyRelationships(context, def, record, givenRelationships(data));
  if (kept) context.changed();
  // The answer is `retrieve-item` of the new uri: what the store now holds for it, as the session
  // reads it. A create mu-authorization dropped reads back as nothing but the uri.
  const stored: StoredResource = kept ? record : { type: def.type, id, attributes: { uri: record.attributes['uri'] }, relationships: {} };
  return muJson({ data: toResource(context.db, stored) }, 201, { Location: `/${def.type}/${id}` });
}

/**
 * `PATCH /things/:id`. The checks in their order: Content-Type (406), `data.type` and `data.id`
 * (409), the path's resource (an unknown one fails uncaught: 500) and its type (409), the id (409),
 * required fields kept (422); then an unknown id (500) and unknown attributes, `uri` too (406).
 */
export async function updateResource(context: WriteContext, def: TypeDef | undefined, id: string, request: Request): Promise<Response> {
  const body = await readBody(request);
  requireContentType(request);
  const data = primaryData(body);
  if (!('id' in data)) throw new MuFailure(409, 'Must supply id in primary data.');
  if (!def) throw serverFailure();
  requireType(data, def.type);
  if (data['id'] !== id) throw new MuFailure(409, `id in data (${String(data['id'])}) did not match id in path (${id}).`);
  const given = objectOf(data['attributes']);
  const removed = (def.required ?? []).filter((name) => name in given && isEmpty(given[name]));
  if (removed.length > 0) throw new MuFailure(422, `Required fields would be removed: ${removed.join(', ')}`);
  const record = context.db.get(def.type, id);
  if (!record) throw serverFailure(); // `no-such-instance` is not caught on PATCH
  for (const name of Object.keys(given)) {
    // `uri` too: PATCH refuses every key that is no property of the resource.
    if (!Object.hasOwn(def.attributes, name)) throw new MuFailure(406, `Could not find property (${name}) on resource (${def.type}).`);
  }
  const relationships = givenRelationships(data);
  for (const [name, value] of Object.entries(given)) {
    if (!context.db.scope.canWrite(def.type, name, record)) continue;
    if (isEmpty(value)) delete record.attributes[name];
    else record.attributes[name] = value;
  }
  context.db.changed();
  applyRelationships(context, def, record, relationships);
  context.changed();
  return noContent();
}

/** `DELETE /things/:id`: no header checks; an unknown id is a 500; a dropped delete still 204. */
export function deleteResource(context: WriteContext, def: TypeDef, id: string): Response {
  const record = context.db.get(def.type, id);
  if (!record) throw serverFailure();
  if (context.db.scope.canWrite(def.type)) {
    context.db.remove(record.type, id);
    context.db.unlinkEverywhere(record.type, id);
    context.changed();
  }
  return noContent();
}

/**
 * `verify-link-patch-body-format` (`request-parsing.lisp:286-318` at d03f906): `data` must be
 * there; when it is not NIL, a has-one's must have `id` and `type` and each item of a has-many's
 * must too. `{"data": null}` is `:null`, truthy, and fails as a type error (500).
 */
function checkLinkBody(body: unknown, many: boolean): unknown {
  if (!keyp(body, 'data')) throw new MuFailure(406, 'Top level key (data) missing.');
  const data = (body as Record<string, unknown>)['data'];
  if (isNil(data)) return data;
  if (data === null) throw serverFailure();
  const missing = (item: unknown) => ['id', 'type'].filter((key) => !keyp(item, key));
  if (!many) {
    const keys = Array.isArray(data) ? ['id', 'type'] : missing(data);
    if (keys.length) throw new MuFailure(406, `Obligatory content (${keys.join(', ')}) of data object was not found.`);
    return data;
  }
  if (!Array.isArray(data)) throw serverFailure();
  for (const item of data) {
    const keys = missing(item);
    if (keys.length) throw new MuFailure(406, `Obligatory content (${keys.join(', ')}) of one of the items in the data object was not found.`);
  }
  return data;
}

/**
 * `PATCH` (replace), `POST` (add) or `DELETE` (remove) on `/things/:id/links/rel`. The checks in
 * their order: Content-Type (406), the path's resource (404 `{"data": null}`), the relationship
 * (406), the body (406, or 500 for `{"data": null}`: a has-one cannot be cleared this way);
 * adding and removing exist for has-many only (500). An unknown source or target id reaches a
 * broken handler clause (an unbound condition slot), so Hunchentoot answers its own 500.
 */
export async function changeRelationship(
  context: WriteContext,
  def: TypeDef | undefined,
  id: string,
  name: string,
  request: Request,
  mode: 'replace' | 'add' | 'remove',
): Promise<Response> {
  const body = await readBody(request);
  requireContentType(request);
  if (!def) throw new MuFailure(404, '', true);
  const relationship = context.db.relationship(def.type, name);
  if (!relationship) throw new MuFailure(406, `Could not find link (${name}) on resource (${def.type}).`);
  const data = checkLinkBody(body, !!relationship.many);
  if (!relationship.many && mode !== 'replace') throw serverFailure();
  const given = isNil(data) ? [] : (Array.isArray(data) ? data : [data]).map((item) => String(objectOf(item)['id']));
  const record = context.db.get(def.type, id);
  if (!record) throw new HunchentootError();
  if (relationship.undefinedTarget) throw configurationError(name, relationship.undefinedTarget);
  for (const other of given) if (!context.db.get(relationship.type, other)) throw new HunchentootError();
  const current = context.db.relatedIds(record, name);
  const next =
    mode === 'replace'
      ? given
      : mode === 'add'
        ? [...current, ...given.filter((other) => !current.includes(other))]
        : current.filter((other) => !given.includes(other));
  if (context.db.scope.canWrite(def.type, name, record)) {
    context.db.link(record, name, next);
    context.changed();
  }
  return noContent();
}
