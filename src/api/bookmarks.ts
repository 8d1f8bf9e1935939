/**
 * The session user's bookmarks on public services, through the Loket's ipdc-bookmarks service
 * (lblod/ipdc-bookmarks-service `app.js`; dispatcher.ex:647-655 routes `GET /bookmarks/*`,
 * `POST /public-services/:id/bookmarks` and `DELETE /bookmarks/*` to it). A bookmark's
 * `attributes.object` is the URI of the bookmarked service; the real page resolves it with
 * `/public-services?filter[:uri:]=…` (frontend-loket app/services/bookmarks.js:104-117).
 * Apart from the search code, so bookmarks can be shown and toggled in either mode.
 */
import type { LoketClient } from './client.js';
import type { ResourceView } from './document.js';
import { LoketError } from './errors.js';
import { Query } from './query.js';
import { bookmarkedFromView, type BookmarkedService } from './services.js';

/** Bookmarked service URI → bookmark id, for the session's user. */
export type Bookmarks = Map<string, string>;

function bookmarkOf(view: ResourceView | null | undefined): [object: string, id: string] | undefined {
  const object = view?.string('object');
  return view && object ? [object, view.id] : undefined;
}

/** `GET /bookmarks`: every bookmark of the user, in one answer (the service pages nothing). */
export async function loadBookmarks(client: LoketClient, signal?: AbortSignal): Promise<Bookmarks> {
  const document = await client.get('bookmarks', undefined, { signal });
  return new Map(document.resources.map(bookmarkOf).filter((bookmark) => bookmark !== undefined));
}

/** `POST /public-services/:id/bookmarks`, no body: answers the bookmarked URI and the bookmark's id. */
export async function addBookmark(client: LoketClient, serviceId: string, signal?: AbortSignal): Promise<[object: string, id: string]> {
  const document = await client.post(`public-services/${encodeURIComponent(serviceId)}/bookmarks`, { signal });
  const bookmark = bookmarkOf(document.primary);
  if (!bookmark) throw new LoketError('bad-response', { message: 'The bookmark service answered no bookmark' });
  return bookmark;
}

/** `DELETE /bookmarks/:id` (204, whether or not it existed). */
export async function removeBookmark(client: LoketClient, bookmarkId: string, signal?: AbortSignal): Promise<void> {
  await client.remove('bookmarks', bookmarkId, { signal });
}

/**
 * The bookmarked services, one read per bookmark as the real page does; `include` has the
 * procedures' websites (as frontend-loket 1.15) and the service's own (the call to action falls
 * back on them). A URI the catalogue no longer has answers undefined.
 */
export function loadBookmarkedServices(client: LoketClient, uris: readonly string[], options: { signal?: AbortSignal; lang: string }): Promise<(BookmarkedService | undefined)[]> {
  return Promise.all(
    uris.map(async (uri) => {
      const query = new Query().uri(uri).include('procedures.websites', 'websites').page(0, 1);
      const page = await client.list('public-services', query, bookmarkedFromView, options);
      return page.items[0];
    }),
  );
}
