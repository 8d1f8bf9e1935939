import { type Database, type Store } from './database.js';
import { route } from './engine/router.js';
import { ALL_ROLES, type Session } from './engine/session.js';
import type { RouteContext, SeedFamily } from './family.js';
import { type ActiveFaultRule, type Fault, type FaultRule, activate, faultResponse, parseFaultHeader, takeFaults } from './faults.js';
import { MuFailure, muError, routeNotFound } from './http.js';
import { createRandom } from './random.js';
import type { StoredResource, TypeDef } from './schema.js';
import { DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID } from './seed/core.js';
import { defaultFamilies } from './seed/index.js';
import { hashName, seedDatabase } from './seeding.js';
import { toResource } from './serialize.js';
import { delay, toRequest, untilAborted } from './transport.js';

export type { Fault, FaultRule } from './faults.js';
export type { Session } from './engine/session.js';
export type { SeedFamily, SeedContext, CustomRoute, RouteContext } from './family.js';
export type { StoredResource, TypeDef, AttributeKind, RelationshipDef, LanguageString } from './schema.js';
export type { Store } from './database.js';
export { ALL_ROLES } from './engine/session.js';
export { CLASSIFICATIES, DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, coreFamily } from './seed/core.js';
export { defaultFamilies } from './seed/index.js';

export interface SessionOptions {
  accountId?: string;
  /** The bestuurseenheid logged in for; default the first gemeente. */
  groupId?: string;
  groupType?: string;
  roles?: string[];
  id?: string;
}

export interface FakeLoketOptions {
  /** Seed of every random draw; the same seed gives the same data. Default 1. */
  seed?: number;
  /** The "today" the data is drawn around (and the clock for writes). Default: start of today (UTC). */
  now?: Date;
  /** Numbers of services and dossiers (defaults 500 and 600); benchmarks use 10,000. */
  size?: { services?: number; dossiers?: number };
  /** Families to serve besides the core one. Default: `defaultFamilies`. */
  families?: SeedFamily[];
  /** The logged-in session; `null` for none. Default: an account of the first gemeente with every role. */
  session?: SessionOptions | null;
  /** Milliseconds every answer waits (respects the request's AbortSignal). */
  latency?: number;
  faults?: FaultRule[];
  /** Path of the API root, e.g. `/api`; default the origin root. */
  basePath?: string;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  /** Path below the API root. */
  path: string;
}

/** The whole store as plain data (for persistence). */
export interface StoreSnapshot {
  version: 1;
  records: StoredResource[];
}

export interface FakeLoket {
  /** Answers one request as the Loket would. Rejects only for `drop`/`hang` faults and aborts. */
  handle(request: Request): Promise<Response>;
  /** `handle` as a drop-in `fetch` (bound; hand it to ky or the client). */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Records by type and id; tests may read and edit it (call `changed()` after edits). */
  readonly store: Store;
  readonly types: ReadonlyMap<string, TypeDef>;
  /** Every request received, in order. */
  readonly requests: RequestLogEntry[];
  readonly session: Session | null;
  setSession(session: SessionOptions | null): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Milliseconds every answer waits. */
  latency: number;
  /** Serialises a stored record as the API would (no relationship data). */
  toResource(record: StoredResource): unknown;
  /** Tells derived indexes that the store was edited directly. */
  changed(): void;
  /** Called after every successful write request. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  snapshot(): StoreSnapshot;
  restore(snapshot: StoreSnapshot): void;
}

const SESSION_ID = 'f3b6e2d1-8c4a-4e97-a1d5-7b0c9e2f6a48';

function startOfToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function normaliseBasePath(basePath = ''): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed;
}

function sessionFrom(options: SessionOptions | null): Session | null {
  if (options === null) return null;
  return {
    id: options.id ?? SESSION_ID,
    accountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    groupId: options.groupId ?? FIRST_GEMEENTE_ID,
    groupType: options.groupType ?? 'bestuurseenheden',
    roles: options.roles ?? [...ALL_ROLES],
  };
}

function resourceTypeOf(path: string): string {
  return path.split('/').filter(Boolean)[0] ?? '';
}

export function createFakeLoket(options: FakeLoketOptions = {}): FakeLoket {
  const seed = options.seed ?? 1;
  const seededNow = options.now ?? startOfToday();
  const families = options.families ?? defaultFamilies;
  const size = { services: options.size?.services ?? 500, dossiers: options.size?.dossiers ?? 600 };
  const { db, writeRoles } = seedDatabase(families, seed, seededNow, size);
  const routes = families.flatMap((family) => family.routes ?? []);
  const random = createRandom((seed ^ hashName('writes')) >>> 0);
  const basePath = normaliseBasePath(options.basePath);
  const clock = () => (options.now ? new Date(options.now) : new Date());
  const faults: ActiveFaultRule[] = (options.faults ?? []).map(activate);
  const listeners = new Set<() => void>();
  const requests: RequestLogEntry[] = [];
  let session = sessionFrom(options.session === undefined ? {} : options.session);

  const serialise = (record: StoredResource) => toResource(db, record, { basePath });
  const routerContext = {
    db,
    basePath,
    random,
    routes,
    get session() {
      return session;
    },
    writeRole: (type: string) => writeRoles.get(type) ?? 'LoketLB-admin',
    endSession: () => {
      session = null;
    },
    routeContext: (path: string, url: URL, request: Request): RouteContext => ({
      path,
      url,
      request,
      store: db.store,
      session,
      toResource: serialise,
      random,
      now: clock,
    }),
  };

  async function dispatch(request: Request, url: URL, path: string): Promise<Response> {
    try {
      return await route(routerContext, request, url, path);
    } catch (error) {
      if (error instanceof MuFailure) return error.toResponse();
      // A family's route that throws is the server's bug: answer as a crashed backend would.
      return muError(500, error instanceof Error ? error.message : undefined);
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const inside = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const path = inside ? url.pathname.slice(basePath.length) || '/' : url.pathname;
    requests.push({ method, url: request.url, path });
    const taken: Fault[] = takeFaults(faults, method, path);
    const headerFault = parseFaultHeader(request.headers.get('X-Fake-Fault'));
    if (headerFault) taken.push(headerFault);
    const extra = taken.reduce((sum, fault) => sum + (fault.kind === 'latency' ? fault.ms : 0), 0);
    await delay(loket.latency + extra, request.signal);
    const fault = taken.find((candidate) => candidate.kind !== 'latency');
    if (fault?.kind === 'drop') throw new TypeError('Failed to fetch');
    if (fault?.kind === 'hang') return untilAborted(request.signal);
    if (fault) return faultResponse(fault, method, resourceTypeOf(path));
    if (!inside) return routeNotFound();
    const response = await dispatch(request, url, path);
    if (method !== 'GET' && response.ok) for (const listener of listeners) listener();
    return response;
  }

  const loket: FakeLoket = {
    handle,
    fetch: (input, init) => {
      try {
        return handle(toRequest(input, init));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    store: db.store,
    types: db.types,
    requests,
    get session() {
      return session;
    },
    setSession(options) {
      session = sessionFrom(options);
    },
    addFault(rule) {
      faults.push(activate(rule));
    },
    clearFaults() {
      faults.length = 0;
    },
    latency: options.latency ?? 0,
    toResource: serialise,
    changed: () => db.changed(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => snapshotOf(db),
    restore: (snapshot) => restoreInto(db, snapshot),
  };
  return loket;
}

function snapshotOf(db: Database): StoreSnapshot {
  const records: StoredResource[] = [];
  for (const table of db.store.values()) records.push(...table.values());
  return { version: 1, records: structuredClone(records) };
}

function restoreInto(db: Database, snapshot: StoreSnapshot): void {
  for (const table of db.store.values()) table.clear();
  for (const record of snapshot.records) db.table(record.type).set(record.id, structuredClone(record));
  db.changed();
}
