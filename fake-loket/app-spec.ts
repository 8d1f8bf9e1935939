/**
 * What one fake app is made of, each part transcribed from the real app's configuration so that
 * it can be checked against it: the domain (`config/resources`), the dispatcher
 * (`config/dispatcher/dispatcher.ex`), the authorization (`config/authorization`), the search
 * index (`config/search/config.json`), and the services behind paths that are not resources.
 */
import type { DomainFile } from './domain.js';
import type { CustomRoute, SeedFamily } from './family.js';
import type { StoredResource } from './schema.js';

/** The accept groups of mu-dispatcher's `define_accept_types`. */
export type AcceptGroup = 'json' | 'html' | 'upload' | 'any';

/**
 * One `match`/`get`/`post`/… rule of `dispatcher.ex`, in file order. `path` is the rule's own
 * pattern: `/bestuurseenheden/*path`, `/files/:id/download`, `/*_path`.
 */
export interface DispatchRule {
  /** The Elixir macro: `match` is any method. */
  method: 'match' | 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  /** `%{ accept: [:json] }` and the like: the rule only applies when the Accept header allows it. */
  accept?: AcceptGroup;
  /**
   * mu-dispatcher layer (`layer: :api`), for apps that define `define_layers`. A rule without one
   * matches in whichever layer is tried first (its options map has no `layer` key to mismatch).
   */
  layer?: string;
  /**
   * `reverse_host: ["dashboard" | _rest]` and the like: the rule only applies on such a host. The
   * fake is never one of those hosts, so these rules never match.
   */
  host?: string;
  /**
   * Where it forwards: `resource` (mu-cl-resources or mu-cache in front of it), `frontend` (the
   * Ember app's index.html), `not-found` (the final `send_resp 404`), or the name of a service the
   * app implements itself (`login`, `file`, `search`, `bookmarks`, `mandataris-api`, …).
   */
  to: string;
  /** For `resource`: the resource path it forwards to when it differs (`/groups/*` → `administrative-units`). */
  resource?: string;
  /** Source line, for the reviewer. */
  line?: number;
}

export interface Dispatcher {
  source: string;
  /** `define_layers`, in order; the default is one layer for rules without `layer`. */
  layers?: readonly string[];
  rules: readonly DispatchRule[];
  /** The body the app's last rule answers (`Route not found.  See config/dispatcher.ex`). */
  notFoundBody: string;
}

/**
 * Who may read a group's graph. `public`: anyone, signed in or not. `session`: any signed-in
 * session (a group and at least one role). `group`: a session with a bestuur, any role.
 * `{ role }`: a session carrying that role (any of the roles, when several).
 */
export type Audience = 'public' | 'session' | 'group' | { role: string | readonly string[] };

/**
 * One allowed group of mu-authorization. `scope: 'bestuur'` graphs are per bestuurseenheid
 * (`…/organizations/<uuid>/<role>`): a session sees the records of its own bestuur only.
 * `types` are paths; `path#attr` grants only that attribute of the type (mu-authorization grants
 * predicates: `ext:mailAdresVoorNotificaties` of a bestuurseenheid sits in the messaging graph).
 */
export interface AccessGroup {
  name: string;
  audience: Audience;
  scope: 'shared' | 'bestuur';
  read: readonly string[];
  /** What the group may write; writes nobody may make are dropped silently, as mu-authorization does. */
  write?: readonly string[];
  line?: number;
}

export interface Authorization {
  source: string;
  groups: readonly AccessGroup[];
}

/** How a search field is mapped in Elasticsearch. */
export type SearchFieldType = 'text' | 'keyword' | 'date' | 'boolean' | 'number';

/** One mu-search index (`config/search/config.json` `types[]`). */
export interface SearchIndex {
  source: string;
  /** The index's `type` (the `type` of every hit: `public-service`). */
  type: string;
  /** `on_path`: served at `/<path>/search`. */
  path: string;
  /** The resource type the documents are built from. */
  resource: string;
  /** The audience whose groups the index is built for; others get an empty index. */
  audience: Audience;
  /**
   * Every field a query may name, with its mapping, as Elasticsearch would have it (explicit
   * mappings, then dynamic ones: a string is `text` with a `.keyword` sub-field).
   */
  fields: Readonly<Record<string, SearchFieldType>>;
  /** The indexed document of one record: camelCase keys, nested objects, `uuid` at every level. */
  document(record: StoredResource, related: (record: StoredResource, name: string) => StoredResource[]): Record<string, unknown>;
  /** Elasticsearch runtime fields (`filterEndDate`), computed from the document at query time. */
  runtime?: Readonly<Record<string, (document: Record<string, unknown>, now: Date) => unknown>>;
}

/** The services the fake implements once for every app. */
export type BuiltinService = 'login' | 'search' | 'file';

/** A seeded app: its transcribed configuration, its seed, and the services it implements. */
export interface AppSpec {
  /** `loket`, `lmb`, `subsidiepunt`, `contactgegevens`. */
  name: string;
  domain: readonly DomainFile[];
  dispatcher: Dispatcher;
  authorization: Authorization;
  search?: readonly SearchIndex[];
  /**
   * The services dispatch rules forward to, by the name the rules use (the docker-compose
   * service). `resource`, `frontend` and `not-found` need no entry; the login service, mu-search
   * and the file service are built in (`login`, `search`, `file`); the rest the app implements.
   * A rule to a service without an entry answers 501.
   */
  services?: Readonly<Record<string, readonly CustomRoute[] | BuiltinService>>;
  /** A domain hook that refuses some list calls (`before (:list file)` in the Loket's domain.lisp). */
  beforeList?(type: string, url: URL): Response | undefined;
  /**
   * The seed, in families; `base` ones (besturen, users, code lists) are always seeded, the others
   * only when a test or the demo asks for them (default: all).
   */
  families: readonly (SeedFamily & { base?: boolean })[];
  /**
   * The bestuur whose graph a record of a `bestuur`-scoped type sits in, for records a seed made
   * without `owner`; records created through the API go to the session's bestuur.
   */
  ownerOf?(record: StoredResource, related: (record: StoredResource, name: string) => StoredResource[]): string | undefined;
  /**
   * mu-identifier's environment in the app's docker-compose.yml, where it differs from the defaults
   * (mu-identifier `config/config.exs`: cookie not `secure`, `SameSite=Lax`, no CORS header).
   */
  identifier?: {
    /** `SESSION_COOKIE_SECURE`. */
    secureCookie?: boolean;
    /** `SESSION_COOKIE_SAME_SITE`. */
    sameSite?: 'Lax' | 'Strict' | 'None';
    /** `DEFAULT_ACCESS_CONTROL_ALLOW_ORIGIN_HEADER`: sent on every answer without one. */
    allowOrigin?: string;
  };
  /** mu-cl-resources quirks that differ between the images the apps run (see `ResourcesQuirks`). */
  quirks?: ResourcesQuirks;
}

/**
 * Where the mu-cl-resources images of the apps answer differently (mu-behaviour.md, the [LOKET]
 * marks). The defaults are those of v1.25.0 and later, which Lokaal Mandatenbeheer
 * (`feature-more-backtrace`, cf55504) and Contactgegevens (1.27.0) run; the Loket and Subsidiepunt
 * run `feature-differently-stable-luckless` (d03f906), whose answers are `LUCKLESS_QUIRKS`.
 */
export interface ResourcesQuirks {
  /**
   * An included relationship with nothing related: d03f906 leaves `data` out (`omit`; it lacks the
   * table initialisation of `included-items.lisp:340-342`), newer images send `null` / `[]`
   * (`empty`). Default `empty`.
   */
  emptyIncludedData?: 'omit' | 'empty';
  /**
   * A list call whose filter or sort names something the resource lacks (`no-such-link`): d03f906's
   * list handler has no clause for it, so `server-error` (500 generic); from v1.25.0 (a539b96)
   * `request-invalid` (406 "Request invalid"). Default `request-invalid`.
   */
  unknownListName?: 'server-error' | 'request-invalid';
  /**
   * A top-level `filter[:id:]` / `filter[id]` with an id the session cannot find: d03f906's
   * `cache-list-call` calls `node-url` on it uncaught (`server-error`, 500 generic); from v1.21.0
   * (a7122af) the id is left out (`skip`, 200). Default `skip`.
   */
  unknownFilterId?: 'server-error' | 'skip';
}

/** The answers of the Loket's and Subsidiepunt's image, mu-cl-resources `feature-differently-stable-luckless` (d03f906). */
export const LUCKLESS_QUIRKS: Required<ResourcesQuirks> = {
  emptyIncludedData: 'omit',
  unknownListName: 'server-error',
  unknownFilterId: 'server-error',
};
