import type { Database } from '../database.js';
import { JSON_API, MuFailure, jsonApi, muNotFound, noContent } from '../http.js';
import type { Random } from '../random.js';
import type { StoredResource, TypeDef } from '../schema.js';
import { toResource } from '../serialize.js';
import { mayWrite, type Session } from './session.js';

export interface WriteContext {
  db: Database;
  basePath: string;
  session: Session | null;
  random: Random;
  /** The session role needed to write `type`. */
  writeRole(type: string): string;
}

type Operation = 'CREATE' | 'UPDATE' | 'DELETE';

function requireContentType(request: Request): void {
  if (!(request.headers.get('Content-Type') ?? '').includes(JSON_API)) {
    throw new MuFailure(406, 'application/vnd.api+json not found in Content-Type header');
  }
}

function requireAccess(context: WriteContext, operation: Operation, type: string, id?: string): void {
  if (mayWrite(context.session, context.writeRole(type))) return;
  throw new MuFailure(403, `Access for ${operation} operation on ${type} ${id !== undefined ? `with id ${id} ` : ''}was denied.`);
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new MuFailure(400, 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new MuFailure(409, 'No type found in primary data.');
  return body as Record<string, unknown>;
}

function primaryData(body: Record<string, unknown>): Record<string, unknown> {
  const data = body['data'];
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('type' in data)) {
    throw new MuFailure(409, 'No type found in primary data.');
  }
  return data as Record<string, unknown>;
}

function requireType(data: Record<string, unknown>, type: string): void {
  if (data['type'] !== type) {
    throw new MuFailure(409, `Supplied type (${String(data['type'])}) did not match type for path (${type}).`);
  }
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The declared attributes a body sets (`null` clears); `uri` and unknown keys are ignored. */
function givenAttributes(def: TypeDef, data: Record<string, unknown>): Map<string, unknown> {
  const given = new Map<string, unknown>();
  for (const [name, value] of Object.entries(objectOf(data['attributes']))) {
    if (name !== 'uri' && Object.hasOwn(def.attributes, name)) given.set(name, value);
  }
  return given;
}

function identifierId(value: unknown): string | undefined {
  const id = objectOf(value)['id'];
  return typeof id === 'string' ? id : undefined;
}

/** The declared relationships a body sets, as id lists (`data: null` and `[]` clear). */
function givenRelationships(def: TypeDef, data: Record<string, unknown>): Map<string, string[]> {
  const given = new Map<string, string[]>();
  for (const [name, value] of Object.entries(objectOf(data['relationships']))) {
    if (!Object.hasOwn(def.relationships, name) || !('data' in objectOf(value))) continue;
    const linkage = objectOf(value)['data'];
    const ids = Array.isArray(linkage) ? linkage.map(identifierId) : [identifierId(linkage)];
    given.set(name, ids.filter((id): id is string => id !== undefined));
  }
  return given;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function missingRequired(def: TypeDef, attributes: Map<string, unknown>, relationships: Map<string, string[]>, creating: boolean): string[] {
  return (def.required ?? []).filter((name) => {
    if (Object.hasOwn(def.relationships, name)) {
      const ids = relationships.get(name);
      return creating ? !ids || ids.length === 0 : ids !== undefined && ids.length === 0;
    }
    return creating ? isEmpty(attributes.get(name)) : attributes.has(name) && isEmpty(attributes.get(name));
  });
}

function applyAttributes(record: StoredResource, attributes: Map<string, unknown>): void {
  for (const [name, value] of attributes) {
    if (value === null || value === undefined) delete record.attributes[name];
    else record.attributes[name] = value;
  }
}

/**
 * A new uuid from the seeded generator. A store restored from a file already holds the ids the
 * same seed made in an earlier run, so those are skipped.
 */
function freshId(context: WriteContext): string {
  for (;;) {
    const id = context.random.uuid();
    if (![...context.db.store.values()].some((table) => table.has(id))) return id;
  }
}

export async function createResource(context: WriteContext, def: TypeDef, request: Request): Promise<Response> {
  requireContentType(request);
  const data = primaryData(await readBody(request));
  if ('id' in data) throw new MuFailure(409, 'Not allow to supply id in primary data.');
  requireType(data, def.type);
  const attributes = givenAttributes(def, data);
  const relationships = givenRelationships(def, data);
  const missing = missingRequired(def, attributes, relationships, true);
  if (missing.length > 0) throw new MuFailure(422, `Following fields are missing or have no value: ${missing.join(', ')}`);
  requireAccess(context, 'CREATE', def.type);
  const id = freshId(context);
  const record: StoredResource = {
    type: def.type,
    id,
    attributes: { uri: `http://data.lblod.info/id/${def.type}/${id}` },
    relationships: {},
  };
  applyAttributes(record, attributes);
  context.db.put(record);
  for (const [name, ids] of relationships) context.db.link(record, name, ids);
  const location = `${context.basePath}/${def.type}/${id}`;
  return jsonApi({ data: toResource(context.db, record, context), links: { self: location } }, 201, { Location: location });
}

export async function updateResource(context: WriteContext, def: TypeDef, id: string, request: Request): Promise<Response> {
  requireContentType(request);
  const data = primaryData(await readBody(request));
  if (!('id' in data)) throw new MuFailure(409, 'Must supply id in primary data.');
  requireType(data, def.type);
  if (data['id'] !== id) throw new MuFailure(409, `id in data (${String(data['id'])}) did not match id in path (${id}).`);
  const attributes = givenAttributes(def, data);
  const relationships = givenRelationships(def, data);
  const removed = missingRequired(def, attributes, relationships, false);
  if (removed.length > 0) throw new MuFailure(422, `Required fields would be removed: ${removed.join(', ')}`);
  requireAccess(context, 'UPDATE', def.type, id);
  const record = context.db.get(def.type, id);
  if (!record) return muNotFound();
  applyAttributes(record, attributes);
  context.db.changed();
  for (const [name, ids] of relationships) context.db.link(record, name, ids);
  return noContent();
}

/** mu deletes whatever triples there are and answers 204, also for an id it never had. */
export function deleteResource(context: WriteContext, def: TypeDef, id: string): Response {
  requireAccess(context, 'DELETE', def.type, id);
  if (context.db.remove(def.type, id)) context.db.unlinkEverywhere(def.type, id);
  return noContent();
}

/**
 * `PATCH` (replace), `POST` (add) or `DELETE` (remove) on `/things/:id/links/rel`, with a body
 * `{ data: identifier | null | identifier[] }`; adding and removing apply to has-many links.
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
  const body = await readBody(request);
  if (!('data' in body)) throw new MuFailure(406, 'Top level key (data) missing.');
  const given = givenRelationships(def, { relationships: { [name]: body } }).get(name) ?? [];
  const record = context.db.get(def.type, id);
  const current = record ? context.db.relatedIds(record, name) : [];
  const next =
    mode === 'replace'
      ? given
      : mode === 'add'
        ? [...current, ...given.filter((other) => !current.includes(other))]
        : current.filter((other) => !given.includes(other));
  const removed = missingRequired(def, new Map(), new Map([[name, next]]), false);
  if (removed.length > 0) throw new MuFailure(422, `Required fields would be removed: ${removed.join(', ')}`);
  requireAccess(context, 'UPDATE', def.type, id);
  if (!record) return muNotFound();
  context.db.link(record, name, next);
  return noContent();
}
