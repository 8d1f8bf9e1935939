import type { LoketClient } from '../../src/api/client.js';
import { catalogueStamp, loadCatalogue, type PublicService } from '../../src/api/services.js';
import { catalogueCacheKey, readCachedCatalogue, sameStamp, writeCachedCatalogue } from '../../src/services/catalogue-cache.js';

export interface CatalogueUpdate {
  services: PublicService[];
  /** Services the Loket sent in an unusable shape. */
  skipped: number;
  /** true for the cached copy shown while the Loket is asked whether it is still current. */
  fromCache: boolean;
}

export interface CatalogueSourceOptions {
  client: LoketClient;
  apiBase: string;
  bestuurseenheid: string;
  signal: AbortSignal;
  /** Called with the cached catalogue first (if any), then with a fresh one if it changed. */
  onUpdate(update: CatalogueUpdate): void | Promise<void>;
  /** A failed revalidation while a cached catalogue is shown: reported, not shown as an error. */
  onRevalidationError(error: unknown): void;
}

/**
 * Stale-while-revalidate over the session cache: the cached catalogue is shown at once, then one
 * small request compares its stamp (count and latest `date-modified`) with the Loket's, and only a
 * changed catalogue is loaded again. Without a cached copy the catalogue is loaded, page by page.
 * Rejects only when there is nothing to show.
 */
export async function loadCatalogueWithCache(options: CatalogueSourceOptions): Promise<void> {
  const { client, signal } = options;
  const key = catalogueCacheKey(options.apiBase, options.bestuurseenheid);
  const cached = readCachedCatalogue(key);
  if (cached) {
    await options.onUpdate({ services: cached.services, skipped: 0, fromCache: true });
    try {
      const stamp = await catalogueStamp(client, options.bestuurseenheid, signal);
      if (sameStamp(stamp, cached.stamp)) return;
      const fresh = await loadCatalogue(client, options.bestuurseenheid, signal);
      writeCachedCatalogue(key, { stamp: fresh.stamp, services: fresh.services });
      await options.onUpdate({ services: fresh.services, skipped: fresh.skipped, fromCache: false });
    } catch (error) {
      options.onRevalidationError(error);
    }
    return;
  }
  const fresh = await loadCatalogue(client, options.bestuurseenheid, signal);
  writeCachedCatalogue(key, { stamp: fresh.stamp, services: fresh.services });
  await options.onUpdate({ services: fresh.services, skipped: fresh.skipped, fromCache: false });
}
