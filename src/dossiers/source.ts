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

/**
 * Dossiers a host handed in, filtered and sorted in memory. The code for that is loaded on first
 * use: most pages read from the Loket and never need it.
 */
export function localSource(dossiers: readonly Dossier[]): DossierSource {
  let source: Promise<DossierSource> | undefined;
  const load = () => (source ??= import('./local.js').then((module) => module.memorySource(dossiers)));
  return {
    options: async (signal) => (await load()).options(signal),
    page: async (state, number, size, signal) => (await load()).page(state, number, size, signal),
    all: async (state, signal) => (await load()).all(state, signal),
  };
}
