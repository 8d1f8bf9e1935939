import type { FilterName } from '../api/services.js';
import type { FilterSelection } from './facets.js';

/** A search as it is shared in a link: the query and the selected filter concepts (their ids). */
export interface FinderState {
  query: string;
  filters: FilterSelection;
}

/**
 * Short Dutch keys in the hash: `#zoek=premie&thema=<id>,<id>`. Ids, as the real page's query
 * parameters (`themes`, `types`, `authorities`, `administrativeUnits`). `doelgroep` absent is the
 * default (the user's own kind of bestuur); `doelgroep=` (empty) is "every kind".
 */
const QUERY_KEY = 'zoek';
const FILTER_KEYS: Record<FilterName, string> = {
  Doelgroep: 'doelgroep',
  Thema: 'thema',
  Type: 'type',
  Aanbieder: 'aanbieder',
};

const ID = /^[\w-]{1,100}$/;

function params(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

/** Reads our keys from a location hash; anything malformed is ignored, never thrown. */
export function readHashState(hash: string): FinderState {
  const source = params(hash);
  const filters: FilterSelection = {};
  for (const [name, key] of Object.entries(FILTER_KEYS) as [FilterName, string][]) {
    const raw = source.get(key);
    if (raw === null) continue;
    const ids = raw.split(',').filter((id) => ID.test(id));
    if (ids.length || (name === 'Doelgroep' && raw === '')) filters[name] = [...new Set(ids)];
  }
  return { query: (source.get(QUERY_KEY) ?? '').slice(0, 200), filters };
}

/** Writes our keys into a hash, keeping the host's own keys. Answers the new hash without `#`. */
export function writeHashState(hash: string, state: FinderState): string {
  const target = params(hash);
  if (state.query.trim()) target.set(QUERY_KEY, state.query);
  else target.delete(QUERY_KEY);
  for (const [name, key] of Object.entries(FILTER_KEYS) as [FilterName, string][]) {
    const ids = state.filters[name];
    if (ids?.length || (name === 'Doelgroep' && ids)) target.set(key, (ids ?? []).join(','));
    else target.delete(key);
  }
  // Commas are safe in a fragment and keep shared links readable.
  return target.toString().replace(/%2C/gi, ',');
}

/** The filters as a link carries them: none of a filter's concepts is no key, except for Doelgroep ("every kind"). */
function compact(filters: FilterSelection): FilterSelection {
  return Object.fromEntries(Object.entries(filters).filter(([name, ids]) => ids.length > 0 || name === 'Doelgroep'));
}

/** The search in `location.hash`, unless it is the one shown (`current`): then undefined. */
export function changedHashState(current: FinderState): FinderState | undefined {
  const state = readHashState(location.hash);
  if (state.query === current.query && JSON.stringify(state.filters) === JSON.stringify(compact(current.filters))) return undefined;
  return state;
}

/** Mirrors the search into `location.hash`, keeping the host's own keys. */
export function replaceHashState(state: FinderState): void {
  const hash = writeHashState(location.hash, state);
  if (hash === location.hash.replace(/^#/, '')) return;
  // replaceState: typing must not fill the history with one entry per keystroke.
  history.replaceState(history.state, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
}
