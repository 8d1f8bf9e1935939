/**
 * What index mode needs besides the finder itself, as one chunk loaded on demand: the search
 * library with our index over it, the highlighter of what it finds, and the catalogue's reading
 * (through the page's own mu-search request) with its session cache. Server mode never loads it.
 */
import { ServiceIndex } from '../../src/services/search-index.js';
import { loadCatalogueWithCache, type CatalogueSourceOptions } from './catalogue-source.js';

export { ServiceIndex };

/**
 * The catalogue (the cached copy first, if any), indexed; `onIndex` has the index of each copy
 * that arrives, unless the load was aborted meanwhile.
 */
export function loadCatalogueIndex(options: Omit<CatalogueSourceOptions, 'onUpdate'> & { onIndex(index: ServiceIndex): void }): Promise<void> {
  return loadCatalogueWithCache({
    ...options,
    onUpdate: async (update) => {
      const index = await ServiceIndex.build(update.services);
      if (!options.signal.aborted) options.onIndex(index);
    },
  });
}
