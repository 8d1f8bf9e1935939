import type { CodeConcept, FacetScheme, PublicService } from '../api/services.js';

/**
 * What the finder needs from a search before the search library is loaded: the facets and the
 * shapes of a result. Kept apart from the index so the first render does not pull minisearch in.
 */

/** The facets, in the order the finder shows them. */
export const FACET_SCHEMES: readonly FacetScheme[] = ['Thema', 'Type', 'Doelgroep', 'BevoegdBestuursniveau'];

/** Selected concept codes per facet. Within a facet codes are ORed, across facets ANDed. */
export type FacetSelection = Partial<Record<FacetScheme, readonly string[]>>;

export interface FacetOption {
  concept: CodeConcept;
  /** Services matching the query and the *other* facets' selections with this value. */
  count: number;
}

export interface SearchHit {
  service: PublicService;
  /** Folded words of the service that matched the query, for highlighting. */
  terms: string[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  facets: Record<FacetScheme, FacetOption[]>;
}
