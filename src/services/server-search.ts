/**
 * The requests of the Loket's "Digitale dienstverlening" page, as the finder sends them: what the
 * search needs to know first (the concepts the page always filters on and the session bestuur's
 * classification), the filters' code lists, the search itself (mu-search) and a service's detail.
 * Loaded on demand (both modes use it); every request names the real definition it relies on.
 */
import type { LoketClient } from '../api/client.js';
import type { LoketDocument } from '../api/document.js';
import { LoketError } from '../api/errors.js';
import { Query } from '../api/query.js';
import { detailFromView, serviceFromHit, type FilterConcept, type FilterName, type PublicService, type ServiceDetail } from '../api/services.js';
import { decodeEntities } from './text.js';
import type { SortName } from './facets.js';
import type { TextPart } from './highlight.js';
import { WORD } from './fold.js';

/** The finder marks the terms a search found with the search code's own highlighter. */
export { highlightParts } from './highlight.js';

/** frontend-loket app/config/constants.js EXECUTING_AUTHORITY_LEVELS.FLEMISH. */
export const FLEMISH_LEVEL = 'https://productencatalogus.data.vlaanderen.be/id/concept/UitvoerendBestuursniveau/Vlaams';
/** frontend-loket app/config/constants.js TARGET_AUDIENCES.LOCAL_GOVERNMENT. */
export const LOCAL_GOVERNMENT = 'https://productencatalogus.data.vlaanderen.be/id/concept/Doelgroep/LokaalBestuur';

/** The concept scheme each filter lists (frontend-loket app/config/constants.js CONCEPT_SCHEMES). */
export const FILTER_SCHEMES: Record<FilterName, string> = {
  Doelgroep: 'http://data.vlaanderen.be/id/conceptscheme/BestuurseenheidClassificatieCode',
  Thema: 'http://mu.semte.ch/vocabularies/ext/conceptscheme/Thema',
  Type: 'http://mu.semte.ch/vocabularies/ext/conceptscheme/Type',
  Aanbieder: 'https://productencatalogus.data.vlaanderen.be/id/conceptscheme/IPDCOrganisaties',
};

/** The mu-search filter each filter sends its concept ids in (frontend-loket app/routes/search.js:72-127). */
const FILTER_FIELDS: Record<FilterName, string> = {
  Doelgroep: ':terms:relevantAdministrativeUnits.uuid.keyword',
  Thema: 'thematicAreas.broader.uuid',
  Type: 'type.broader.uuid',
  Aanbieder: 'competentAuthority.uuid',
};

/** routes/search.js:66: name above description above theme (fields app-digitaal-loket config/search/config.json indexes). */
export const SEARCH_FIELDS = 'name.nl^5,description.nl^2,thematicAreas.label';

/**
 * The sorts of the real page (controllers/search.js:19-23): relevance sends none; A–Z sorts on the
 * keyword sub-field `name.nl.raw` (config.json maps `name.nl` as text, which cannot be sorted);
 * newest on `dateCreated` (utils/mu-search.js camel-cases `-date-created`).
 */
const SORTS: Record<Exclude<SortName, 'score'> | 'modified', [string, string]> = {
  name: ['sort[name.nl.raw]', 'asc'],
  newest: ['sort[dateCreated]', 'desc'],
  // Not one of the page's: the catalogue's stamp (index mode) is its latest modification.
  modified: ['sort[dateModified]', 'desc'],
};

/** routes/search.js:105-112: a representative organ's own classification is searched as "Representatief orgaan". */
const REPRESENTATIVE_ORGAN = { classification: '89a00b5a-024f-4630-a722-65a5e68967e5', unit: '36372fad-0358-499c-a4e3-f412d2eae213' };

/** What every search of the page filters on, read once. */
export interface SearchContext {
  executingLevel: string;
  targetAudience: string;
  /** The session bestuur's kind: the Doelgroep filter's default. */
  ownUnit?: FilterConcept;
}

/** `store.findRecordByUri` (frontend-loket app/services/store.js:29-54): `/concepts?filter[:uri:]=…&page[size]=1`. */
async function conceptIdByUri(client: LoketClient, uri: string, signal?: AbortSignal): Promise<string> {
  const page = await client.list('concepts', new Query().uri(uri).page(0, 1), (view) => view.id, { signal });
  const id = page.items[0];
  if (!id) throw new LoketError('bad-response', { message: `The Loket has no concept ${uri}` });
  return id;
}

/**
 * The two concepts every search filters on (routes/search.js:51-55) and the bestuur's
 * classification (services/current-session.js loads `/bestuurseenheden/:id?include=classificatie`;
 * organisation.lisp `classificatie`, public graph).
 */
export async function loadSearchContext(client: LoketClient, bestuurseenheid: string, signal?: AbortSignal): Promise<SearchContext> {
  const [executingLevel, targetAudience, ownUnit] = await Promise.all([
    conceptIdByUri(client, FLEMISH_LEVEL, signal),
    conceptIdByUri(client, LOCAL_GOVERNMENT, signal),
    client.get(`bestuurseenheden/${encodeURIComponent(bestuurseenheid)}`, new Query().include('classificatie'), { signal }).then(classificationOf, (error: unknown) => {
      // A bestuur the Loket does not know (a host's wrong `bestuurseenheid`): no default Doelgroep.
      if (error instanceof LoketError && error.status === 404) return undefined;
      throw error;
    }),
  ]);
  return ownUnit ? { executingLevel, targetAudience, ownUnit } : { executingLevel, targetAudience };
}

function classificationOf(document: LoketDocument): FilterConcept | undefined {
  const classification = document.primary?.one('classificatie');
  if (!classification?.resolved) return undefined;
  const id = classification.id === REPRESENTATIVE_ORGAN.classification ? REPRESENTATIVE_ORGAN.unit : classification.id;
  return { id, label: classification.string('label')?.trim() || id };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * One filter's options (components/concept-scheme-filter.js:22-32, store.queryAll):
 * `/concepts?filter[top-concept-schemes][:uri:]=<scheme>&sort=label&page[size]=100`, the next
 * pages while `meta.count` says there are more; sorted again here, as the page does.
 */
export async function loadCodeList(client: LoketClient, filter: FilterName, signal?: AbortSignal): Promise<FilterConcept[]> {
  const query = new Query().uri(FILTER_SCHEMES[filter], 'top-concept-schemes').sort('label');
  const { items } = await client.getAll('concepts', query, (view) => ({ id: view.id, label: view.string('label')?.trim() || view.id }), { signal, pageSize: 100 });
  return items.sort((a, b) => collator.compare(a.label, b.label));
}

/** The words of a query as a simple query string: every word, the last one also as a prefix (as-you-type). */
export function simpleQueryString(query: string): string {
  const words = query.match(WORD) ?? [];
  return words.map((word, index) => (index === words.length - 1 ? `${word}*` : word)).join(' ');
}

export interface SearchRequest {
  query: string;
  /** Concept ids per filter; an empty or absent list sends no filter. */
  filters: Partial<Record<FilterName, readonly string[]>>;
  sort: SortName | 'modified';
  page: number;
  size: number;
  /** Ask mu-search to mark what it found (`highlight[:fields:]`). */
  highlight?: boolean;
}

/**
 * `GET /public-services/search` as utils/mu-search.js builds it (routes/search.js:57-128), in its
 * order: paging, `count=exact`, the page's fixed filters (Flemish level, local governments, not
 * archived, not ended, published), the text, then the chosen filters and the sort.
 */
export function searchParams(context: SearchContext, request: SearchRequest, now = new Date()): URLSearchParams {
  const params = new URLSearchParams({
    'page[size]': String(request.size),
    'page[number]': String(request.page),
    count: 'exact',
    'filter[executingAuthorityLevels.uuid]': context.executingLevel,
    'filter[targetAudiences.uuid]': context.targetAudience,
    'filter[isArchived]': 'false',
    'filter[:gte:filterEndDate]': now.toISOString(),
    'filter[:has:datePublished]': 't',
    [`filter[:sqs:${SEARCH_FIELDS}]`]: simpleQueryString(request.query) || '*',
  });
  for (const name of ['Thema', 'Aanbieder', 'Type', 'Doelgroep'] as const) {
    const ids = request.filters[name];
    if (ids?.length) params.append(`filter[${FILTER_FIELDS[name]}]`, ids.join(','));
  }
  if (request.sort !== 'score') params.append(...SORTS[request.sort]);
  if (request.highlight) params.append('highlight[:fields:]', 'name.nl,description.nl');
  return params;
}

/** A hit with what mu-search marked in it, as text parts (never HTML). */
export interface ServerHit {
  service: PublicService;
  name?: TextPart[];
  summary?: TextPart[];
}

export interface ServerPage {
  hits: ServerHit[];
  count: number;
  /** Hits the finder could not read (no id or name). */
  skipped: number;
}

/**
 * An Elasticsearch highlight fragment (`<em>`-marked, from HTML for the description) as text parts:
 * tags dropped, entities decoded, the `<em>` runs marked.
 */
export function fragmentParts(fragment: string): TextPart[] {
  const parts: TextPart[] = [];
  let match = false;
  for (const piece of fragment.split(/(<\/?em>)/i)) {
    if (/^<em>$/i.test(piece)) match = true;
    else if (/^<\/em>$/i.test(piece)) match = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>?/g, ' ')).replace(/\s+/g, ' ');
      if (text) parts.push({ text, match });
    }
  }
  if (parts[0]) parts[0].text = parts[0].text.trimStart();
  const last = parts.at(-1);
  if (last) last.text = last.text.trimEnd();
  return parts.filter((part) => part.text);
}

function highlightOf(hit: Record<string, unknown>, field: string): TextPart[] | undefined {
  const highlight = hit['highlight'];
  const fragments = highlight && typeof highlight === 'object' ? (highlight as Record<string, unknown>)[field] : undefined;
  const first = Array.isArray(fragments) ? fragments.find((fragment): fragment is string => typeof fragment === 'string') : undefined;
  const parts = first === undefined ? [] : fragmentParts(first);
  return parts.some((part) => part.match) ? parts : undefined;
}

/** One page of the search; `count` is mu-search's top-level count (there is no `meta`). */
export async function searchServices(client: LoketClient, context: SearchContext, request: SearchRequest, options: { signal?: AbortSignal; lang: string }): Promise<ServerPage> {
  const document = await client.get('public-services/search', searchParams(context, request), options);
  const raw = document.raw as { count?: unknown; data: unknown };
  const data = Array.isArray(raw.data) ? (raw.data as Record<string, unknown>[]) : [];
  const hits: ServerHit[] = [];
  for (const hit of data) {
    const service = serviceFromHit(hit, options.lang);
    if (!service) continue;
    const name = highlightOf(hit, 'name.nl');
    const summary = highlightOf(hit, 'description.nl');
    hits.push({
      service,
      // A name longer than a fragment comes back cut: then the name is marked by the query's words.
      ...(name && name.map((part) => part.text).join('') === service.name ? { name } : {}),
      ...(summary ? { summary } : {}),
    });
  }
  const count = typeof raw.count === 'number' && Number.isInteger(raw.count) && raw.count >= 0 ? raw.count : hits.length;
  return { hits, count, skipped: data.length - hits.length };
}

/** routes/search/product.js:16-30: the detail panel's read. */
export const DETAIL_INCLUDES = ['type', 'thematic-areas', 'competent-authority', 'relevant-administrative-units', 'websites', 'procedures.websites'];

export async function loadServiceDetail(client: LoketClient, id: string, options: { signal?: AbortSignal; lang: string }): Promise<ServiceDetail> {
  const document = await client.get(`public-services/${encodeURIComponent(id)}`, new Query().include(...DETAIL_INCLUDES), options);
  const view = document.primary;
  if (!view) throw new LoketError('bad-response', { message: `No public service ${id}` });
  return detailFromView(view);
}
