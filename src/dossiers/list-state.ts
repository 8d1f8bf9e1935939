/**
 * Running ("Lopend": Concept), sent ("Afgerond": Verstuurd) or both ("Alle", the Loket's own default:
 * frontend-loket app/routes/supervision/submissions/index.js asks Concept + Verstuurd). Deleted
 * dossiers are in none of them.
 */
export type DossierView = 'lopend' | 'afgerond' | 'alle';
export const DOSSIER_VIEWS: readonly DossierView[] = ['lopend', 'afgerond', 'alle'];

/** Columns the user can sort on; each maps to the sort the real list sends (see query.ts). */
export type DossierSortKey = 'title' | 'status' | 'organ' | 'session' | 'modified' | 'sent' | 'deadline';

/** Which Loket collection the list shows; each is paged by the server on its own. */
export type DossierKind = 'submissions' | 'subsidies';
export type SortDirection = 'ascending' | 'descending';

export interface DossierSort {
  key: DossierSortKey;
  direction: SortDirection;
}

export interface DossierFilters {
  /** Status id (a concept of the status code list); empty: every status of the view. */
  status: string;
  /** Document type id (a concept of "Type dossier"; a subsidy's measure offer); empty: any type. */
  type: string;
  /** Id of the body (not in time) that passed the decision; empty: any. */
  organ: string;
  /** Inclusive calendar days on `modified`, `YYYY-MM-DD` as an `<input type="date">` gives them. */
  from: string;
  to: string;
  /** Free text on the description and the type's label (a subsidy's offer title). */
  text: string;
}

export const NO_FILTERS: DossierFilters = { status: '', type: '', organ: '', from: '', to: '', text: '' };
export const DEFAULT_SORT: DossierSort = { key: 'modified', direction: 'descending' };
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export function hasFilters(filters: DossierFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

/**
 * Clicking a header sorts on it; clicking the sorted header again flips the direction. Dates start
 * newest first, a deadline soonest first, text A to Z.
 */
export function nextSort(current: DossierSort, key: DossierSortKey): DossierSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: ['title', 'status', 'organ', 'deadline'].includes(key) ? 'ascending' : 'descending' };
}

export interface DossierListState {
  view: DossierView;
  filters: DossierFilters;
  sort: DossierSort;
}
