/**
 * mu-cl-resources' writes (`call-specification.lisp` POST/PATCH/DELETE handlers and their checks
 * in order, `call-implementation.lisp` create/update/delete calls), with mu-authorization behind
 * them: what the session may not write is dropped silently, and the answer is still 201/204.
 */
import type { Database } from '../database.js';
import { JSON_API, MuFailure, muJson, noContent, serverFailure } from '../http.js';
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

/** jsown reads `null`, `""` and broken JSON leniently; what is not an object fails further on. */
async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw serverFailure();
  }
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function primaryData(body: unknown): Record<string, unknown> {
  if (Array.isArray(body) && body.length === 0) throw new MuFailure(409, 'No type found in primary data.');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw serverFailure();
  const data = (body as Record<string, unknown>)['data'];
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('type' in data)) {
    throw new MuFailure(409, 'No type found in primary data.');
  }
  return data as Record<string, unknown>;
}

function requireType(data: Record<string, unknown>, type: string): void {
  if (data['type'] !== type) throw new MuFailure(409, `Supplied type (${String(data['type'])}) did not match type for path (${type}).`);
}

function identifierId(value: unknown): string | undefined {
  const id = objectOf(value)['id'];
  return typeof id === 'string' ? id : undefined;
}

/** The relationships a body sets (only those with a `data` key), as id lists. */
function givenRelationships(data: Record<string, unknown>): Map<string, string[]> {
  const given = new Map<string, string[]>();
  for (const [name, value] of Object.entries(objectOf(data['relationships']))) {
    if (!('data' in objectOf(value))) continue;
    const linkage = objectOf(value)['data'];
    const ids = Array.isArray(linkage) ? linkage.map(identifierId) : [identifierId(linkage)];
    given.set(name, ids.filter((id): id is string => id !== undefined));
  }
  return given;
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * Relationships go in after the attributes, as mu does: an unknown name, or an id nothing has,
 * fails with 500 with the record already written.
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

export async function createResource(context: WriteContext, def: TypeDef, request: Request): Promise<Response> {
  requireContentType(request);
  const data = primaryData(await readBody(request));
  if ('id' in data) throw new MuFailure(409, 'Not allow to supply id in primary data.');
  requireType(data, def.type);
  const given = objectOf(data['attributes']);
  const relationships = givenRelationships(data);
  const missing = (def.required ?? []).filter((name) =>
    def.relationships[name] ? !(relationships.get(name)?.length) : isEmpty(given[name]),
  );
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
  applyRelationships(context, def, record, relationships);
  if (kept) context.changed();
  return muJson({ data: toResource(context.db, record) }, 201, { Location: `/${def.type}/${id}` });
}

export async function updateResource(context: WriteContext, def: TypeDef, id: string, request: Request): Promise<Response> {
  requireContentType(request);
  const data = primaryData(await readBody(request));
  if (!('id' in data)) throw new MuFailure(409, 'Must supply id in primary data.');
  requireType(data, def.type);
  if (data['id'] !== id) throw new MuFailure(409, `id in data (${String(data['id'])}) did not match id in path (${id}).`);
  const given = objectOf(data['attributes']);
  const relationships = givenRelationships(data);
  const removed = (def.required ?? []).filter((name) =>
    def.relationships[name] ? relationships.has(name) && !relationships.get(name)!.length : name in given && isEmpty(given[name]),
  );
  if (removed.length > 0) throw new MuFailure(422, `Required fields would be removed: ${removed.join(', ')}`);
  const record = context.db.get(def.type, id);
  if (!record) throw serverFailure(); // `no-such-instance` is not caught on PATCH
  for (const name of Object.keys(given)) {
    // `uri` too: PATCH refuses every key that is no property of the resource.
    if (!Object.hasOwn(def.attributes, name)) throw new MuFailure(406, `Could not find property (${name}) on resource (${def.type}).`);
  }
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
 * `PATCH` (replace), `POST` (add) or `DELETE` (remove) on `/things/:id/links/rel`. `{"data": null}`
 * fails with 500 (a has-one cannot be cleared this way); adding and removing exist for has-many only.
 */
export async function changeRelationship(
  context: WriteContext,
  def: TypeDef,
  id: string,
  name: string,
  request: Request,
  mode: 'replace' | 'add' | 'remove',
): Promise<Response> {
  requireContentType(request);
  const relationship = context.db.relationship(def.type, name);
  if (!relationship) throw new MuFailure(406, `Could not find link (${name}) on resource (${def.type}).`);
  const body = objectOf(await readBody(request));
  if (!('data' in body)) throw new MuFailure(406, 'Top level key (data) missing.');
  const data = body['data'];
  if (data === null) throw serverFailure();
  if (!relationship.many && mode !== 'replace') throw serverFailure();
  if (!relationship.many) {
    const missing = ['id', 'type'].filter((key) => !(key in objectOf(data)));
    if (missing.length) throw new MuFailure(406, `Obligatory content (${missing.join(', ')}) of data object was not found.`);
  } else if (!Array.isArray(data) || data.some((item) => identifierId(item) === undefined)) {
    throw new MuFailure(406, 'Obligatory content (id) of one of the items in the data object was not found.');
  }
  const given = (Array.isArray(data) ? data : [data]).map(identifierId).filter((value): value is string => value !== undefined);
  const record = context.db.get(def.type, id);
  if (!record) throw serverFailure();
  for (const other of given) if (!context.db.get(relationship.type, other)) throw serverFailure();
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
