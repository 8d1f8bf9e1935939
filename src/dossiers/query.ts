import { query, type Query } from '../api/query.js';
import { parseCalendarDate } from '../api/dates.js';
import { statusKind, viewIncludes } from './status.js';
import type { DossierListState, DossierSortKey } from './list-state.js';
import type { DossierStatus } from '../api/dossiers.js';

/** How one Loket collection answers the list's questions: paths for owner, type, text and title. */
export interface DossierQuerySpec {
  /** Relationship path from a dossier to its bestuurseenheid. */
  owner: string;
  /** What every list request embeds: enough to render a row without further requests. */
  includes: readonly string[];
  /** Relationship path of the type filter. */
  type: string;
  /** Attribute paths the free text searches. */
  text: readonly string[];
  /** Attribute path the title column sorts on. */
  title: string;
}

export const SUBMISSION_QUERY: DossierQuerySpec = {
  owner: 'organization',
  includes: ['status', 'form-data.types', 'form-data.passed-by.is-tijdsspecialisatie-van', 'last-modifier'],
  type: 'form-data.types',
  text: ['form-data.description', 'form-data.types.label'],
  title: 'form-data.description',
};

const SORT_PATHS: Record<Exclude<DossierSortKey, 'title'>, string> = {
  status: 'status.label',
  modified: 'modified',
  sent: 'sent-date',
  created: 'created',
};

/**
 * The view, filters and sort of the list as the Loket's list query (without paging). The view
 * becomes a `:id:` filter on the statuses it covers; a status the user picked narrows it further,
 * but never past the view (a "sent" status in the "Lopend" view matches nothing, as the UI says).
 * Returns `undefined` when the filters cannot match anything, so no request is needed.
 */
export function dossierQuery(
  state: DossierListState,
  bestuurseenheid: string,
  statuses: readonly DossierStatus[],
  spec: DossierQuerySpec = SUBMISSION_QUERY,
): Query | undefined {
  let q = query().ids([bestuurseenheid], spec.owner).include(...spec.includes);
  const inView = statuses.filter((status) => viewIncludes(state.view, statusKind(status)));
  const wanted = state.filters.status ? inView.filter((status) => status.id === state.filters.status) : inView;
  if (state.view !== 'alle' || state.filters.status) {
    if (wanted.length === 0) return undefined;
    q = q.ids(wanted.map((status) => status.id), 'status');
  }
  if (state.filters.type) q = q.ids([state.filters.type], spec.type);
  const from = parseCalendarDate(state.filters.from);
  if (from) q = q.gte('modified', from);
  const to = parseCalendarDate(state.filters.to);
  if (to) q = q.lt('modified', new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1));
  const text = state.filters.text.trim();
  if (text) q = q.or((group) => spec.text.reduce((g, path) => g.contains(path, text), group));
  const { key, direction } = state.sort;
  q = q.sort(key === 'title' ? spec.title : SORT_PATHS[key], direction === 'descending' ? 'desc' : 'asc', {
    noCase: key === 'title' || key === 'status',
  });
  // A stable tiebreaker, so paging never shows a dossier twice or skips one.
  if (key !== 'modified') q = q.sort('modified', 'desc');
  return q;
}
