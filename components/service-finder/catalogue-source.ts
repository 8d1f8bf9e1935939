import type { LoketClient } from '../../src/api/client.js';
import type { PublicService } from '../../src/api/services.js';
import { catalogueCacheKey, readCachedCatalogue, sameStamp, writeCachedCatalogue, type CatalogueStamp } from '../../src/services/catalogue-cache.js';
import { searchServices, type SearchContext, type SearchRequest } from '../../src/services/server-search.js';

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
  /** The account's bestuur: part of the cache key. */
  bestuurseenheid: string;
  context: SearchContext;
  lang: string;
  signal: AbortSignal;
  /** Called with the cached catalogue first (if any), then with a fresh one if it changed. */
  onUpdate(update: CatalogueUpdate): void | Promise<void>;
  /** A failed revalidation while a cached catalogue is shown: reported, not shown as an error. */
  onRevalidationError(error: unknown): void;
}

const PAGE_SIZE = 100;
const PARALLEL_PAGES = 4;
/** Elasticsearch's `index.max_result_window` (10,000): no page may end beyond it. */
const MAX_PAGES = 10_000 / PAGE_SIZE;

/**
 * What index mode searches in the browser: every service the page can show, read through the
 * same mu-search request as the page (its fixed filters: Flemish level, local governments, not
 * archived, not ended, published), a hundred at a time, newest first. The page's own filters
 * (Doelgroep, Thema, Type, Aanbieder) are applied locally, so switching them costs no request.
 */
export async function loadCatalogue(client: LoketClient, context: SearchContext, options: { signal: AbortSignal; lang: string }) {
  const request = (page: number): SearchRequest => ({ query: '', filters: {}, sort: 'newest', page, size: PAGE_SIZE });
  const first = await searchServices(client, context, request(0), options);
  const pages = [first];
  const last = Math.min(MAX_PAGES, Math.ceil(first.count / PAGE_SIZE));
  let next = 1;
  const worker = async () => {
    while (next < last) {
      const number = next++;
      pages[number] = await searchServices(client, context, request(number), options);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
  // Equal dates make Elasticsearch's order between pages unstable: a service may come twice.
  const byId = new Map<string, PublicService>();
  for (const page of pages) for (const { service } of page.hits) byId.set(service.id, service);
  const services = [...byId.values()];
  return { services, skipped: pages.reduce((sum, page) => sum + page.skipped, 0), stamp: await stampOf(client, context, first.count, options) };
}

/** A one-hit search for the latest modification: with the count, what tells a cached catalogue is stale. */
async function stampOf(client: LoketClient, context: SearchContext, count: number | undefined, options: { signal: AbortSignal; lang: string }): Promise<CatalogueStamp> {
  const page = await searchServices(client, context, { query: '', filters: {}, sort: 'modified', page: 0, size: 1 }, options);
  const latestModified = page.hits[0]?.service.dateModified;
  return latestModified ? { count: count ?? page.count, latestModified } : { count: count ?? page.count };
}

/**
 * Stale-while-revalidate over the session cache: the cached catalogue is shown at once, then one
 * small search compares its stamp (count and latest `dateModified`) with the Loket's, and only a
 * changed catalogue is loaded again. Without a cached copy the catalogue is loaded, page by page.
 * Rejects only when there is nothing to show.
 */
export async function loadCatalogueWithCache(options: CatalogueSourceOptions): Promise<void> {
  const { client, context, signal, lang } = options;
  const key = catalogueCacheKey(options.apiBase, options.bestuurseenheid);
  const cached = readCachedCatalogue(key);
  const load = async () => {
    const fresh = await loadCatalogue(client, context, { signal, lang });
    writeCachedCatalogue(key, { stamp: fresh.stamp, services: fresh.services });
    await options.onUpdate({ services: fresh.services, skipped: fresh.skipped, fromCache: false });
  };
  if (!cached) return load();
  await options.onUpdate({ services: cached.services, skipped: 0, fromCache: true });
  try {
    if (!sameStamp(await stampOf(client, context, undefined, { signal, lang }), cached.stamp)) await load();
  } catch (error) {
    options.onRevalidationError(error);
  }
}
