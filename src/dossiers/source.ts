import type { LoketClient } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import {
  dossierFromView,
  listDocumentTypes,
  listSubmissionStatuses,
  type DocumentType,
  type Dossier,
  type DossierStatus,
} from '../api/dossiers.js';
import type { DossierListState } from './list-state.js';
import { dossierQuery, SUBMISSION_QUERY, type DossierQuerySpec } from './query.js';

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
 * Where the list's dossiers come from: a Loket collection, or dossiers a host handed in. The
 * widget asks the same three questions of either.
 */
export interface DossierSource {
  options(signal: AbortSignal): Promise<DossierOptions>;
  page(state: DossierListState, number: number, size: number, signal: AbortSignal): Promise<DossierPage>;
  /** Every dossier of the current view and filters, for the CSV export. */
  all(state: DossierListState, signal: AbortSignal): Promise<Dossier[]>;
}

/** One Loket collection the list can show, with its filter choices and its mapping to a Dossier. */
export interface DossierCollection {
  path: string;
  query: DossierQuerySpec;
  fromView(view: ResourceView): Dossier;
  options(client: LoketClient, signal: AbortSignal): Promise<DossierOptions>;
}

export const SUBMISSIONS: DossierCollection = {
  path: 'submissions',
  query: SUBMISSION_QUERY,
  fromView: dossierFromView,
  options: async (client, signal) => {
    const [statuses, types] = await Promise.all([listSubmissionStatuses(client, signal), listDocumentTypes(client, signal)]);
    return { statuses, types };
  },
};

export function remoteSource(client: LoketClient, bestuurseenheid: () => Promise<string>, collection = SUBMISSIONS): DossierSource {
  let statuses: DossierStatus[] = [];
  const queryOf = async (state: DossierListState) => dossierQuery(state, await bestuurseenheid(), statuses, collection.query);
  return {
    async options(signal) {
      const options = await collection.options(client, signal);
      statuses = options.statuses;
      return options;
    },
    async page(state, number, size, signal) {
      const q = await queryOf(state);
      if (!q) return { items: [], count: 0 };
      const page = await client.list(collection.path, q.page(number, size), collection.fromView, { signal });
      return { items: page.items, count: page.count ?? number * size + page.items.length + page.skipped };
    },
    async all(state, signal) {
      const q = await queryOf(state);
      return q ? (await client.getAll(collection.path, q, collection.fromView, { signal, pageSize: 100 })).items : [];
    },
  };
}

/** A source whose code loads on first use: most pages never need it. */
export function lazySource(load: () => Promise<DossierSource>): DossierSource {
  let source: Promise<DossierSource> | undefined;
  const ready = () => (source ??= load());
  return {
    options: async (signal) => (await ready()).options(signal),
    page: async (state, number, size, signal) => (await ready()).page(state, number, size, signal),
    all: async (state, signal) => (await ready()).all(state, signal),
  };
}

/** Dossiers a host handed in, filtered and sorted in memory. */
export function localSource(dossiers: readonly Dossier[]): DossierSource {
  return lazySource(() => import('./local.js').then((module) => module.memorySource(dossiers)));
}

/** Subsidy applications, where the Loket offers them. */
export function subsidySource(client: LoketClient, bestuurseenheid: () => Promise<string>): DossierSource {
  return lazySource(() => import('./subsidies.js').then((module) => remoteSource(client, bestuurseenheid, module.SUBSIDIES)));
}
