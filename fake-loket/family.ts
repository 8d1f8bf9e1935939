import type { Random } from './random.js';
import type { StoredResource, TypeDef } from './schema.js';

/**
 * A resource family plugs its types, seed data and any non-generic routes into the fake Loket.
 * The generic JSON:API engine serves every declared type; `routes` cover what mu-cl-resources
 * does not (mu-search, bookmarks, archiving deletes, ...).
 */
export interface SeedContext {
  random: Random;
  /** The fixed "today" the seed is drawn around, so relative dates are realistic. */
  now: Date;
  /** Scale knobs: the demo uses the defaults, benchmarks raise them to 10,000. */
  size: { services: number; dossiers: number };
  /** The besturen seeded by the core family (type `bestuurseenheden`). */
  besturen: StoredResource[];
  /** Records seeded so far by earlier families, by type. */
  store: ReadonlyMap<string, ReadonlyMap<string, StoredResource>>;
}

export interface RouteContext {
  /** Path below the API root, without query string, e.g. `/public-services/search`. */
  path: string;
  url: URL;
  request: Request;
  store: Map<string, Map<string, StoredResource>>;
  /** The account/bestuurseenheid of the current session, if any. */
  session: { accountId: string; groupId: string; roles: string[] } | null;
  /** Serialise a stored record as a JSON:API resource object (with attributes.uri). */
  toResource(record: StoredResource): unknown;
  random: Random;
  now: () => Date;
}

export interface CustomRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Matched against RouteContext.path; named groups become `params`. */
  pattern: RegExp;
  handle(context: RouteContext, params: Record<string, string>): Promise<Response> | Response;
}

export interface SeedFamily {
  name: string;
  types: TypeDef[];
  seed(context: SeedContext): StoredResource[];
  routes?: CustomRoute[];
  /**
   * The session role that may write this family's types (403 otherwise); `LoketLB-admin` may
   * always write. Without it, the role follows the family name (see fake-loket/roles.ts).
   */
  writeRole?: string;
}
