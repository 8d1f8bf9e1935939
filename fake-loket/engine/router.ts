import type { Database } from '../database.js';
import type { CustomRoute, RouteContext } from '../family.js';
import { JSON_API, MuFailure, routeNotFound } from '../http.js';
import { listResponse, relatedResponse, showResponse } from './read.js';
import { currentSession, logout } from './session-routes.js';
import type { Session } from './session.js';
import { createResource, deleteResource, changeRelationship, updateResource, type WriteContext } from './write.js';

export interface RouterContext extends WriteContext {
  db: Database;
  routes: CustomRoute[];
  routeContext(path: string, url: URL, request: Request): RouteContext;
  /** Ends the session (logout). */
  endSession(): void;
  session: Session | null;
}

function requireAccept(request: Request): void {
  if (!(request.headers.get('Accept') ?? '').includes(JSON_API)) {
    throw new MuFailure(406, 'application/vnd.api+json not found in Accept header');
  }
}

function segmentsOf(path: string): string[] | undefined {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/**
 * Dispatches one request below the API root: the session, the families' own routes, then the
 * generic mu-cl-resources calls for every declared type.
 */
export async function route(context: RouterContext, request: Request, url: URL, path: string): Promise<Response> {
  const method = request.method.toUpperCase();
  if (path.replace(/\/$/, '') === '/sessions/current') {
    if (method === 'GET') return currentSession(context.session, context.basePath);
    if (method === 'DELETE') {
      const response = logout(context.session);
      context.endSession();
      return response;
    }
    return routeNotFound();
  }
  for (const custom of context.routes) {
    if (custom.method !== method) continue;
    const match = custom.pattern.exec(path);
    if (match) return custom.handle(context.routeContext(path, url, request), { ...match.groups });
  }
  const segments = segmentsOf(path);
  const def = segments?.[0] !== undefined ? context.db.types.get(segments[0]) : undefined;
  if (!segments || !def) return routeNotFound();
  const { db, basePath } = context;
  const [, id, third, fourth] = segments;
  if (segments.length === 1) {
    if (method === 'GET') {
      requireAccept(request);
      return listResponse(db, def.type, db.table(def.type).values(), url, basePath);
    }
    if (method === 'POST') {
      requireAccept(request);
      return createResource(context, def, request);
    }
  } else if (segments.length === 2 && id !== undefined) {
    if (method === 'GET') {
      requireAccept(request);
      return showResponse(db, def.type, db.get(def.type, id), url, basePath);
    }
    if (method === 'PATCH') {
      requireAccept(request);
      return updateResource(context, def, id, request);
    }
    if (method === 'DELETE') return deleteResource(context, def, id);
  } else if (id !== undefined && third !== undefined) {
    const name = third === 'links' && segments.length === 4 ? fourth! : third;
    if (segments.length > (third === 'links' ? 4 : 3)) return routeNotFound();
    requireAccept(request);
    if (!db.relationship(def.type, name)) throw new MuFailure(406, `Could not find link (${name}) on resource (${def.type}).`);
    if (method === 'GET') {
      const record = db.get(def.type, id);
      if (!record) return showResponse(db, def.type, undefined, url, basePath);
      return relatedResponse(db, record, name, url, basePath);
    }
    if (third === 'links') {
      const relationship = db.relationship(def.type, name)!;
      if (method === 'PATCH') return changeRelationship(context, def, id, name, request, 'replace');
      if (method === 'POST' && relationship.many) return changeRelationship(context, def, id, name, request, 'add');
      if (method === 'DELETE' && relationship.many) return changeRelationship(context, def, id, name, request, 'remove');
    }
  }
  return routeNotFound();
}
