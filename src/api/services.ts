/**
 * The Loket's service catalogue ("Digitale dienstverlening"): IPDC services of the Flemish
 * government for local governments (app-digitaal-loket `config/resources/ipdc.lisp`, index
 * `public-service` of `config/search/config.json`). Models and the mapping of what the Loket
 * answers into them.
 *
 * Models are plain JSON (dates as ISO strings) so a whole catalogue can be cached in
 * sessionStorage. URLs are checked here, once: a link in a model is always http(s). The
 * description stays raw HTML in the detail and must go through the sanitiser before it is shown.
 */
import type { ResourceView } from './document.js';
import { languageStrings, pickLanguage, type LanguageString } from './language-strings.js';
import { htmlToText, summarize } from '../services/text.js';
import { safeHttpUrl } from '../safe-url.js';

/** The filters of the real page, in its order (frontend-loket app/templates/search.hbs). */
export type FilterName = 'Doelgroep' | 'Thema' | 'Type' | 'Aanbieder';

/** A concept of one of the filters' code lists. */
export interface FilterConcept {
  /** mu:uuid: what mu-search filters on. */
  id: string;
  label: string;
}

/** One service as a list shows it: from a mu-search hit. */
export interface PublicService {
  /** mu:uuid. */
  id: string;
  /** The snapshot's URI (the bookmark service's `object`). */
  uri?: string;
  name: string;
  /** Plain text of the description: the summary and the local index are made of it. */
  descriptionText: string;
  summary: string;
  /** ISO 8601: the deadline ("Deadline" on the real card). */
  endDate?: string;
  dateCreated?: string;
  dateModified?: string;
  /** The filter concept (Type scheme) the service's IPDC type is narrower of. */
  type?: FilterConcept;
  /** The filter concepts (Thema scheme) its IPDC themes are narrower of. */
  themes: FilterConcept[];
  /** An IPDCOrganisaties concept. */
  competentAuthority?: FilterConcept;
  /** BestuurseenheidClassificatieCode concepts. */
  administrativeUnits: FilterConcept[];
}

export interface ServiceLink {
  title: string;
  /** Always an http(s) URL. */
  url: string;
}

/** What the detail read (`GET /public-services/:id?include=…`) adds to a listed service. */
export interface ServiceDetail {
  id: string;
  name: string;
  descriptionHtml?: string;
  endDate?: string;
  productId?: string;
  competentAuthority?: string;
  administrativeUnits: string[];
  /** The call to action, as the real page picks it (utils/get-public-service-cta.js). */
  cta?: ServiceLink;
  /** Every other website (procedures' first, then the service's), without the call to action's URL. */
  otherWebsites: ServiceLink[];
}

// --- mu-search hits ---------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** mu-search "denumerates" values: none is null, one is the value, more are an array. */
function list(value: unknown): unknown[] {
  return value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A mu-search language string `{ nl: [...], default: [...] }` as language strings. */
function indexedStrings(value: unknown): LanguageString[] {
  if (!isObject(value)) return languageStrings(value);
  return Object.entries(value).flatMap(([language, contents]) =>
    list(contents).flatMap((content) => (typeof content === 'string' ? [language === 'default' ? { content } : { content, language }] : [])),
  );
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function concept(value: unknown): FilterConcept | undefined {
  if (!isObject(value)) return undefined;
  const id = string(value['uuid']);
  const label = list(value['label']).map(string).find(Boolean);
  return id && label ? { id, label } : undefined;
}

function unique(concepts: readonly (FilterConcept | undefined)[]): FilterConcept[] {
  const seen = new Map<string, FilterConcept>();
  for (const item of concepts) if (item && !seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

function isoDate(value: unknown): string | undefined {
  const text = list(value).map(string).find(Boolean);
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function withOptional<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') (target as Json)[key] = value;
  return target;
}

/**
 * One hit of `/public-services/search` (its `attributes` are the indexed document): the type and
 * themes are shown as their broader filter concepts, which the index carries
 * (`type.broader`, `thematicAreas.broader`); the real card reads the same labels with two
 * requests per pill (components/broader-concept-pills.js). Answers undefined for a hit without a
 * usable id or name.
 */
export function serviceFromHit(hit: Json, lang: string): PublicService | undefined {
  const attributes = isObject(hit['attributes']) ? hit['attributes'] : {};
  const id = string(hit['id']);
  const name = pickLanguage(indexedStrings(attributes['name']), lang)?.trim();
  if (!id || !name) return undefined;
  const descriptionHtml = pickLanguage(indexedStrings(attributes['description']), lang) ?? '';
  const descriptionText = htmlToText(descriptionHtml);
  const broader = (value: unknown) => list(value).flatMap((item) => (isObject(item) ? list(item['broader']).map(concept) : []));
  return withOptional<PublicService>(
    {
      id,
      name: htmlToText(name),
      descriptionText,
      summary: summarize(descriptionText),
      themes: unique(broader(attributes['thematicAreas'])),
      administrativeUnits: unique(list(attributes['relevantAdministrativeUnits']).map(concept)),
    },
    {
      uri: string(attributes['uri']),
      endDate: isoDate(attributes['endDate']),
      dateCreated: isoDate(attributes['dateCreated']),
      dateModified: isoDate(attributes['dateModified']),
      type: unique(broader(attributes['type']))[0],
      competentAuthority: unique(list(attributes['competentAuthority']).map(concept))[0],
    },
  );
}

// --- mu-cl-resources reads --------------------------------------------------------------------

function text(view: ResourceView, name: string): string | undefined {
  return view.langString(name)?.trim() || undefined;
}

function linksOf(views: readonly ResourceView[] | undefined): ServiceLink[] {
  return (views ?? []).flatMap((view) => {
    const url = safeHttpUrl(view.string('url')?.trim());
    return url ? [{ title: text(view, 'title') ?? new URL(url).hostname, url }] : [];
  });
}

/** The procedures' websites, in order, then the service's own (models/public-service.js getAllWebsites). */
export function websitesOf(view: ResourceView): { procedureWebsites: ServiceLink[]; websites: ServiceLink[] } {
  const procedures = (view.many('procedures') ?? []).filter((procedure) => procedure.resolved);
  return { procedureWebsites: procedures.flatMap((procedure) => linksOf(procedure.many('websites'))), websites: linksOf(view.many('websites')) };
}

/**
 * The call to action as the real page picks it (utils/get-public-service-cta.js): the first
 * website of the first procedure that has one, else the service's first website.
 */
export function callToAction(view: ResourceView): ServiceLink | undefined {
  const procedures = (view.many('procedures') ?? []).filter((procedure) => procedure.resolved);
  for (const procedure of procedures) {
    const first = linksOf(procedure.many('websites'))[0];
    if (first) return first;
  }
  return linksOf(view.many('websites'))[0];
}

/** `GET /public-services/:id?include=type,thematic-areas,competent-authority,relevant-administrative-units,websites,procedures.websites`. */
export function detailFromView(view: ResourceView): ServiceDetail {
  const name = view.required('name', text(view, 'name'));
  const cta = callToAction(view);
  const { procedureWebsites, websites } = websitesOf(view);
  const authority = view.one('competent-authority');
  return withOptional<ServiceDetail>(
    {
      id: view.id,
      name: htmlToText(name),
      administrativeUnits: (view.many('relevant-administrative-units') ?? []).flatMap((unit) => unit.string('label')?.trim() || []),
      // routes/search/product.js: the other websites leave out the call to action's URL.
      otherWebsites: [...procedureWebsites, ...websites].filter((link, index, all) => link.url !== cta?.url && all.findIndex((other) => other.url === link.url) === index),
    },
    {
      cta,
      descriptionHtml: text(view, 'description'),
      endDate: view.dateTime('end-date')?.toISOString(),
      productId: view.string('product-id'),
      competentAuthority: authority ? authority.string('label')?.trim() : undefined,
    },
  );
}

/** A bookmarked service as the favourites list shows it (`/public-services?filter[:uri:]=…`). */
export interface BookmarkedService {
  id: string;
  uri: string;
  name: string;
  cta?: ServiceLink;
}

export function bookmarkedFromView(view: ResourceView): BookmarkedService {
  const name = view.required('name', text(view, 'name'));
  return withOptional<BookmarkedService>({ id: view.id, uri: view.required('uri', view.uri), name: htmlToText(name) }, { cta: callToAction(view) });
}
