import type { FilterName, PublicService } from '../api/services.js';

/**
 * What the finder needs from a search before the search code is loaded: the filters and the
 * shapes of a result. Kept apart from the index so the first render does not pull minisearch in.
 */

/** The filters, in the order the real page shows them (Doelgroep first, open). */
export const FILTERS: readonly FilterName[] = ['Doelgroep', 'Thema', 'Type', 'Aanbieder'];

/**
 * Selected concept ids per filter. Within a filter ids are ORed, across filters ANDed.
 * `Doelgroep` absent means the default (the session bestuur's own kind), as the real page's
 * `useDefaultAdminUnitFilter`; an empty list means "every kind".
 */
export type FilterSelection = Partial<Record<FilterName, readonly string[]>>;

/** Relevance, A–Z, newest (the real page's three sorts). */
export type SortName = 'score' | 'name' | 'newest';

export interface SearchHit {
  service: PublicService;
  /** Folded words of the service that matched the query, for highlighting (index mode). */
  terms: string[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Per filter: concept id → services matching the query and the *other* filters' selections. */
  counts: Record<FilterName, Map<string, number>>;
}
