import { query, type Query } from '../api/query.js';
import { parseCalendarDate } from '../api/dates.js';
import { statusKind, viewIncludes } from './status.js';
import type { DossierListState, DossierSortKey } from './list-state.js';
import type { DossierStatus } from '../api/dossiers.js';

const SORT_PATHS: Record<DossierSortKey, { path: string; noCase?: boolean }> = {
  title: { path: 'form-data.description', noCase: true },
  status: { path: 'status.label', noCase: true },
  modified: { path: 'modified' },
  sent: { path: 'sent-date' },
};

/** What every list request embeds: enough to render a row without further requests. */
export const DOSSIER_INCLUDES = [
  'status',
  'form-data.types',
  'form-data.passed-by.is-tijdsspecialisatie-van',
  'last-modifier',
] as const;

/**
 * The view, filters and sort of the list as the Loket's list query (without paging). The view
 * becomes a `:id:` filter on the statuses it covers; a status the user picked narrows it further,
 * but never past the view (a "sent" status in the "Lopend" view matches nothing, as the UI says).
 * Returns `undefined` when the filters cannot match anything, so no request is needed.
 */
export function dossierQuery(state: DossierListState, bestuurseenheid: string, statuses: readonly DossierStatus[]): Query | undefined {
  let q = query().ids([bestuurseenheid], 'organization').include(...DOSSIER_INCLUDES);
  const inView = statuses.filter((status) => viewIncludes(state.view, statusKind(status)));
  const wanted = state.filters.status ? inView.filter((status) => status.id === state.filters.status) : inView;
  if (state.view !== 'alle' || state.filters.status) {
    if (wanted.length === 0) return undefined;
    q = q.ids(wanted.map((status) => status.id), 'status');
  }
  if (state.filters.type) q = q.ids([state.filters.type], 'form-data.types');
  const from = parseCalendarDate(state.filters.from);
  if (from) q = q.gte('modified', from);
  const to = parseCalendarDate(state.filters.to);
  if (to) q = q.lt('modified', new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1));
  const text = state.filters.text.trim();
  if (text) q = q.or((group) => group.contains('form-data.description', text).contains('form-data.types.label', text));
  const sort = SORT_PATHS[state.sort.key];
  q = q.sort(sort.path, state.sort.direction === 'descending' ? 'desc' : 'asc', { noCase: sort.noCase ?? false });
  // A stable tiebreaker, so paging never shows a dossier twice or skips one.
  if (state.sort.key !== 'modified') q = q.sort('modified', 'desc');
  return q;
}
