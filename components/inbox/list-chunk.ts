/**
 * The fetch of the inbox's list view (list-view.ts), an `import()` chunk: once per page, and again
 * after a failure (offline), so the widget's retry fetches it anew. Its own module so that a test
 * can stand in for the network (`listChunk.fetch`); nothing here is public API.
 */
import { chunkLoader } from '../../src/on-demand.js';

export type ListModule = typeof import('./list-view.js');

export const listChunk = {
  fetch: (): Promise<ListModule> => import('./list-view.js'),
};

/** The list view's module; a chunk that cannot load is a network error. */
export const loadListChunk: () => Promise<ListModule> = chunkLoader(() => listChunk.fetch(), 'the list view');
