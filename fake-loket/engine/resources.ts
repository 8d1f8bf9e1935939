/**
 * The mu-cl-resources service behind the dispatcher: its routes (`call-specification.lisp`:
 * `GET|POST /:type`, `GET|PATCH|DELETE /:type/:id`, `GET /:type/:id/:rel`,
 * `GET|PATCH|POST|DELETE /:type/:id/links/:rel`), with trailing and doubled slashes tolerated.
 */
import type { Database } from '../database.js';
import { MuFailure, muError } from '../http.js';
import { listResponse, listSelf, relatedResponse, showResponse, type ReadOptions } from './read.js';
import { changeRelationship, createResource, deleteResource, updateResource, type WriteContext } from './write.js';

export interface ResourceCall {
  request: Request;
  url: URL;
  /** The path as the resource service sees it (`/submissions/…`), after the dispatcher's rewrite. */
  path: string;
  write: WriteContext;
  read: ReadOptions;
  /** A domain hook that refuses some lists (the Loket's `before (:list file)`), or nothing. */
  beforeList?(type: string, url: URL): Response | undefined;
}

function segmentsOf(path: string): string[] | undefined {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** Hunchentoot's own page for a path no route of mu-cl-resources handles. */
function noRoute(): Response {
  return new Response('<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>', {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

export async function resourceCall(call: ResourceCall): Promise<Response> {
  const { request, url, write } = call;
  const db: Database = write.db;
  const method = request.method.toUpperCase();
  const segments = segmentsOf(call.path);
  if (!segments || segments.length === 0) return noRoute();
  const [type, id, third, fourth] = segments as [string, string?, string?, string?];
  const def = db.types.get(type);
  if (segments.length === 1) {
    if (method === 'GET') {
      if (!def) throw new MuFailure(404, '', true);
      const refused = call.beforeList?.(type, url);
      if (refused) return refused;
      return listResponse(db, type, db.records(type), url, { kind: 'list', linkPath: call.path, self: listSelf(type, url) }, call.read);
    }
    // An unknown path is found out only at the type check (403), after the body's checks.
    if (method === 'POST') return createResource(write, def, type, request);
    return noRoute();
  }
  if (segments.length === 2 && id !== undefined) {
    if (method === 'GET') {
      if (!def) throw new MuFailure(404, '', true);
      return showResponse(db, type, id, url, call.read);
    }
    // PATCH: an unknown path fails at the type check, uncaught (500).
    if (method === 'PATCH') return updateResource(write, def, id, request);
    if (method === 'DELETE') {
      if (!def) return muError(403, `Resource for path (${type}) not found`);
      return deleteResource(write, def, id);
    }
    return noRoute();
  }
  if (id === undefined || third === undefined) return noRoute();
  const viaLinks = third === 'links';
  if (segments.length !== (viaLinks ? 4 : 3)) return noRoute();
  const name = viaLinks ? fourth! : third;
  if (method === 'GET') {
    if (!def) throw new MuFailure(404, '', true);
    return relatedResponse(db, type, id, name, url, call.path, call.read);
  }
  if (!viaLinks) return noRoute();
  if (method === 'PATCH') return changeRelationship(write, def, id, name, request, 'replace');
  if (method === 'POST') return changeRelationship(write, def, id, name, request, 'add');
  if (method === 'DELETE') return changeRelationship(write, def, id, name, request, 'remove');
  return noRoute();
}
