import type { LoketClient } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import type { DocumentType, Dossier, Organ } from '../api/dossiers.js';
import type { DossierListState } from './list-state.js';
import { dossierQuery, type DossierQuerySpec } from './query.js';
import type { DossierOptions, DossierSource, StatusOption } from './source.js';

/** What a code list loader gets: the app's client, the widget's signal and the bestuur shown. */
export type ListLoader<T> = (client: LoketClient, signal: AbortSignal, bestuurseenheid: () => Promise<string>) => Promise<T[]>;

/** One collection the list can show: its query, its mapping to a Dossier and its filter choices. */
export interface DossierCollection {
  path: string;
  query: DossierQuerySpec;
  fromView(view: ResourceView): Dossier;
  /** The code lists of the filters, each loaded (and failing) on its own. */
  lists: {
    statuses: ListLoader<StatusOption>;
    types: ListLoader<DocumentType>;
    organs?: ListLoader<Organ>;
  };
}

type ListName = keyof DossierCollection['lists'];
const LISTS: readonly ListName[] = ['statuses', 'types', 'organs'];

export function remoteSource(client: LoketClient, bestuurseenheid: () => Promise<string>, collection: DossierCollection): DossierSource {
  const loaded = new Map<ListName, Promise<unknown[]>>();
  let types: DocumentType[] | null = [];
  const source: DossierSource = {
    async options(signal) {
      const failures: unknown[] = [];
      const [statuses, typeList, organs] = await Promise.all(
        LISTS.map((name) => {
          const load = collection.lists[name];
          if (!load) return [];
          let asked = loaded.get(name);
          if (!asked) {
            const started = (asked = load(client, signal, bestuurseenheid));
            loaded.set(name, started);
            // A list that failed is asked again with the next call (the widget's next load).
            started.catch(() => loaded.get(name) === started && loaded.delete(name));
          }
          return asked.catch((error: unknown) => {
            failures.push(error);
            return null;
          });
        }),
      );
      types = typeList as DocumentType[] | null;
      return { statuses: statuses as StatusOption[] | null, types, organs: organs as Organ[] | null, failures } satisfies DossierOptions;
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
  const queryOf = async (state: DossierListState) => dossierQuery(state, collection.query.owner ? await bestuurseenheid() : '', collection.query, types);
  return source;
}
