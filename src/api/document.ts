import { parseCalendarDate, parseDateTime } from './dates.js';
import { LoketError } from './errors.js';
import { languageStrings, pickLanguage, type LanguageString } from './language-strings.js';
import { isRecord, type JsonApiDocument, type JsonApiResource, type ResourceIdentifier } from './jsonapi-schema.js';

/** The paging links of a list answer, as strings; absent links are left out. */
export interface DocumentLinks {
  self?: string;
  first?: string;
  last?: string;
  prev?: string;
  next?: string;
}

/**
 * A read-only window on one resource of a document, for family modules to map into models.
 *
 * Policy for hostile data: the document's structure was validated at the edge; attribute values
 * are read leniently. An accessor returns `undefined` when the attribute is absent (the server
 * leaves out attributes without a value) *or* has the wrong type (a number where a string
 * belongs, a malformed date). Where a model cannot exist without a value, the mapper calls
 * `required(name, value)`, which throws a 'bad-response' LoketError; `LoketClient.list` leaves such
 * items out and counts them in `skipped`.
 */
export class ResourceView {
  readonly type: string;
  readonly id: string;
  /** false when only the identifier is known: linked, but not in `included`. */
  readonly resolved: boolean;
  readonly #resource: JsonApiResource | undefined;
  readonly #graph: ResourceGraph;

  constructor(identifier: ResourceIdentifier, resource: JsonApiResource | undefined, graph: ResourceGraph) {
    this.type = identifier.type;
    this.id = identifier.id;
    this.resolved = resource !== undefined;
    this.#resource = resource;
    this.#graph = graph;
  }

  /** The RDF subject (`attributes.uri`), which the mandate and status concepts are matched on. */
  get uri(): string | undefined {
    return this.string('uri');
  }

  /** The raw attribute value, for the rare attribute no typed accessor covers. */
  attribute(name: string): unknown {
    return this.#resource?.attributes?.[name];
  }

  string(name: string): string | undefined {
    const value = this.attribute(name);
    return typeof value === 'string' ? value : undefined;
  }

  number(name: string): number | undefined {
    const value = this.attribute(name);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  boolean(name: string): boolean | undefined {
    const value = this.attribute(name);
    return typeof value === 'boolean' ? value : undefined;
  }

  /** A string-set attribute; entries that are not strings are dropped. */
  strings(name: string): string[] | undefined {
    const value = this.attribute(name);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
  }

  /** A `:date` attribute as local midnight of that calendar day. */
  date(name: string): Date | undefined {
    const value = this.attribute(name);
    return typeof value === 'string' ? parseCalendarDate(value) : undefined;
  }

  /** A `:datetime` attribute as an instant. */
  dateTime(name: string): Date | undefined {
    const value = this.attribute(name);
    return typeof value === 'string' ? parseDateTime(value) : undefined;
  }

  /** A language-string set (or plain string) in the reader's language, with fallbacks. */
  langString(name: string, lang: string = this.#graph.lang): string | undefined {
    return pickLanguage(languageStrings(this.attribute(name)), lang);
  }

  /** Every well-formed value of a language-string set, e.g. to index all keywords. */
  langStrings(name: string): LanguageString[] {
    return languageStrings(this.attribute(name));
  }

  /**
   * A has-one relationship: the related view, `null` when the server says there is none, and
   * `undefined` when the relationship was not included (no linkage) or is malformed.
   */
  one(relationship: string): ResourceView | null | undefined {
    const data = this.#linkage(relationship);
    if (data === undefined || Array.isArray(data)) return undefined;
    return data === null ? null : this.#graph.view(data);
  }

  /** A has-many relationship; `undefined` when it was not included. */
  many(relationship: string): ResourceView[] | undefined {
    const data = this.#linkage(relationship);
    if (data === undefined) return undefined;
    if (data === null) return [];
    return (Array.isArray(data) ? data : [data]).map((identifier) => this.#graph.view(identifier));
  }

  /** `links.related` of a relationship, to fetch what was not included. */
  relatedLink(relationship: string): string | undefined {
    const links = this.#resource?.relationships?.[relationship]?.['links'];
    return linkHref(isRecord(links) ? links['related'] : undefined);
  }

  /** Asserts a value a model cannot do without; see the class comment. */
  required<T>(name: string, value: T | undefined | null): T {
    if (value === undefined || value === null) {
      throw new LoketError('bad-response', {
        message: `${this.type}/${this.id} has no usable "${name}"`,
      });
    }
    return value;
  }

  #linkage(relationship: string) {
    const entry = this.#resource?.relationships?.[relationship];
    return entry && 'data' in entry ? entry.data : undefined;
  }
}

/** Lazily built views over data and included, keyed by type and id, shared by one document. */
class ResourceGraph {
  readonly lang: string;
  readonly #resources = new Map<string, JsonApiResource>();
  readonly #views = new Map<string, ResourceView>();

  constructor(document: JsonApiDocument, lang: string) {
    this.lang = lang;
    const primary = document.data === null ? [] : Array.isArray(document.data) ? document.data : [document.data];
    for (const resource of [...primary, ...(document.included ?? [])]) {
      const key = keyOf(resource);
      if (!this.#resources.has(key)) this.#resources.set(key, resource);
    }
  }

  view(identifier: ResourceIdentifier): ResourceView {
    const key = keyOf(identifier);
    let view = this.#views.get(key);
    if (!view) {
      view = new ResourceView(identifier, this.#resources.get(key), this);
      this.#views.set(key, view);
    }
    return view;
  }
}

/** A validated JSON:API document, read for one UI language. */
export class LoketDocument {
  readonly raw: JsonApiDocument;
  readonly #graph: ResourceGraph;

  constructor(raw: JsonApiDocument, lang = 'nl') {
    this.raw = raw;
    this.#graph = new ResourceGraph(raw, lang);
  }

  /** The primary resource of a single-resource answer; null when `data` is null or a list. */
  get primary(): ResourceView | null {
    const data = this.raw.data;
    return data === null || Array.isArray(data) ? null : this.#graph.view(data);
  }

  /** The primary resources of a list answer (a single resource counts as a list of one). */
  get resources(): ResourceView[] {
    const data = this.raw.data;
    if (data === null) return [];
    return (Array.isArray(data) ? data : [data]).map((resource) => this.#graph.view(resource));
  }

  /** `meta.count`: the total number of matches, when the server sent a sane one. */
  get count(): number | undefined {
    const count = this.raw.meta?.['count'];
    return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
  }

  get links(): DocumentLinks {
    const links: DocumentLinks = {};
    for (const name of ['self', 'first', 'last', 'prev', 'next'] as const) {
      const href = linkHref(this.raw.links?.[name]);
      if (href !== undefined) links[name] = href;
    }
    return links;
  }

  /** Looks up any resource of the document, included or primary. */
  find(type: string, id: string): ResourceView | undefined {
    const view = this.#graph.view({ type, id });
    return view.resolved ? view : undefined;
  }
}

/** A link is a string or, in JSON:API 1.1, an object with `href`. */
function linkHref(link: unknown): string | undefined {
  if (typeof link === 'string') return link;
  return isRecord(link) && typeof link['href'] === 'string' ? link['href'] : undefined;
}

function keyOf(identifier: ResourceIdentifier): string {
  return `${identifier.type}\u0000${identifier.id}`;
}
