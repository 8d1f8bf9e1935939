/**
 * The fetch of the bell's feed (bell-feed.ts: the poller, the read state, the unread count), an
 * `import()` chunk fetched while the session is read: once per page, and again after a failure
 * (offline), so the bell's retry fetches it anew. Its own module so that a test can stand in for
 * the network (`feedChunk.fetch`); nothing here is public API.
 */
import { chunkLoader } from '../../src/on-demand.js';

export type FeedModule = typeof import('./bell-feed.js');

export const feedChunk = {
  fetch: (): Promise<FeedModule> => import('./bell-feed.js'),
};

/** The feed's module; a chunk that cannot load is a network error. */
export const loadFeedChunk: () => Promise<FeedModule> = chunkLoader(() => feedChunk.fetch(), 'the notification feed');
