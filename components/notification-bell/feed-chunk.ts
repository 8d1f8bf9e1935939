/**
 * The fetch of the bell's feed (bell-feed.ts: the poller, the read state, the unread count), an
 * `import()` chunk fetched while the session is read: once per page, and again after a failure
 * (offline), so the bell's retry fetches it anew. Its own module so that a test can stand in for
 * the network (`feedChunk.fetch`); nothing here is public API.
 */
import { LoketError } from '../../src/api/errors.js';

export type FeedModule = typeof import('./bell-feed.js');

export const feedChunk = {
  fetch: (): Promise<FeedModule> => import('./bell-feed.js'),
};

let loading: Promise<FeedModule> | undefined;

/** The feed's module; a chunk that cannot load is a network error. */
export function loadFeedChunk(): Promise<FeedModule> {
  return (loading ??= feedChunk.fetch().catch((cause: unknown) => {
    loading = undefined;
    throw new LoketError('network', { cause, message: 'Could not load the notification feed' });
  }));
}
