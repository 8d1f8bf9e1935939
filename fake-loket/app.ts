/**
 * One fake app of the Loket family (the Loket, Lokaal Mandatenbeheer, Subsidiepunt,
 * Contactgegevens) as its stack answers: mu-identifier's session cookie, mu-dispatcher's rules,
 * the login service, mu-cl-resources over mu-authorization, mu-search and the services the app
 * names. Everything it knows comes from the app's spec (`fake-loket/apps/<app>/`).
 */
import type { AppSpec, SearchIndex } from './app-spec.js';
import { meetsAudience, scopeFor } from './authorization.js';
import { Database } from './database.js';
import { dispatch } from './dispatcher.js';
import { compileDomain } from './domain.js';
import { resourceCall } from './engine/resources.js';
import { searchResponse } from './engine/search.js';
import { mockLogin } from './engine/mock-login.js';
import { currentSession, logout } from './engine/session-routes.js';
import { ALL_ROLES, type Session } from './engine/session.js';
import { fileService } from './engine/file-service.js';
import type { RouteContext, SeedContext } from './family.js';
import { MuFailure, frontendPage, muServerError, routeNotFound, specError } from './http.js';
import { createRandom, type Random } from './random.js';
import type { StoredResource, TypeDef } from './schema.js';
import { toResource } from './serialize.js';
import type { World } from './world.js';

/** A stable 32-bit hash, so each app and family draws from its own stream. */
export function hashName(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return hash >>> 0;
}

export interface FakeAppOptions {
  seed: number;
  now: Date;
  /** The clock writes use (defaults to the real one). */
  clock: () => Date;
  size: SeedContext['size'];
  world: World;
  /** Path of the app's root on the fake's origin, e.g. `/loket-api`; '' for the origin root. */
  basePath: string;
  /** Family names to seed besides the base ones; all when absent. */
  only?: readonly string[];
  /**
   * `single`: one session for every request (tests, stories). `cookie`: as mu-identifier, a
   * `proxy_session` cookie per browser, each starting with `session` (the demo, the gateway test).
   */
  sessions: 'single' | 'cookie';
  session: Session | null;
  /** Serve lblod/mock-login-service at `/mock/sessions` (the apps' docker-compose.dev.yml); default off, as in production. */
  mockLogin?: boolean;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  /** Path below the app's root. */
  path: string;
  app: string;
  /** Filled in when the answer is known. */
  status?: number;
}

export interface FakeApp {
  readonly name: string;
  readonly basePath: string;
  readonly spec: AppSpec;
  /** Records by type and id; tests may read and edit it (call `changed()` after edits). */
  readonly store: Database['store'];
  readonly types: ReadonlyMap<string, TypeDef>;
  readonly db: Database;
  /** The session of `single` mode (and the one new cookie sessions start as). */
  session: Session | null;
  /** Answers a request below the app's root. */
  handle(request: Request, path: string): Promise<Response>;
  /** A record as this app serialises it, unscoped. */
  toResource(record: StoredResource): unknown;
  changed(): void;
  onChange(listener: () => void): () => void;
  /** The bytes behind an uploaded file (the file service keeps them beside the store). */
  readonly files: Map<string, { bytes: Uint8Array; type: string }>;
}

const COOKIE = 'proxy_session';

export function createFakeApp(spec: AppSpec, options: FakeAppOptions): FakeApp {
  const db = new Database();
  for (const def of compileDomain(spec.domain)) db.declare(def);
  seed(spec, db, options);
  const random: Random = createRandom((options.seed ^ hashName(`${spec.name}:writes`)) >>> 0);
  const listeners = new Set<() => void>();
  const cookies = new Map<string, Session | null>();
  const files = new Map<string, { bytes: Uint8Array; type: string }>();
  const ownerOf = (record: StoredResource) => record.owner ?? spec.ownerOf?.(record, (r, name) => db.related(r, name));
  const changed = () => {
    db.changed();
    for (const listener of listeners) listener();
  };

  const app: FakeApp = {
    name: spec.name,
    basePath: options.basePath,
    spec,
    store: db.store,
    types: db.types,
    db,
    session: options.session,
    toResource: (record) => toResource(db, record, emptyIncluded(spec)),
    changed,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    files,
    async handle(request, path) {
      const { session, setCookie } = sessionOf(request);
      const response = await answer(request, path, session, (next) => {
        if (setCookie) cookies.set(setCookie, next);
        else if (options.sessions === 'cookie') cookies.set(cookieOf(request)!, next);
        else app.session = next;
      });
      return identified(response, setCookie);
    },
  };

  /**
   * What mu-identifier adds to every answer (`lib/manipulators/`): the session cookie when it is new
   * (Plug's format: `path=/`, `secure` if configured, `HttpOnly`, `SameSite`), the cache headers of
   * put_cache_clear_headers.ex when the backend sent no Cache-Control or `no-cache`, and the
   * configured Access-Control-Allow-Origin (add_cors_header.ex).
   */
  function identified(response: Response, setCookie: string | undefined): Response {
    const { secureCookie = false, sameSite = 'Lax', allowOrigin } = spec.identifier ?? {};
    if (setCookie) response.headers.append('Set-Cookie', `${COOKIE}=${setCookie}; path=/${secureCookie ? '; secure' : ''}; HttpOnly; SameSite=${sameSite}`);
    const cacheControl = response.headers.get('Cache-Control');
    if (cacheControl === null || cacheControl === 'no-cache') {
      if (!response.headers.has('Pragma')) response.headers.set('Pragma', 'no-cache');
      if (!response.headers.has('Expires')) response.headers.set('Expires', '-1');
      if (cacheControl === null) response.headers.set('Cache-Control', 'no-cache');
    }
    if (allowOrigin && !response.headers.has('Access-Control-Allow-Origin')) response.headers.set('Access-Control-Allow-Origin', allowOrigin);
    return response;
  }

  function cookieOf(request: Request): string | undefined {
    const header = request.headers.get('Cookie') ?? '';
    return /(?:^|;\s*)proxy_session=([^;]+)/.exec(header)?.[1];
  }

  /** mu-identifier: an unknown or missing cookie gets a new session (never a refusal). */
  function sessionOf(request: Request): { session: Session | null; setCookie?: string } {
    if (options.sessions === 'single') return { session: app.session };
    const cookie = cookieOf(request);
    if (cookie && cookies.has(cookie)) return { session: cookies.get(cookie)! };
    const id = random.uuid();
    cookies.set(id, app.session ? { ...app.session, id: random.uuid() } : null);
    return { session: cookies.get(id)!, setCookie: id };
  }

  async function answer(request: Request, path: string, session: Session | null, setSession: (next: Session | null) => void): Promise<Response> {
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    const match = dispatch(spec.dispatcher, method, path, request.headers.get('Accept'));
    if (!match || match.rule.to === 'not-found') return routeNotFound(spec.dispatcher.notFoundBody);
    const { rule } = match;
    const scope = scopeFor(db, spec.authorization, session, ownerOf);
    const scoped = db.scoped(scope);
    try {
      switch (rule.to) {
        case 'frontend':
          return frontendPage(spec.name);
        case 'resource': {
          const resourcePath = rule.resource ? `/${rule.resource}${match.rest}` : path;
          return await resourceCall({
            request,
            url,
            path: resourcePath,
            write: { db: scoped, random, changed },
            read: { quirks: spec.quirks ?? {} },
            beforeList: (type, listUrl) => spec.beforeList?.(type, listUrl),
          });
        }
        default: {
          // The same dev-only service (and rule target) in every app's dispatcher.
          if (rule.to === 'mocklogin' && options.mockLogin) {
            return await mockLogin({ request, path, session, setSession, world: options.world, roles: options.session?.roles ?? ALL_ROLES, uuid: () => random.uuid() });
          }
          const target = spec.services?.[rule.to];
          if (target === 'login') return login(method, path, session, setSession);
          if (target === 'search') return search(path, url, session);
          const context: RouteContext = { request, url, path, db: scoped, sudo: db, session, random, now: options.clock, changed, toResource: (record) => toResource(scoped, record, emptyIncluded(spec)) };
          if (target === 'file') return await fileService(context, files);
          return await service(rule.to, target, context);
        }
      }
    } catch (error) {
      if (error instanceof MuFailure) return error.toResponse();
      // A crash in a service: answer as a crashed backend would.
      console.error(error);
      return muServerError();
    }
  }

  /** The search index as the session's groups see it: an index built for other groups is empty. */
  function documentsFor(index: SearchIndex, session: Session | null): Map<string, Record<string, unknown>> {
    const documents = new Map<string, Record<string, unknown>>();
    if (!meetsAudience(session, index.audience)) return documents;
    for (const record of db.records(index.resource)) {
      documents.set(record.id, { ...index.document(record, (r, name) => db.related(r, name)), uri: record.attributes['uri'] });
    }
    return documents;
  }

  function login(method: string, path: string, session: Session | null, setSession: (next: Session | null) => void): Response {
    if (path.replace(/\/+$/, '') !== '/sessions/current') return specError(404, 'Not found');
    if (method === 'GET') return currentSession(session);
    if (method === 'DELETE') {
      const response = logout(session);
      if (session) setSession(null);
      return response;
    }
    return specError(404, 'Not found');
  }

  /** mu-search's `get "/:path/search"` (web.rb): Sinatra's own 404 for any other path. */
  function search(path: string, url: URL, session: Session | null): Response {
    const route = /^\/([^/]+)\/search\/?$/.exec(path);
    if (!route) return new Response('<h1>Not Found</h1>', { status: 404, headers: { 'Content-Type': 'text/html;charset=utf-8' } });
    const index = spec.search?.find((candidate) => candidate.path === route[1]);
    if (!index) return specError(400, `No search configuration found for path ${route[1]}`);
    return searchResponse(index, documentsFor(index, session), url, options.clock());
  }

  async function service(name: string, routes: AppSpec['services'] extends Readonly<Record<string, infer T>> | undefined ? T | undefined : never, context: RouteContext): Promise<Response> {
    if (!routes || typeof routes === 'string') return specError(501, `The fake ${spec.name} app does not implement the ${name} service`);
    const method = context.request.method.toUpperCase();
    for (const route of routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(context.path);
      if (found) return route.handle(context, { ...found.groups });
    }
    return specError(404, 'Not found');
  }

  return app;
}

function emptyIncluded(spec: AppSpec): { emptyIncludedData: 'omit' | 'empty' } {
  return { emptyIncludedData: spec.quirks?.emptyIncludedData ?? 'empty' };
}

/**
 * Seeds the base families and the asked ones, each from its own random stream, then puts every
 * record of a type that only per-bestuur graphs hold into its bestuur's graph.
 */
function seed(spec: AppSpec, db: Database, options: FakeAppOptions): void {
  const context: SeedContext = { random: createRandom(options.seed), now: options.now, size: options.size, world: options.world, store: db.store };
  for (const family of spec.families) {
    if (!family.base && options.only && !options.only.includes(family.name)) continue;
    const records = family.seed({ ...context, random: createRandom((options.seed ^ hashName(`${spec.name}:${family.name}`)) >>> 0) });
    for (const record of records) db.table(record.type).set(record.id, record);
  }
  db.changed();
  const perBestuur = new Set<string>();
  const shared = new Set<string>();
  for (const group of spec.authorization.groups) {
    for (const entry of group.read) if (!entry.includes('#')) (group.scope === 'bestuur' ? perBestuur : shared).add(entry);
  }
  for (const [type, table] of db.store) {
    const lineage = [type, ...ancestorsOf(db, type)];
    if (!lineage.some((t) => perBestuur.has(t)) || lineage.some((t) => shared.has(t))) continue;
    for (const record of table.values()) {
      record.owner ??= spec.ownerOf?.(record, (r, name) => db.related(r, name));
    }
  }
}

function ancestorsOf(db: Database, type: string): string[] {
  const out: string[] = [];
  for (let current = db.types.get(type)?.parent; current; current = db.types.get(current)?.parent) out.push(current);
  return out;
}
