import { query, type Query } from '../api/query.js';
import { parseCalendarDate } from '../api/dates.js';
import type { DocumentType } from '../api/dossiers.js';
import type { DossierListState, DossierSortKey, DossierView } from './list-state.js';
import type { KnownStatus } from './status.js';

/**
 * How one collection answers the list's questions, with the parameter names its real list sends
 * (the submissions in src/dossiers/submissions.ts, the subsidy applications in subsidies.ts).
 */
export interface DossierQuerySpec {
  /** Relationship from a dossier to its bestuurseenheid; none: the app's graphs scope the list. */
  owner?: string;
  /** What every list request embeds: enough to render a row without further requests. */
  includes: readonly string[];
  /** The statuses each view shows; `undefined`: every status, and no status filter is sent. */
  views: Readonly<Record<DossierView, readonly KnownStatus[] | undefined>>;
  /** The filter on the statuses wanted (ids; never empty). */
  statusFilter(q: Query, ids: readonly string[]): Query;
  /** The filter on one type (a concept; a subsidy's offer). */
  typeFilter(q: Query, type: DocumentType): Query;
  /** Relationship path to the body (not in time) that passed the decision. */
  organ?: string;
  /** Path of the `modified` the period filters on. */
  modified: string;
  /** Attribute paths the free text searches (any of them). */
  text: readonly string[];
  /** The sort of each sortable column; `:no-case:` in front compares case-insensitively. */
  sorts: Partial<Readonly<Record<DossierSortKey, string>>>;
}

/** Local midnight of a `YYYY-MM-DD` day, plus `days`. */
function dayStart(text: string, days = 0): Date | undefined {
  const day = parseCalendarDate(text);
  return day && new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);
}

/**
 * The view, filters and sort of the list as the collection's list query (without paging). A status
 * the user picked narrows the view's statuses, but never past the view (a "sent" status in the
 * "Lopend" view matches nothing, as the UI then says). Returns `undefined` when the filters cannot
 * match anything, so no request is needed. `types`: the type filter's choices, for a collection
 * that names a type by its URI.
 */
export function dossierQuery(
  state: DossierListState,
  bestuurseenheid: string,
  spec: DossierQuerySpec,
  types: readonly DocumentType[] | null = [],
): Query | undefined {
  let q = query().include(...spec.includes);
  if (spec.owner) q = q.ids([bestuurseenheid], spec.owner);
  const { filters } = state;
  const inView = spec.views[state.view];
  const wanted = inView ? inView.map((status) => status.id).filter((id) => !filters.status || id === filters.status) : filters.status ? [filters.status] : [];
  if (inView && wanted.length === 0) return undefined;
  if (wanted.length) q = spec.statusFilter(q, wanted);
  if (filters.type) q = spec.typeFilter(q, types?.find((candidate) => candidate.id === filters.type) ?? { id: filters.type, label: '' });
  if (filters.organ && spec.organ) q = q.ids([filters.organ], spec.organ);
  // Whole days in local time, as the Loket's date range sends them: from the first day's start to
  // the last day's end (components/supervision/submission-modified-date-range.js).
  const from = dayStart(filters.from);
  if (from) q = q.gte(spec.modified, from.toISOString());
  const to = dayStart(filters.to, 1);
  if (to) q = q.lte(spec.modified, new Date(to.getTime() - 1).toISOString());
  const text = filters.text.trim();
  if (text) q = q.or((group) => spec.text.reduce((g, path) => g.contains(path, text), group));
  const { key, direction } = state.sort;
  const order = direction === 'descending' ? 'desc' : 'asc';
  const sort = spec.sorts[key] ?? 'modified';
  const field = sort.replace(/^:no-case:/, '');
  q = q.sort(field, order, { noCase: field !== sort });
  // A stable tiebreaker, so paging never shows a dossier twice or skips one.
  if (field !== 'modified') q = q.sort('modified', 'desc');
  return q;
}
