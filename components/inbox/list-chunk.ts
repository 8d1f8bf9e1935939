/**
 * The fetch of the inbox's list view (list-view.ts), an `import()` chunk: once per page, and again
 * after a failure (offline), so the widget's retry fetches it anew. Its own module so that a test
 * can stand in for the network (`listChunk.fetch`); nothing here is public API.
 */
export type ListModule = typeof import('./list-view.js');

export const listChunk = {
  fetch: (): Promise<ListModule> => import('./list-view.js'),
};

let loading: Promise<ListModule> | undefined;

export function loadListChunk(): Promise<ListModule> {
  return (loading ??= listChunk.fetch().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
