import type { LoketClient } from '../api/client.js';
import { Query } from '../api/query.js';
import { conceptFromView, serviceFromView, SERVICE_INCLUDES, type CodeConcept, type FacetScheme, type PublicService } from '../api/services.js';
import type { FacetSelection, SearchHit } from './facets.js';
import { fold, WORD } from './fold.js';

/** The finder marks the terms a search found with the search code's own highlighter. */
export { highlightParts } from './highlight.js';

/**
 * Server mode: the Loket's full-text search (mu-search) and the code lists its facets need.
 * Apart from the catalogue reads because index mode never needs it (it is loaded on demand).
 */

/** mu-search's field list: name above keywords above description, as the finder's own index. */
export const SEARCH_FIELDS = ['name.nl^5', 'keywords^3', 'description.nl^2', 'thematicAreas.label'];

/** mu-search field of each facet's concept URI. */
const SEARCH_FACET_FIELDS: Record<FacetScheme, string> = {
  Thema: 'thematicAreas.uri',
  Type: 'type.uri',
  Doelgroep: 'targetAudiences.uri',
  BevoegdBestuursniveau: 'competentAuthorityLevels.uri',
};

export interface ServerSearchOptions {
  bestuurseenheid: string;
  query: string;
  /** Selected concept URIs per facet. */
  facets: Partial<Record<FacetScheme, readonly string[]>>;
  page: number;
  size: number;
  signal?: AbortSignal;
}

export interface ServerSearchResult {
  hits: SearchHit[];
  count: number;
}

/** The words of a query as mu-search's simple query string: every word required, the last a prefix. */
export function simpleQueryString(query: string): string {
  const words = query.match(WORD) ?? [];
  return words.map((word, index) => (index === words.length - 1 ? `${word}*` : word)).join(' ');
}

/**
 * Full-text search on the Loket (`/public-services/search`), for catalogues too big for the
 * browser. mu-search answers ids and indexed fields only, so a second read fetches the page's
 * services with their links, in the order the search ranked them.
 */
export async function searchServices(client: LoketClient, options: ServerSearchOptions): Promise<ServerSearchResult> {
  const params = new URLSearchParams();
  const sqs = simpleQueryString(options.query);
  if (sqs) params.set(`filter[:sqs:${SEARCH_FIELDS.join(',')}]`, sqs);
  params.set('filter[isArchived]', 'false');
  params.set('filter[:term:createdBy.uuid]', options.bestuurseenheid);
  for (const [scheme, uris] of Object.entries(options.facets) as [FacetScheme, readonly string[]][]) {
    if (uris.length) params.set(`filter[:terms:${SEARCH_FACET_FIELDS[scheme]}]`, uris.join(','));
  }
  if (!sqs) params.set('sort[name.nl]', 'asc');
  params.set('page[number]', String(options.page));
  params.set('page[size]', String(options.size));
  const document = await client.get('public-services/search', params, { signal: options.signal });
  const rawCount = (document.raw as { count?: unknown }).count;
  const ids = document.resources.map((view) => view.id);
  const count = typeof rawCount === 'number' && Number.isInteger(rawCount) && rawCount >= 0 ? rawCount : ids.length;
  if (ids.length === 0) return { hits: [], count };
  const details = await client.list(
    'public-services',
    new Query().ids(ids).include(...SERVICE_INCLUDES).page(0, ids.length),
    serviceFromView,
    { signal: options.signal },
  );
  const byId = new Map(details.items.map((service) => [service.id, service]));
  const words = (options.query.match(WORD) ?? []).map(fold);
  return { hits: ids.flatMap((id) => byId.get(id) ?? []).map((service) => ({ service, terms: matchedWords(service, words) })), count };
}

/** The finder's code lists, for facets in server mode (where no catalogue is loaded). */
export async function loadCodeLists(client: LoketClient, signal?: AbortSignal): Promise<CodeConcept[]> {
  const { items } = await client.getAll('concepts', new Query().sort('label'), conceptFromView, { signal, pageSize: 100 });
  return items.filter((concept): concept is CodeConcept => concept !== undefined);
}

/** Words of a hit that start with a query word, for highlighting (mu-search answers none). */
function matchedWords(service: PublicService, queryWords: readonly string[]): string[] {
  if (queryWords.length === 0) return [];
  const words = new Set<string>();
  for (const text of [service.name, service.summary]) {
    for (const [word] of text.matchAll(WORD)) {
      const folded = fold(word);
      if (queryWords.some((queryWord) => folded.startsWith(queryWord))) words.add(folded);
    }
  }
  return [...words];
}

/** The selected facet codes as the concept URIs mu-search filters on. */
export function selectedUris(codeLists: readonly CodeConcept[], selection: FacetSelection): Partial<Record<FacetScheme, string[]>> {
  const byCode = new Map(codeLists.map((concept) => [`${concept.scheme}/${concept.code}`, concept.uri]));
  const facets: Partial<Record<FacetScheme, string[]>> = {};
  for (const [scheme, codes] of Object.entries(selection) as [FacetScheme, readonly string[]][]) {
    const uris = codes.flatMap((code) => byCode.get(`${scheme}/${code}`) ?? []);
    if (uris.length) facets[scheme] = uris;
  }
  return facets;
}
