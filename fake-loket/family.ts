import type { Database } from './database.js';
import type { Session } from './engine/session.js';
import type { Random } from './random.js';
import type { StoredResource } from './schema.js';
import type { World } from './world.js';

/**
 * Seed data and the context it is drawn in. An app's seed is made of families (services,
 * dossiers, messages, …) so tests can seed only what they need; the types are the app's domain.
 */
export interface SeedContext {
  random: Random;
  /** The fixed "today" the seed is drawn around, so relative dates are realistic. */
  now: Date;
  /** Scale knobs: the demo uses the defaults, benchmarks raise them to 10,000. */
  size: { services: number; dossiers: number };
  /** The besturen, users and accounts every app knows, with the same ids in each. */
  world: World;
  /** Records seeded so far by earlier families of this app, by type. */
  store: ReadonlyMap<string, ReadonlyMap<string, StoredResource>>;
}

export interface SeedFamily {
  name: string;
  seed(context: SeedContext): StoredResource[];
}

/** What a service route of an app gets for one request. */
export interface RouteContext {
  /** Path below the app's root, without query string, e.g. `/public-services/search`. */
  path: string;
  url: URL;
  request: Request;
  /** The app's store as this request's session sees it. */
  db: Database;
  /** The store unscoped (a service may act as `sudo`, as the bookmarks service does). */
  sudo: Database;
  session: Session | null;
  /** Serialise a record as mu-cl-resources would (as this session sees it). */
  toResource(record: StoredResource): unknown;
  random: Random;
  now: () => Date;
  /** Tells the app its store changed (persistence, listeners). */
  changed(): void;
}

export interface CustomRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Matched against RouteContext.path; named groups become `params`. */
  pattern: RegExp;
  handle(context: RouteContext, params: Record<string, string>): Promise<Response> | Response;
}

/** The bestuurseenheden an app's base family seeded (families after it hang their data on them). */
export function besturenIn(context: SeedContext): StoredResource[] {
  return [...(context.store.get('bestuurseenheden')?.values() ?? [])];
}
