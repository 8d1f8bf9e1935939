/**
 * What LMB's two services (lblod/mandataris-service, lblod/form-content-service, both on
 * mu-javascript-template, i.e. Express) have in common: how they read a body, the shapes they
 * answer in, Express's own 404, and the writes behind a tombstone. See `../services.md` §0.
 */
import type { Database } from '../../../database.js';
import type { RouteContext } from '../../../family.js';
import { JSON_API } from '../../../http.js';
import type { StoredResource } from '../../../schema.js';
import { MANDATEN_GRAPH } from '../seed/mandates.js';

/** The template sets this type on every answer (TPL `helpers/mu/server.js:20-24`); Express adds the charset. */
const SERVICE_TYPE = `${JSON_API}; charset=utf-8`;

export function serviceJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': SERVICE_TYPE } });
}

/** `res.status(200).send()`: an empty body. */
export function emptyAnswer(status = 200): Response {
  return new Response('', { status, headers: { 'Content-Type': JSON_API } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** MS's route-level try/catch: `res.status(error.status ?? 500).send({ message })`. */
export function messageError(status: number, message: string): Response {
  return serviceJson({ message }, status);
}

/** The global error handlers (MS `app.ts:47-53`, FCS `app.ts:23-31`): `{ errors: [{ title }] }`. */
export function titleError(status: number, title: string): Response {
  return serviceJson({ errors: [{ title }] }, status);
}

/** `sparqlEscapeString(undefined)` and friends throw this TypeError (TPL `sparql.js:144-158`). */
export const UNDEFINED_REPLACE = "Cannot read properties of undefined (reading 'replace')";

/** Express's final handler for a path no route takes (finalhandler, `Cannot GET /x`). */
export function expressNotFound(method: string, path: string): Response {
  const escaped = path.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return new Response(`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${method} ${escaped}</pre>\n</body>\n</html>\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
  });
}

/** A body body-parser refused (malformed JSON): 400, answered by the global handler. */
export class BodyError extends Error {}

/**
 * The JSON body as body-parser leaves it: parsed for the media types the service reads,
 * `{}` for any other Content-Type or an empty body.
 */
export async function readBody(request: Request, types: readonly string[]): Promise<Record<string, unknown>> {
  const contentType = (request.headers.get('Content-Type') ?? '').toLowerCase();
  if (!types.some((type) => contentType.startsWith(type))) return {};
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    // body-parser's strict mode accepts only objects and arrays.
    if (typeof parsed !== 'object' || parsed === null) throw new SyntaxError(`Unexpected token in JSON`);
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new BodyError(error instanceof Error ? error.message : 'Invalid JSON');
  }
}

/** MS parses both JSON media types (MS `app.ts:21-28`, TPL v1.9.1 `server.js:13-17`). */
export const MS_TYPES = ['application/json', JSON_API] as const;
/** FCS only JSON:API's (TPL v1.8.0 `server.js:11-16`). */
export const FCS_TYPES = [JSON_API] as const;

/** The record of `type` whose URI is `uri`, as the session (or sudo) sees it. */
export function byUri(db: Database, type: string, uri: string): StoredResource | undefined {
  for (const record of db.records(type)) if (record.attributes['uri'] === uri) return record;
  return undefined;
}

/** A record a service makes: in the same bestuur graph as `like`, or the session's. */
export function serviceRecord(type: string, id: string, uri: string, owner: string | undefined): StoredResource {
  return { type, id, attributes: { uri }, relationships: {}, ...(owner ? { owner, graph: MANDATEN_GRAPH } : {}) };
}

/**
 * To tombstone is to delete every triple of the subject and add `a astreams:Tombstone;
 * astreams:deleted; dct:modified; astreams:formerType` (MS `data-access/delete.ts`). Through
 * resources the record is gone; the tombstone is kept beside the store for tests.
 */
export function tombstone(context: RouteContext, record: StoredResource, formerType: string): void {
  const now = context.now().toISOString();
  context.sudo.remove(record.type, record.id);
  context.sudo.table('tombstones').set(record.id, {
    type: 'tombstones',
    id: record.id,
    attributes: { uri: record.attributes['uri'], 'former-type': formerType, deleted: now, modified: now },
    relationships: {},
    ...(record.owner ? { owner: record.owner } : {}),
  });
}

/**
 * APP's `modified` service (track-modified-service, APP `config/modified/config.ts`) adds
 * `dct:modified` to a changed Mandataris, Fractie, Membership or Person whose write did not:
 * the fake does it at once, where the real one does it a moment later.
 */
export function trackModified(record: StoredResource, now: Date): void {
  record.attributes['modified'] = now.toISOString();
}

/** The session's user (`<session> session:account/^foaf:account ?user`): any signed-in session. */
export const hasUser = (context: RouteContext): boolean => context.session !== null;

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
