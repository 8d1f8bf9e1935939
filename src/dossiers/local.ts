import { parseCalendarDate } from '../api/dates.js';
import { dossierTitle, type DocumentType, type Dossier, type DossierStatus, type Organ } from '../api/dossiers.js';
import type { DossierListState } from './list-state.js';
import type { DossierOptions, DossierSource } from './source.js';
import { statusOption, viewIncludes } from './status.js';

/**
 * The list's view, filters and sort applied in memory, for hosts that hand the widget dossiers they
 * already hold. Same meaning as the server query (query.ts): contains is case-insensitive, the
 * period is inclusive calendar days on `modified`, a missing value sorts before any value.
 */
export function filterAndSortDossiers(dossiers: readonly Dossier[], state: DossierListState): Dossier[] {
  const { filters } = state;
  const from = parseCalendarDate(filters.from)?.getTime();
  const toDay = parseCalendarDate(filters.to);
  const to = toDay && new Date(toDay.getFullYear(), toDay.getMonth(), toDay.getDate() + 1).getTime();
  const needle = filters.text.trim().toLowerCase();
  const matches = dossiers.filter((dossier) => {
    if (!viewIncludes(state.view, dossier.statusKind)) return false;
    if (filters.status && dossier.status?.id !== filters.status) return false;
    if (filters.type && !dossier.types.some((type) => type.id === filters.type)) return false;
    if (filters.organ && dossier.organ !== filters.organ) return false;
    const modified = dossier.modified?.getTime();
    if (from !== undefined && (modified === undefined || modified < from)) return false;
    if (to !== undefined && (modified === undefined || modified >= to)) return false;
    if (needle) {
      const haystack = [dossier.description ?? '', ...dossier.types.map((type) => type.label)];
      if (!haystack.some((text) => text.toLowerCase().includes(needle))) return false;
    }
    return true;
  });
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const value = (dossier: Dossier): string | number | undefined => {
    switch (state.sort.key) {
      case 'title':
        return dossierTitle(dossier) || undefined;
      case 'status':
        return dossier.status?.label;
      case 'organ':
        return dossier.organ;
      case 'sent':
        return dossier.sentDate?.getTime();
      case 'session':
      case 'deadline':
      case 'modified':
        return dossier[state.sort.key]?.getTime();
    }
  };
  const sign = state.sort.direction === 'descending' ? -1 : 1;
  const keyed = matches.map((dossier) => ({ dossier, key: value(dossier) }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return 0;
    if (a.key === undefined) return -sign;
    if (b.key === undefined) return sign;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return sign * order;
  });
  return keyed.map((entry) => entry.dossier);
}

/** The statuses, types and bodies (by name) that occur in a set of dossiers, for the filter choices. */
export function optionsOf(dossiers: readonly Dossier[]): DossierOptions {
  const statuses = new Map<string, DossierStatus>();
  const types = new Map<string, DocumentType>();
  const organs = new Map<string, Organ>();
  for (const dossier of dossiers) {
    if (dossier.status && !statuses.has(dossier.status.id)) statuses.set(dossier.status.id, dossier.status);
    for (const type of dossier.types) if (!types.has(type.id)) types.set(type.id, type);
    if (dossier.organ) organs.set(dossier.organ, { id: dossier.organ, label: dossier.organ });
  }
  const byLabel = (a: { label?: string }, b: { label?: string }) => (a.label ?? '').localeCompare(b.label ?? '', 'nl');
  return {
    statuses: [...statuses.values()].sort(byLabel).map(statusOption),
    types: [...types.values()].sort(byLabel),
    organs: [...organs.values()].sort(byLabel),
    failures: [],
  };
}

export function memorySource(dossiers: readonly Dossier[]): DossierSource {
  let cache: { state: DossierListState; result: Dossier[] } | undefined;
  let options: DossierOptions | undefined;
  // Paging through the same filters must not filter and sort 10,000 dossiers again per page.
  const matching = (state: DossierListState): Dossier[] => {
    if (cache?.state !== state) cache = { state, result: filterAndSortDossiers(dossiers, state) };
    return cache.result;
  };
  return {
    options: async () => (options ??= optionsOf(dossiers)),
    page: async (state, number, size) => {
      const result = matching(state);
      return { items: result.slice(number * size, (number + 1) * size), count: result.length };
    },
    all: async (state) => matching(state),
  };
}
