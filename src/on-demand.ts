import { LoketError } from './api/errors.js';

/**
 * Code a widget fetches on demand (an `import()` chunk) that cannot load fails as the network does
 * (offline): the widget shows the network error, and its retry asks for the chunk again.
 * `what` names the code in the error's message (for developers): "the dossier list view".
 */
export function onDemand<T>(load: Promise<T>, what: string): Promise<T> {
  return load.catch((cause: unknown) => {
    throw new LoketError('network', { cause, message: `Could not load ${what}` });
  });
}

/**
 * A chunk fetched once per page for every instance of a widget, and again after a failure, so a
 * retry can still bring it in. `fetch` is called anew each time (a test may stand in for it).
 */
export function chunkLoader<T>(fetch: () => Promise<T>, what: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= onDemand(fetch(), what).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
