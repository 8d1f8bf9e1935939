import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { CodeConcept, FacetScheme, PublicService } from '../api/services.js';
import { FACET_SCHEMES, type FacetOption, type FacetSelection, type SearchHit, type SearchOutcome } from './facets.js';
import { fold, WORD } from './fold.js';

function facetValues(service: PublicService, scheme: FacetScheme): readonly CodeConcept[] {
  switch (scheme) {
    case 'Thema':
      return service.thematicAreas;
    case 'Type':
      return service.type ? [service.type] : [];
    case 'Doelgroep':
      return service.targetAudiences;
    case 'BevoegdBestuursniveau':
      return service.competentAuthorityLevels;
  }
}

interface IndexedService {
  id: number;
  name: string;
  keywords: string;
  description: string;
}

/** Field boosts: a hit in the name counts most, then the keywords, then the description. */
const BOOST = { name: 5, keywords: 2, description: 1 };

/**
 * Words too common to tell services apart. Leaving them out of the index keeps postings short,
 * which is what keeps a keystroke cheap on a big catalogue.
 */
const STOP_WORDS = new Set(
  'de het een en van in op te ten ter voor met u uw of aan bij om door tot over als die dat deze dit is zijn wordt worden kan kunt er niet ook naar uit dan wat wie hoe wij we je uw'.split(' '),
);

/** How long the index build may hold the main thread at a time. */
const SLICE_MS = 12;

/** Words shorter than this are matched as prefixes of name and keyword words, outside minisearch. */
const SHORT_WORD = 3;

/**
 * Edits tolerated in one word. Fuzzy search visits every index term within that distance, and
 * their number explodes with it: a long word must not cost a keystroke three or four edits' worth.
 */
const MAX_TYPOS = 2;

/**
 * One sub-query per word, all required: each word is completed as a prefix, and typos are
 * tolerated on words of five letters or more (on shorter ones fuzziness matches nearly anything).
 */
function queryFor(words: readonly string[]): Query {
  return {
    combineWith: 'AND',
    // Query words are folded but never dropped: "de" may be the start of "deelgemeente".
    processTerm: fold,
    queries: words.map((word) => ({ queries: [word], prefix: true, fuzzy: word.length >= 5 ? 0.2 : false, maxFuzzy: MAX_TYPOS, boost: BOOST })),
  };
}

/**
 * The in-browser catalogue search. Matching is case- and diacritic-insensitive, prefix and
 * typo tolerant; results are ranked by relevance (name first) and, without a query, listed by
 * name. A word of one or two letters (typically the start of what is being typed) would expand
 * to most of the vocabulary in minisearch; it is matched instead against precomputed prefixes of
 * the name and keyword words, which keeps every keystroke cheap on a catalogue of 10,000. Facet counts follow the query: each facet counts what the query and the other facets'
 * selections leave, so a user sees what choosing a value would give.
 */
export class ServiceIndex {
  readonly size: number;
  readonly #services: PublicService[];
  readonly #search: MiniSearch<IndexedService>;
  readonly #byName: number[];
  /** Per service: folded name and keyword words, stop words left out. */
  readonly #headWords: string[][];
  /** One- and two-letter prefix of a head word → services, in name order. */
  readonly #byPrefix = new Map<string, number[]>();
  readonly #concepts: Record<FacetScheme, CodeConcept[]>;
  /** Per facet, in FACET_SCHEMES order: each service's concept ids, flat (CSR), for cheap counting. */
  readonly #facetIds: FacetIds[];
  /** Hits without matched words, made once: the empty query lists every service. */
  readonly #plainHits: SearchHit[];
  readonly #everything: { position: number; terms: string[] }[];

  /**
   * Builds the index in slices of about one frame, yielding to the browser between them, so
   * loading a catalogue of thousands of services never freezes the page. Sliced by time rather
   * than with minisearch's `addAllAsync`, whose promise chain per fixed chunk costs about as
   * much as the indexing itself.
   */
  static async build(services: readonly PublicService[]): Promise<ServiceIndex> {
    const index = new ServiceIndex(services, true);
    let sliceStart = performance.now();
    for (let position = 0; position < index.size; position++) {
      index.#search.add(toIndexed(index.#services[position]!, position));
      if (position % 64 === 63 && performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve));
        sliceStart = performance.now();
      }
    }
    return index;
  }

  constructor(services: readonly PublicService[], deferred = false) {
    this.#services = services.filter((service) => !service.isArchived);
    this.size = this.#services.length;
    this.#search = new MiniSearch<IndexedService>({
      fields: ['name', 'keywords', 'description'],
      storeFields: [],
      processTerm: (term) => {
        const folded = fold(term);
        return folded.length > 0 && !STOP_WORDS.has(folded) ? folded : null;
      },
    });
    if (!deferred) this.#search.addAll(this.#services.map(toIndexed));
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    this.#byName = this.#services.map((_, position) => position).sort((a, b) => collator.compare(this.#services[a]!.name, this.#services[b]!.name));
    this.#concepts = collectConcepts(this.#services, collator);
    this.#facetIds = FACET_SCHEMES.map((scheme) => facetIdsOf(this.#services, scheme, this.#concepts[scheme]));
    this.#plainHits = this.#services.map((service) => ({ service, terms: [] }));
    this.#everything = this.#byName.map((position) => ({ position, terms: [] }));
    this.#headWords = this.#services.map((service) =>
      [service.name, ...service.keywords].flatMap((text) => (text.match(WORD) ?? []).map(fold).filter((word) => !STOP_WORDS.has(word))),
    );
    for (const position of this.#byName) {
      const prefixes = new Set<string>();
      for (const word of this.#headWords[position]!) for (let length = 1; length < SHORT_WORD; length++) if (word.length >= length) prefixes.add(word.slice(0, length));
      for (const prefix of prefixes) {
        const list = this.#byPrefix.get(prefix);
        if (list) list.push(position);
        else this.#byPrefix.set(prefix, [position]);
      }
    }
  }

  /** Every concept that occurs, per facet, sorted by label. */
  concepts(scheme: FacetScheme): readonly CodeConcept[] {
    return this.#concepts[scheme];
  }

  search(query: string, selection: FacetSelection = {}): SearchOutcome {
    const wanted = FACET_SCHEMES.map((scheme, facet) => {
      const codes = selection[scheme];
      if (!codes?.length) return undefined;
      const mask = new Uint8Array(this.#concepts[scheme].length);
      for (const code of codes) {
        const id = this.#facetIds[facet]!.idOf.get(code);
        if (id !== undefined) mask[id] = 1;
      }
      return mask;
    });
    const counts = FACET_SCHEMES.map((scheme) => new Uint32Array(this.#concepts[scheme].length));
    const hits: SearchHit[] = [];
    for (const match of this.#match(query)) {
      const position = match.position;
      let failedFacet = -1;
      let failures = 0;
      for (let facet = 0; facet < FACET_SCHEMES.length && failures < 2; facet++) {
        const mask = wanted[facet];
        if (!mask) continue;
        const { start, ids } = this.#facetIds[facet]!;
        let passes = false;
        for (let k = start[position]!; k < start[position + 1]! && !passes; k++) passes = mask[ids[k]!] === 1;
        if (!passes) {
          failures++;
          failedFacet = facet;
        }
      }
      if (failures > 1) continue;
      for (let facet = 0; facet < FACET_SCHEMES.length; facet++) {
        if (failures === 1 && facet !== failedFacet) continue;
        const { start, ids } = this.#facetIds[facet]!;
        const tally = counts[facet]!;
        for (let k = start[position]!; k < start[position + 1]!; k++) tally[ids[k]!]!++;
      }
      if (failures === 0) hits.push(match.terms.length ? { service: this.#services[position]!, terms: match.terms } : this.#plainHits[position]!);
    }
    const facets = {} as Record<FacetScheme, FacetOption[]>;
    FACET_SCHEMES.forEach((scheme, facet) => {
      facets[scheme] = this.#concepts[scheme].map((concept, id) => ({ concept, count: counts[facet]![id]! }));
    });
    return { hits, facets };
  }

  /** Close terms for a query that found nothing: whole-query suggestions from the index. */
  suggest(query: string, limit = 3): string[] {
    const asked = fold(query.trim());
    if (asked === '') return [];
    const suggestions = this.#search.autoSuggest(query, { fuzzy: 0.34, prefix: true, combineWith: 'OR', boost: BOOST });
    const out: string[] = [];
    for (const { suggestion } of suggestions) {
      if (suggestion !== asked && !out.includes(suggestion)) out.push(suggestion);
      if (out.length === limit) break;
    }
    return out;
  }

  #match(query: string): { position: number; terms: string[] }[] {
    const words = (query.match(WORD) ?? []).map(fold).filter((word, index, all) => index === all.length - 1 || !STOP_WORDS.has(word));
    if (words.length === 0) return this.#everything;
    const long = words.filter((word) => word.length >= SHORT_WORD);
    const short = words.filter((word) => word.length < SHORT_WORD);
    const candidates = long.length
      ? nameHitsFirst(this.#search.search(queryFor(long)))
      : (this.#byPrefix.get(short[0]!) ?? []).map((position) => ({ position, terms: [] as string[] }));
    if (short.length === 0) return candidates;
    return candidates.flatMap(({ position, terms }) => {
      const head = this.#headWords[position]!;
      const completed: string[] = [];
      for (const prefix of short) {
        const found = head.filter((word) => word.startsWith(prefix));
        if (found.length === 0) return [];
        completed.push(...found);
      }
      return [{ position, terms: [...terms, ...completed] }];
    });
  }
}

/**
 * Relevance order, except that services with more query words in their *name* come first. BM25
 * alone weighs a word by its rarity per field, so "premie" in one service's keywords would beat
 * "Premie" in the names of many; a user searching a word expects the services named so first.
 * Bucketing keeps the relevance order inside each group and costs one pass.
 */
function nameHitsFirst(results: SearchResult[]): { position: number; terms: string[] }[] {
  const buckets: { position: number; terms: string[] }[][] = [];
  for (const result of results) {
    let inName = 0;
    for (const fields of Object.values(result.match)) if (fields.includes('name')) inName++;
    (buckets[inName] ??= []).push({ position: result.id as number, terms: result.terms });
  }
  return buckets.reverse().flatMap((bucket) => bucket ?? []);
}

function toIndexed(service: PublicService, id: number): IndexedService {
  return { id, name: service.name, keywords: service.keywords.join(' '), description: service.descriptionText };
}

interface FacetIds {
  idOf: Map<string, number>;
  /** Service `p` has the ids `ids[start[p]] … ids[start[p + 1] - 1]`. */
  start: Uint32Array;
  ids: Uint16Array;
}

function facetIdsOf(services: readonly PublicService[], scheme: FacetScheme, concepts: readonly CodeConcept[]): FacetIds {
  const idOf = new Map(concepts.map((concept, id) => [concept.code, id]));
  const start = new Uint32Array(services.length + 1);
  const ids: number[] = [];
  services.forEach((service, position) => {
    for (const concept of facetValues(service, scheme)) {
      const id = idOf.get(concept.code);
      if (id !== undefined && !ids.slice(start[position]).includes(id)) ids.push(id);
    }
    start[position + 1] = ids.length;
  });
  return { idOf, start, ids: Uint16Array.from(ids) };
}

function collectConcepts(services: readonly PublicService[], collator: Intl.Collator): Record<FacetScheme, CodeConcept[]> {
  const out = {} as Record<FacetScheme, CodeConcept[]>;
  for (const scheme of FACET_SCHEMES) {
    const byCode = new Map<string, CodeConcept>();
    for (const service of services) for (const concept of facetValues(service, scheme)) if (!byCode.has(concept.code)) byCode.set(concept.code, concept);
    out[scheme] = [...byCode.values()].sort((a, b) => collator.compare(a.label, b.label));
  }
  return out;
}
