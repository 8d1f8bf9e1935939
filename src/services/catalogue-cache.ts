import type { PublicService } from '../api/services.js';

/** What changes when the catalogue changes: its size and its latest modification. */
export interface CatalogueStamp {
  count: number;
  latestModified?: string;
}

/**
 * A loaded catalogue kept for the browser session, so opening another intranet page does not
 * load every page again. It is shown at once and revalidated against the Loket's stamp (count and
 * latest `date-modified`): stale-while-revalidate.
 */
export interface CachedCatalogue {
  stamp: CatalogueStamp;
  services: PublicService[];
}

// 2: the Loket's own catalogue (mu-search documents), no longer the LPDC model of version 1.
const VERSION = 2;

export function catalogueCacheKey(apiBase: string, bestuurseenheid: string): string {
  return `loket-service-finder:v${VERSION}:${apiBase}|${bestuurseenheid}`;
}

function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage can be blocked (sandboxed iframes, privacy settings): the finder then loads each time.
    return undefined;
  }
}

function isCachedCatalogue(value: unknown): value is CachedCatalogue {
  if (typeof value !== 'object' || value === null) return false;
  const { stamp, services } = value as Partial<CachedCatalogue>;
  return (
    typeof stamp?.count === 'number' &&
    Array.isArray(services) &&
    services.every((service) => typeof service?.id === 'string' && typeof service.name === 'string' && Array.isArray(service.themes))
  );
}

export function readCachedCatalogue(key: string, storage: Storage | undefined = sessionStore()): CachedCatalogue | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return isCachedCatalogue(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Answers false when the catalogue does not fit (quota) or storage is unavailable. */
export function writeCachedCatalogue(key: string, value: CachedCatalogue, storage: Storage | undefined = sessionStore()): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value));
    return storage !== undefined;
  } catch {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing more to do: the cache is an optimisation.
    }
    return false;
  }
}

export function sameStamp(a: CatalogueStamp, b: CatalogueStamp): boolean {
  return a.count === b.count && a.latestModified === b.latestModified;
}
