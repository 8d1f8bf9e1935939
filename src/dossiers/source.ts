import type { LoketClient } from '../api/client.js';
import {
  allDossiers,
  listDocumentTypes,
  listDossiers,
  listSubmissionStatuses,
  type DocumentType,
  type Dossier,
  type DossierStatus,
} from '../api/dossiers.js';
import type { DossierListState } from './list-state.js';
import { filterAndSortDossiers, optionsOf } from './local.js';
import { dossierQuery } from './query.js';

export interface DossierOptions {
  statuses: DossierStatus[];
  types: DocumentType[];
}

export interface DossierPage {
  items: Dossier[];
  /** Total matches; the Loket's `meta.count`, or a lower bound when a server leaves it out. */
  count: number;
}

/**
 * Where the list's dossiers come from: the Loket, or dossiers a host handed in. The widget asks
 * the same three questions of either.
 */
export interface DossierSource {
  options(signal: AbortSignal): Promise<DossierOptions>;
  page(state: DossierListState, number: number, size: number, signal: AbortSignal): Promise<DossierPage>;
  /** Every dossier of the current view and filters, for the CSV export. */
  all(state: DossierListState, signal: AbortSignal): Promise<Dossier[]>;
}

export function remoteSource(client: LoketClient, bestuurseenheid: () => Promise<string>): DossierSource {
  let statuses: DossierStatus[] = [];
  return {
    async options(signal) {
      const [loadedStatuses, types] = await Promise.all([listSubmissionStatuses(client, signal), listDocumentTypes(client, signal)]);
      statuses = loadedStatuses;
      return { statuses, types };
    },
    async page(state, number, size, signal) {
      const q = dossierQuery(state, await bestuurseenheid(), statuses);
      if (!q) return { items: [], count: 0 };
      const page = await listDossiers(client, q.page(number, size), signal);
      return { items: page.items, count: page.count ?? number * size + page.items.length + page.skipped };
    },
    async all(state, signal) {
      const q = dossierQuery(state, await bestuurseenheid(), statuses);
      return q ? allDossiers(client, q, signal) : [];
    },
  };
}

export function localSource(dossiers: readonly Dossier[]): DossierSource {
  let cache: { state: DossierListState; result: Dossier[] } | undefined;
  // Paging through the same filters must not filter and sort 10,000 dossiers again per page.
  const matching = (state: DossierListState): Dossier[] => {
    if (cache?.state !== state) cache = { state, result: filterAndSortDossiers(dossiers, state) };
    return cache.result;
  };
  return {
    options: async () => optionsOf(dossiers),
    page: async (state, number, size) => {
      const result = matching(state);
      return { items: result.slice(number * size, (number + 1) * size), count: result.length };
    },
    all: async (state) => matching(state),
  };
}
