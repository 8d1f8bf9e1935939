import type { LoketClient } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import { dossierFromView, listDocumentTypes, listSubmissionStatuses, type Dossier, type DossierStatus } from '../api/dossiers.js';
import type { DossierListState } from './list-state.js';
import { dossierQuery, SUBMISSION_QUERY, type DossierQuerySpec } from './query.js';
import type { DossierOptions, DossierSource } from './source.js';
import { statusOption } from './status.js';

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
    return { statuses: statuses.map(statusOption), types };
  },
};

export function remoteSource(client: LoketClient, bestuurseenheid: () => Promise<string>, collection = SUBMISSIONS): DossierSource {
  let statuses: DossierStatus[] = [];
  let options: Promise<DossierOptions> | undefined;
  const queryOf = async (state: DossierListState) => dossierQuery(state, await bestuurseenheid(), statuses, collection.query);
  return {
    options(signal) {
      if (!options) {
        const asked = (options = collection.options(client, signal).then((answer) => {
          statuses = answer.statuses;
          return answer;
        }));
        asked.catch(() => options === asked && (options = undefined));
      }
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

