import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { FilterName, PublicService } from '../api/services.js';
import { FILTERS, type FilterSelection, type SearchOutcome, type SortName } from './facets.js';
import { fold, WORD } from './fold.js';

function filterValues(service: PublicService, filter: FilterName): readonly { id: string }[] {
  switch (filter) {
    case 'Doelgroep':
      return service.administrativeUnits;
    case 'Thema':
      return service.themes;
    case 'Type':
      return service.type ? [service.type] : [];
    case 'Aanbieder':
      return service.competentAuthority ? [service.competentAuthority] : [];
  }
}

interface IndexedService {
  id: number;
  name: string;
  themes: string;
  description: string;
}

/** Field boosts as mu-search's on the real page: name^5, description^2, theme labels. */
const BOOST = { name: 5, description: 2, themes: 1 };

/**
 * Words too common to tell services apart. Leaving them out of the index keeps postings short,
 * which is what keeps a keystroke cheap on a big catalogue.
 */
const STOP_WORDS = new Set(
  'de het een en van in op te ten ter voor met u uw of aan bij om door tot over als die dat deze dit is zijn wordt worden kan kunt er niet ook naar uit dan wat wie hoe wij we je uw'.split(' '),
);

/** How long the index build may hold the main thread at a time. */
const SLICE_MS = 12;

/**
 * Words shorter than this are matched as prefixes of name and theme words, outside minisearch: a
 * three-letter start such as "sub" expands in minisearch to every "subsidie…" of thousands of
 * descriptions (17 ms a keystroke at 10,000 services); the fourth letter brings those back.
 */
const SHORT_WORD = 4;

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

interface Match {
  position: number;
  terms: string[];
}

/**
 * The in-browser catalogue search (`mode="index"`). Matching is case- and diacritic-insensitive,
 * prefix and typo tolerant; results are ranked by relevance (name first), by name or newest first.
 * A word of up to three letters (typically the start of what is being typed) would expand to much
 * of the vocabulary in minisearch; it is matched instead against precomputed prefixes of the name
 * and theme words, which keeps every keystroke cheap on a catalogue of 10,000. Filter counts
 * follow the query: each filter counts what the query and the other filters' selections leave, so
 * a user sees what choosing a value would give.
 */
export class ServiceIndex {
  readonly size: number;
  readonly #services: PublicService[];
  readonly #search: MiniSearch<IndexedService>;
  /** Positions in name order and newest first, and each position's rank in them. */
  readonly #byName: number[];
  readonly #byNewest: number[];
  readonly #nameRank: Uint32Array;
  readonly #newestRank: Uint32Array;
  /** Per service: folded name and theme words, stop words left out. */
  readonly #headWords: string[][];
  /** One- and two-letter prefix of a head word → services, in name order. */
  readonly #byPrefix = new Map<string, number[]>();
  /** Per filter, in FILTERS order: each service's concept numbers, flat (CSR), for cheap counting. */
  readonly #filterIds: FilterIds[];
  /** Hits without matched words, made once: the empty query and short prefixes list many services. */
  readonly #plainHits: SearchOutcome['hits'];
  /** The empty query's matches in name and in newest order, made once. */
  readonly #everything: { name: Match[]; newest: Match[] };

  /**
   * Builds the index in slices of about one frame, yielding to the browser between them, so
   * loading a catalogue of thousands of services never freezes the page. Sliced by time rather
   * than with minisearch's `addAllAsync`, whose promise chain per fixed chunk costs about as
   * much as the indexing itself.
   */
  static async build(services: readonly PublicService[], now = new Date()): Promise<ServiceIndex> {
    const index = new ServiceIndex(services, now, true);
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

  /** `now`: a cached catalogue may hold services whose end date has passed since (the page's `:gte:filterEndDate`). */
  constructor(services: readonly PublicService[], now = new Date(), deferred = false) {
    const today = now.toISOString();
    this.#services = services.filter((service) => !service.endDate || service.endDate >= today);
    this.size = this.#services.length;
    this.#search = new MiniSearch<IndexedService>({
      fields: ['name', 'themes', 'description'],
      storeFields: [],
      processTerm: (term) => {
        const folded = fold(term);
        return folded.length > 0 && !STOP_WORDS.has(folded) ? folded : null;
      },
    });
    if (!deferred) this.#search.addAll(this.#services.map(toIndexed));
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    const positions = this.#services.map((_, position) => position);
    this.#byName = [...positions].sort((a, b) => collator.compare(this.#services[a]!.name, this.#services[b]!.name));
    this.#byNewest = [...positions].sort((a, b) => (this.#services[b]!.dateCreated ?? '').localeCompare(this.#services[a]!.dateCreated ?? ''));
    this.#nameRank = ranks(this.#byName);
    this.#newestRank = ranks(this.#byNewest);
    this.#filterIds = FILTERS.map((filter) => filterIdsOf(this.#services, filter));
    this.#plainHits = this.#services.map((service) => ({ service, terms: [] }));
    this.#everything = {
      name: this.#byName.map((position) => ({ position, terms: [] })),
      newest: this.#byNewest.map((position) => ({ position, terms: [] })),
    };
    this.#headWords = this.#services.map((service) =>
      [service.name, ...service.themes.map((theme) => theme.label)].flatMap((text) => (text.match(WORD) ?? []).map(fold).filter((word) => !STOP_WORDS.has(word))),
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

  /**
   * The hits of a query with the filters, in `sort` order (relevance without a query lists by
   * name), and per filter the counts of each concept id.
   */
  search(query: string, selection: FilterSelection = {}, sort: SortName = 'score'): SearchOutcome {
    const wanted = FILTERS.map((filter, f) => {
      const ids = selection[filter];
      if (!ids?.length) return undefined;
      const { idOf, size } = this.#filterIds[f]!;
      const mask = new Uint8Array(size);
      for (const id of ids) {
        const number = idOf.get(id);
        if (number !== undefined) mask[number] = 1;
      }
      return mask;
    });
    const tallies = FILTERS.map((_, f) => new Uint32Array(this.#filterIds[f]!.size));
    const hits: SearchOutcome['hits'] = [];
    for (const match of this.#match(query, sort)) {
      const position = match.position;
      let failedFilter = -1;
      let failures = 0;
      for (let f = 0; f < FILTERS.length && failures < 2; f++) {
        const mask = wanted[f];
        if (!mask) continue;
        const { start, ids } = this.#filterIds[f]!;
        let passes = false;
        for (let k = start[position]!; k < start[position + 1]! && !passes; k++) passes = mask[ids[k]!] === 1;
        if (!passes) {
          failures++;
          failedFilter = f;
        }
      }
      if (failures > 1) continue;
      for (let f = 0; f < FILTERS.length; f++) {
        if (failures === 1 && f !== failedFilter) continue;
        const { start, ids } = this.#filterIds[f]!;
        const tally = tallies[f]!;
        for (let k = start[position]!; k < start[position + 1]!; k++) tally[ids[k]!]!++;
      }
      if (failures === 0) hits.push(match.terms.length ? { service: this.#services[position]!, terms: match.terms } : this.#plainHits[position]!);
    }
    const counts = {} as SearchOutcome['counts'];
    FILTERS.forEach((filter, f) => {
      const byId = new Map<string, number>();
      const { names } = this.#filterIds[f]!;
      tallies[f]!.forEach((count, number) => byId.set(names[number]!, count));
      counts[filter] = byId;
    });
    return { hits, counts };
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

  #match(query: string, sort: SortName): Match[] {
    const words = (query.match(WORD) ?? []).map(fold).filter((word, index, all) => index === all.length - 1 || !STOP_WORDS.has(word));
    if (words.length === 0) return sort === 'newest' ? this.#everything.newest : this.#everything.name;
    const long = words.filter((word) => word.length >= SHORT_WORD);
    const short = words.filter((word) => word.length < SHORT_WORD);
    let candidates: Match[] = long.length
      ? nameHitsFirst(this.#search.search(queryFor(long)))
      : (this.#byPrefix.get(short[0]!) ?? []).map((position) => ({ position, terms: [] as string[] }));
    if (short.length) {
      candidates = candidates.flatMap(({ position, terms }) => {
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
    if (sort === 'score') return candidates;
    const rank = sort === 'name' ? this.#nameRank : this.#newestRank;
    return candidates.sort((a, b) => rank[a.position]! - rank[b.position]!);
  }
}

function ranks(order: readonly number[]): Uint32Array {
  const rank = new Uint32Array(order.length);
  order.forEach((position, index) => (rank[position] = index));
  return rank;
}

/**
 * Relevance order, except that services with more query words in their *name* come first. BM25
 * alone weighs a word by its rarity per field, so "subsidie" in one description would beat
 * "Subsidie" in the names of many; a user searching a word expects the services named so first.
 * Bucketing keeps the relevance order inside each group and costs one pass.
 */
function nameHitsFirst(results: SearchResult[]): Match[] {
  const buckets: Match[][] = [];
  for (const result of results) {
    let inName = 0;
    for (const fields of Object.values(result.match)) if (fields.includes('name')) inName++;
    (buckets[inName] ??= []).push({ position: result.id as number, terms: result.terms });
  }
  return buckets.reverse().flatMap((bucket) => bucket ?? []);
}

function toIndexed(service: PublicService, id: number): IndexedService {
  return { id, name: service.name, themes: service.themes.map((theme) => theme.label).join(' '), description: service.descriptionText };
}

interface FilterIds {
  /** Concept id → its number in this filter. */
  idOf: Map<string, number>;
  /** Number → concept id. */
  names: string[];
  size: number;
  /** Service `p` has the numbers `ids[start[p]] … ids[start[p + 1] - 1]`. */
  start: Uint32Array;
  ids: Uint16Array;
}

function filterIdsOf(services: readonly PublicService[], filter: FilterName): FilterIds {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const start = new Uint32Array(services.length + 1);
  const ids: number[] = [];
  services.forEach((service, position) => {
    for (const { id } of filterValues(service, filter)) {
      let number = idOf.get(id);
      if (number === undefined) {
        number = names.length;
        idOf.set(id, number);
        names.push(id);
      }
      if (!ids.slice(start[position]).includes(number)) ids.push(number);
    }
    start[position + 1] = ids.length;
  });
  return { idOf, names, size: names.length, start, ids: Uint16Array.from(ids) };
}
