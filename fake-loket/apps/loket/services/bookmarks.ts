/**
 * The ipdc-bookmarks service (image lblod/ipdc-bookmarks-service:0.2.2, app-digitaal-loket
 * docker-compose.yml:760; source read: lblod/ipdc-bookmarks-service v0.2.0 `app.js`, `bookmarks.js`,
 * `config/bookmarkdefaults.js`), behind the Loket dispatcher's rules (dispatcher.ex:647-655):
 *
 * - `GET /bookmarks`: the session account's bookmarks, `200 {"data":[…]}` with no paging, links or
 *   meta, as Express JSON. Each is `{ type: 'bookmarks', id, attributes: { uri, created, modified,
 *   object } }`, `object` being the URI of the bookmarked public service (no relationships).
 * - `POST /public-services/:id/bookmarks` (no body read): resolves the id with a sudo query on
 *   `mu:uuid` (any resource); unknown → `404` with an empty body; else `201 {"data": bookmark}`.
 * - `DELETE /bookmarks/:id`: `204`, whether or not there was such a bookmark of this user.
 *
 * Bookmarks are per user (`nco:creator` is the person whose account the session has). The real
 * service fills a new account's bookmarks once from its roles (a delta on `ext:sessionRole`); the
 * fake does that on the account's first bookmark request. Without a logged-in session the real
 * INSERT and SELECTs match nothing: an empty list, a 201 that stores nothing, a 204.
 *
 * Kept in the app's store under types no dispatcher rule serves as a resource.
 */
import type { CustomRoute, RouteContext } from '../../../family.js';
import type { StoredResource } from '../../../schema.js';
import { noContent } from '../../../http.js';

const BOOKMARKS = 'ipdc-bookmarks';
const PREPOPULATED = 'ipdc-bookmarks-prepopulated-accounts';
const BOOKMARK_BASE = 'http://lblod.data.gift/bookmarks/';

/** config/bookmarkdefaults.js: the product a role's new user finds bookmarked. */
export const BOOKMARK_DEFAULTS: Readonly<Record<string, string>> = {
  'LoketLB-bbcdrGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/1a49a2bd-65e2-48b5-87d7-3b98c70293cb',
  'LoketLB-mandaatGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/a3f1a473-caf3-4b4b-8109-96e52bcc2ba8',
  'LoketLB-toezichtGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/2703645b-b650-4674-bb03-5fcef8082662',
  'LoketLB-berichtenGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/2703645b-b650-4674-bb03-5fcef8082662',
  'LoketLB-leidinggevendenGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/654c6fe2-d7b6-425f-8996-93f9367e71f9',
  'LoketLB-personeelsbeheer': 'https://ipdc.vlaanderen.be/id/instantie/28e23f5f-2a28-4170-a914-b4da82a876ba',
  'LoketLB-LPDCGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/ebda2792-9908-4523-900d-b922b002b746',
  'LoketLB-eredienstBedienaarGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/2ce1466c-76bf-4254-b138-24b54b172e8a',
  'LoketLB-eredienstMandaatGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/18169e36-b935-4e1c-bf9a-60f387b5d2ed',
  'LoketLB-databankEredienstenGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/2319d258-af4b-460a-ab3d-cfd4e0c1037b',
  'LoketLB-eredienstOrganisatiesGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/8db92966-3691-4422-b14c-583531969950',
  'LoketLB-OpenProcesHuisGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/88deb4a9-dd7b-41a6-9019-f629fe9db8df',
  'LoketLB-ContactOrganisatiegegevensGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/c708b803-a820-4426-9b90-cca045fef042',
  'LoketLB-verenigingenGebruiker': 'https://ipdc.vlaanderen.be/id/instantie/af3eedec-0a54-4af2-b210-de34ec53c8ed',
};

/** Express's `res.send(object)`: JSON with Express's content type. */
function expressJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

function toJsonApi(bookmark: StoredResource) {
  const { uri, created, modified, object } = bookmark.attributes as Record<string, string>;
  return { type: 'bookmarks', id: bookmark.id, attributes: { uri, created, modified, object } };
}

function create(context: RouteContext, object: string): StoredResource {
  const id = context.random.uuid();
  const now = context.now().toISOString();
  const bookmark: StoredResource = { type: BOOKMARKS, id, attributes: { uri: BOOKMARK_BASE + id, created: now, modified: now, object }, relationships: {} };
  // The INSERT's WHERE needs the session's account: without one, nothing is stored.
  if (context.session) {
    bookmark.attributes['creator'] = context.session.accountId;
    context.sudo.table(BOOKMARKS).set(id, bookmark);
    context.changed();
  }
  return bookmark;
}

function own(context: RouteContext): StoredResource[] {
  const account = context.session?.accountId;
  if (!account) return [];
  return [...context.sudo.table(BOOKMARKS).values()].filter((bookmark) => bookmark.attributes['creator'] === account);
}

/** The delta handler's `prepopulateBookmarksForSession`, once per account. */
function prepopulate(context: RouteContext): void {
  const session = context.session;
  if (!session) return;
  const done = context.sudo.table(PREPOPULATED);
  if (done.has(session.accountId)) return;
  done.set(session.accountId, { type: PREPOPULATED, id: session.accountId, attributes: {}, relationships: {} });
  const products = new Set(session.roles.flatMap((role) => BOOKMARK_DEFAULTS[role] ?? []));
  for (const product of products) create(context, product);
  context.changed();
}

export const bookmarksService: readonly CustomRoute[] = [
  {
    method: 'GET',
    pattern: /^\/bookmarks\/?$/,
    handle(context) {
      prepopulate(context);
      return expressJson({ data: own(context).map(toJsonApi) });
    },
  },
  {
    method: 'POST',
    pattern: /^\/public-services\/(?<id>[^/]+)\/bookmarks\/?$/,
    handle(context, { id = '' }) {
      // getIPDCService: `?product mu:uuid "<id>"` as sudo, whatever its type.
      const product = context.sudo.anyWithId(decodeURIComponent(id));
      const uri = product?.attributes['uri'];
      if (typeof uri !== 'string') return new Response(null, { status: 404 });
      prepopulate(context);
      return expressJson({ data: toJsonApi(create(context, uri)) }, 201);
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/bookmarks\/(?<id>[^/]+)\/?$/,
    handle(context, { id = '' }) {
      const bookmark = own(context).find((candidate) => candidate.id === decodeURIComponent(id));
      if (bookmark) {
        context.sudo.table(BOOKMARKS).delete(bookmark.id);
        context.changed();
      }
      return noContent();
    },
  },
];
