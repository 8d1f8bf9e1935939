/**
 * The fake Loket: the apps of the Loket family, each on its own root of one fake origin, behind
 * one `fetch`-style handler. Each app is derived from the real app's configuration (see
 * `fake-loket/apps/<app>/`) and answers as that app's stack does; widgets reach them through
 * their per-app API roots (`api-base`, `mandates-api-base`, `subsidies-api-base`, `contact-api-base`).
 */
import { createFakeApp, type FakeApp, type RequestLogEntry } from './app.js';
import type { AppSpec } from './app-spec.js';
import { contactgegevensApp } from './apps/contactgegevens/index.js';
import { lmbApp } from './apps/lmb/index.js';
import { loketApp } from './apps/loket/index.js';
import { subsidiepuntApp } from './apps/subsidiepunt/index.js';
import { ALL_ROLES, type Session } from './engine/session.js';
import { type ActiveFaultRule, type Fault, type FaultRule, activate, faultResponse, parseFaultHeader, takeFaults } from './faults.js';
import { routeNotFound } from './http.js';
import type { StoredResource, TypeDef } from './schema.js';
import { delay, toRequest, untilAborted } from './transport.js';
import { DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID, createWorld, type World } from './world.js';

export type { Fault, FaultRule } from './faults.js';
export type { Session } from './engine/session.js';
export type { FakeApp, RequestLogEntry } from './app.js';
export type { AppSpec } from './app-spec.js';
export type { SeedFamily, SeedContext, CustomRoute, RouteContext } from './family.js';
export type { StoredResource, TypeDef, AttributeKind, RelationshipDef, LanguageString } from './schema.js';
export type { Store } from './database.js';
export { ALL_ROLES } from './engine/session.js';
export { ABB_ID, CLASSIFICATIES, DEFAULT_ACCOUNT_ID, DEFAULT_USER_ID, FIRST_GEMEENTE_ID, createWorld } from './world.js';
export type { World, WorldBestuur, WorldUser } from './world.js';

/** The apps, by the name the configuration knows them under. */
export const APPS = {
  loket: loketApp,
  lmb: lmbApp,
  subsidiepunt: subsidiepuntApp,
  contactgegevens: contactgegevensApp,
} as const satisfies Record<string, AppSpec>;

export type AppName = keyof typeof APPS;

/** Where each app lives on the fake origin unless told otherwise (the paths `deploy/nginx` forwards). */
export const DEFAULT_ROOTS: Record<AppName, string> = {
  loket: '',
  lmb: '/lmb-api',
  subsidiepunt: '/subsidiepunt-api',
  contactgegevens: '/contactgegevens-api',
};

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
  /** Seed only these families (besides each app's base data); default all. */
  only?: string[];
  /** The logged-in session in every app; `null` for none. Default: an account of the first gemeente with every role. */
  session?: SessionOptions | null;
  /** Milliseconds every answer waits (respects the request's AbortSignal). */
  latency?: number;
  faults?: FaultRule[];
  /** Root of the Loket app, e.g. `/api` or `/loket-api`; default the origin root. */
  basePath?: string;
  /** Roots of the other apps (defaults in DEFAULT_ROOTS); `null` leaves an app out. */
  roots?: Partial<Record<Exclude<AppName, 'loket'>, string | null>>;
  /** `cookie`: one session per `proxy_session` cookie, as behind a real identifier (Node servers). */
  sessions?: 'single' | 'cookie';
  /** Serve the development stacks' mock login (`/mock/sessions`) in every app; default off, as in production. */
  mockLogin?: boolean;
  /** Another spec in an app's place (the engine's own tests serve a small library app as the Loket). */
  specs?: Partial<Record<AppName, AppSpec>>;
}

/** The whole store of every app as plain data (for persistence). */
export interface StoreSnapshot {
  version: 2;
  apps: Record<string, StoredResource[]>;
}

export interface FakeLoket {
  /** Answers one request as the app under its path would. Rejects only for `drop`/`hang` faults and aborts. */
  handle(request: Request): Promise<Response>;
  /** `handle` as a drop-in `fetch` (bound; hand it to the client or a widget). */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The apps served, by name. */
  readonly apps: Partial<Record<AppName, FakeApp>>;
  /** The Loket app's records by type and id; tests may read and edit it (call `changed()` after edits). */
  readonly store: FakeApp['store'];
  readonly types: ReadonlyMap<string, TypeDef>;
  /** Every request received, in order, with the app that took it. */
  readonly requests: RequestLogEntry[];
  readonly world: World;
  /** The Loket app's session. */
  readonly session: Session | null;
  /** Logs in (or out, with `null`) in every app; `app` limits it to one. */
  setSession(session: SessionOptions | null, app?: AppName): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Milliseconds every answer waits. */
  latency: number;
  /** Serialises a stored record of the Loket app as the API would (no relationship data). */
  toResource(record: StoredResource): unknown;
  /** Tells derived indexes that a store was edited directly. */
  changed(): void;
  /** Called after every successful write request in any app. Returns an unsubscribe function. */
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

export function createFakeLoket(options: FakeLoketOptions = {}): FakeLoket {
  const seed = options.seed ?? 1;
  const now = options.now ?? startOfToday();
  const clock = () => (options.now ? new Date(options.now) : new Date());
  const size = { services: options.size?.services ?? 500, dossiers: options.size?.dossiers ?? 600 };
  const world = createWorld(seed);
  const session = sessionFrom(options.session === undefined ? {} : options.session);
  const roots: [AppName, string][] = [['loket', normaliseBasePath(options.basePath)]];
  for (const name of ['lmb', 'subsidiepunt', 'contactgegevens'] as const) {
    const root = options.roots?.[name] === undefined ? DEFAULT_ROOTS[name] : options.roots[name];
    if (root !== null) roots.push([name, normaliseBasePath(root)]);
  }
  const apps: Partial<Record<AppName, FakeApp>> = {};
  for (const [name, basePath] of roots) {
    apps[name] = createFakeApp(options.specs?.[name] ?? APPS[name], {
      seed,
      now,
      clock,
      size,
      world,
      basePath,
      only: options.only,
      sessions: options.sessions ?? 'single',
      session: session && { ...session },
      mockLogin: options.mockLogin ?? false,
    });
  }
  // Longest root first, so `/lmb-api/…` is never taken by a Loket on the origin root.
  const byRoot = Object.values(apps).sort((a, b) => b.basePath.length - a.basePath.length);
  const faults: ActiveFaultRule[] = (options.faults ?? []).map(activate);
  const requests: RequestLogEntry[] = [];
  const loketApp = apps.loket!;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const app = byRoot.find((candidate) => url.pathname === candidate.basePath || url.pathname.startsWith(`${candidate.basePath}/`));
    const path = app ? url.pathname.slice(app.basePath.length) || '/' : url.pathname;
    const entry: RequestLogEntry = { method, url: request.url, path, app: app?.name ?? '' };
    requests.push(entry);
    const taken: Fault[] = takeFaults(faults, method, path, app?.name);
    const headerFault = parseFaultHeader(request.headers.get('X-Fake-Fault'));
    if (headerFault) taken.push(headerFault);
    const extra = taken.reduce((sum, fault) => sum + (fault.kind === 'latency' ? fault.ms : 0), 0);
    await delay(loket.latency + extra, request.signal);
    const fault = taken.find((candidate) => candidate.kind !== 'latency');
    if (fault?.kind === 'drop') throw new TypeError('Failed to fetch');
    if (fault?.kind === 'hang') return untilAborted(request.signal);
    const response = fault ? faultResponse(fault, method, path.split('/').filter(Boolean)[0] ?? '') : app ? await app.handle(request, path) : routeNotFound();
    entry.status = response.status;
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
    apps,
    store: loketApp.store,
    types: loketApp.types,
    requests,
    world,
    get session() {
      return loketApp.session;
    },
    setSession(next, only) {
      for (const app of Object.values(apps)) if (!only || app.name === only) app.session = sessionFrom(next);
    },
    addFault(rule) {
      faults.push(activate(rule));
    },
    clearFaults() {
      faults.length = 0;
    },
    latency: options.latency ?? 0,
    toResource: (record) => loketApp.toResource(record),
    changed: () => Object.values(apps).forEach((app) => app.db.changed()),
    onChange(listener) {
      const stops = Object.values(apps).map((app) => app.onChange(listener));
      return () => stops.forEach((stop) => stop());
    },
    snapshot: () => ({
      version: 2,
      apps: Object.fromEntries(Object.values(apps).map((app) => [app.name, structuredClone([...app.store.values()].flatMap((table) => [...table.values()]))])),
    }),
    restore(snapshot) {
      for (const app of Object.values(apps)) {
        const records = snapshot.apps[app.name];
        if (!records) continue;
        for (const table of app.store.values()) table.clear();
        for (const record of records) app.db.table(record.type).set(record.id, structuredClone(record));
        app.db.changed();
      }
    },
  };
  return loket;
}
