/**
 * The session user's bookmarks on public services. Apart from the catalogue's mapping, so that a
 * finder can show and toggle bookmarks without loading the catalogue code (server mode).
 */
import type { LoketClient } from './client.js';
import { LoketError } from './errors.js';
import { Query } from './query.js';

/** Bookmarked service id → bookmark id, for the session's user. */
export type Bookmarks = Map<string, string>;

export async function loadBookmarks(client: LoketClient, signal?: AbortSignal): Promise<Bookmarks> {
  const { items } = await client.getAll(
    'bookmarks',
    new Query().include('public-service'),
    (view) => {
      const service = view.one('public-service');
      return service ? ([service.id, view.id] as const) : undefined;
    },
    { signal },
  );
  return new Map(items.filter((entry): entry is readonly [string, string] => entry !== undefined));
}

/** Bookmarks a service; answers the bookmark's id. */
export async function addBookmark(client: LoketClient, serviceId: string, signal?: AbortSignal): Promise<string> {
  const created = await client.create('bookmarks', {}, { path: `public-services/${encodeURIComponent(serviceId)}/bookmarks`, signal });
  if (!created.id) throw new LoketError('bad-response', { message: 'Loket answered a bookmark without an id' });
  return created.id;
}

export async function removeBookmark(client: LoketClient, bookmarkId: string, signal?: AbortSignal): Promise<void> {
  await client.remove('bookmarks', bookmarkId, { signal });
}
