/**
 * The public service catalogue (IPDC/LPDC `public-services`): models, mapping and reads.
 *
 * Models are plain JSON (dates as ISO strings) so a whole catalogue can be cached in
 * sessionStorage. URLs are checked here, once: a link in a model is always http(s). HTML fields
 * stay raw HTML and must go through the sanitiser before they are shown.
 */
import type { LoketClient } from './client.js';
import type { ResourceView } from './document.js';
import { Query } from './query.js';
import { htmlToText, summarize } from '../services/text.js';
import { safeHttpUrl } from '../safe-url.js';

/** The code lists the finder facets on, by their concept-scheme name in the product catalogue. */
export type FacetScheme = 'Thema' | 'Type' | 'Doelgroep' | 'BevoegdBestuursniveau';

export interface CodeConcept {
  id: string;
  uri: string;
  /** Last path segment of the URI, e.g. `BouwenWonen`: short and stable, used in the URL hash. */
  code: string;
  /** The concept-scheme segment of the URI, e.g. `Thema`. */
  scheme: string;
  label: string;
}

export interface ServiceLink {
  title: string;
  /** Always an http(s) URL. */
  url: string;
}

export interface ServiceProcedure {
  title: string;
  descriptionHtml?: string;
  websites: ServiceLink[];
}

export interface ServiceCost {
  title: string;
  descriptionHtml?: string;
}

export interface ServiceContact {
  email?: string;
  telephone?: string;
  /** Always an http(s) URL. */
  url?: string;
  openingHours?: string;
}

export interface PublicService {
  id: string;
  uri?: string;
  name: string;
  /** Plain text, for result lists and the search index. */
  summary: string;
  descriptionText: string;
  descriptionHtml?: string;
  additionalDescription?: string;
  keywords: string[];
  regulationsHtml?: string;
  exceptionsHtml?: string;
  /** ISO 8601. */
  dateModified?: string;
  isArchived: boolean;
  productId?: string;
  type?: CodeConcept;
  thematicAreas: CodeConcept[];
  targetAudiences: CodeConcept[];
  competentAuthorityLevels: CodeConcept[];
  executingAuthorityLevels: CodeConcept[];
  competentAuthorities: string[];
  websites: ServiceLink[];
  procedures: ServiceProcedure[];
  costs: ServiceCost[];
  contacts: ServiceContact[];
}

/** Everything a list row and its expansion show, in one request per page. */
export const SERVICE_INCLUDES = [
  'type',
  'thematic-areas',
  'target-audiences',
  'competent-authority-levels',
  'executing-authority-levels',
  'competent-authority',
  'websites',
  'procedures',
  'procedures.websites',
  'costs',
  'contact-points',
] as const;

export function conceptFromView(view: ResourceView): CodeConcept | undefined {
  const uri = view.uri;
  if (!view.resolved || !uri) return undefined;
  const segments = uri.replace(/\/+$/, '').split('/');
  const code = segments.at(-1) ?? '';
  const scheme = segments.at(-2) ?? '';
  const label = view.string('label')?.trim() || view.langString('label')?.trim() || code;
  return code ? { id: view.id, uri, code, scheme, label } : undefined;
}

function concepts(views: ResourceView[] | undefined): CodeConcept[] {
  return (views ?? []).flatMap((view) => conceptFromView(view) ?? []);
}

function text(view: ResourceView, name: string): string | undefined {
  return view.langString(name)?.trim() || undefined;
}

function linksFrom(views: ResourceView[] | undefined): ServiceLink[] {
  return (views ?? []).flatMap((view) => {
    const url = safeHttpUrl(view.string('url'));
    return url ? [{ title: text(view, 'title') ?? new URL(url).hostname, url }] : [];
  });
}

function withOptional<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') (target as Record<string, unknown>)[key] = value;
  return target;
}

export function serviceFromView(view: ResourceView): PublicService {
  const name = view.required('name', text(view, 'name'));
  const descriptionHtml = text(view, 'description');
  const descriptionText = descriptionHtml ? htmlToText(descriptionHtml) : '';
  const typeView = view.one('type');
  const service: PublicService = {
    id: view.id,
    name: htmlToText(name),
    summary: summarize(descriptionText),
    descriptionText,
    keywords: view.langStrings('keyword').map((entry) => entry.content.trim()).filter(Boolean),
    isArchived: view.boolean('is-archived') ?? false,
    thematicAreas: concepts(view.many('thematic-areas')),
    targetAudiences: concepts(view.many('target-audiences')),
    competentAuthorityLevels: concepts(view.many('competent-authority-levels')),
    executingAuthorityLevels: concepts(view.many('executing-authority-levels')),
    competentAuthorities: (view.many('competent-authority') ?? []).flatMap((bestuur) => bestuur.string('naam')?.trim() || []),
    websites: linksFrom(view.many('websites')),
    procedures: (view.many('procedures') ?? [])
      .filter((procedure) => procedure.resolved)
      .map((procedure) =>
        withOptional<ServiceProcedure>(
          { title: text(procedure, 'title') ?? '', websites: linksFrom(procedure.many('websites')) },
          { descriptionHtml: text(procedure, 'description') },
        ),
      ),
    costs: (view.many('costs') ?? [])
      .filter((cost) => cost.resolved)
      .map((cost) => withOptional<ServiceCost>({ title: text(cost, 'title') ?? '' }, { descriptionHtml: text(cost, 'description') })),
    contacts: (view.many('contact-points') ?? [])
      .filter((contact) => contact.resolved)
      .map((contact) =>
        withOptional<ServiceContact>(
          {},
          {
            email: contact.string('email')?.trim(),
            telephone: contact.string('telephone')?.trim(),
            url: safeHttpUrl(contact.string('url')),
            openingHours: contact.string('opening-hours')?.trim(),
          },
        ),
      )
      .filter((contact) => Object.keys(contact).length > 0),
  };
  return withOptional(service, {
    uri: view.uri,
    descriptionHtml,
    additionalDescription: text(view, 'additional-description'),
    regulationsHtml: text(view, 'regulations'),
    exceptionsHtml: text(view, 'exceptions'),
    dateModified: view.dateTime('date-modified')?.toISOString(),
    productId: view.string('product-id'),
    type: typeView ? conceptFromView(typeView) : undefined,
  });
}

function catalogueQuery(bestuurseenheid: string): Query {
  return new Query().ids([bestuurseenheid], 'created-by');
}

export interface Catalogue {
  services: PublicService[];
  /** Services the Loket sent in an unusable shape (left out). */
  skipped: number;
  stamp: CatalogueStamp;
}

/** The bestuur's whole catalogue, every page, with everything a row and its expansion show. */
export async function loadCatalogue(client: LoketClient, bestuurseenheid: string, signal?: AbortSignal): Promise<Catalogue> {
  const query = catalogueQuery(bestuurseenheid).include(...SERVICE_INCLUDES).sort('date-modified', 'desc');
  const { items, skipped, count } = await client.getAll('public-services', query, serviceFromView, { signal, pageSize: 100 });
  return { services: items, skipped, stamp: stampOf(items, count ?? items.length + skipped) };
}

/** What changes when the catalogue changes: its size and its latest modification. */
export interface CatalogueStamp {
  count: number;
  latestModified?: string;
}

function stampOf(services: readonly PublicService[], count: number): CatalogueStamp {
  let latest: string | undefined;
  for (const service of services) if (service.dateModified && (!latest || service.dateModified > latest)) latest = service.dateModified;
  return withOptional<CatalogueStamp>({ count }, { latestModified: latest });
}

/** A one-row read to decide whether a cached catalogue is still current. */
export async function catalogueStamp(client: LoketClient, bestuurseenheid: string, signal?: AbortSignal): Promise<CatalogueStamp> {
  const query = catalogueQuery(bestuurseenheid).sort('date-modified', 'desc').fields('public-services', ['date-modified']).page(0, 1);
  const page = await client.list('public-services', query, (view) => view.dateTime('date-modified')?.toISOString(), { signal });
  return withOptional<CatalogueStamp>({ count: page.count ?? -1 }, { latestModified: page.items[0] });
}
