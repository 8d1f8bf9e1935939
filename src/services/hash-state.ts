import type { FacetScheme } from '../api/services.js';
import type { FacetSelection } from './facets.js';

/** A search as it is shared in a link: the query and the selected facet codes. */
export interface FinderState {
  query: string;
  facets: FacetSelection;
}

/** Short Dutch keys in the hash: `#zoek=premie&thema=BouwenWonen,MilieuEnergie`. */
const QUERY_KEY = 'zoek';
const FACET_KEYS: Record<FacetScheme, string> = {
  Thema: 'thema',
  Type: 'type',
  Doelgroep: 'doelgroep',
  BevoegdBestuursniveau: 'niveau',
};

const CODE = /^[\w-]{1,100}$/;

function params(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

/** Reads our keys from a location hash; anything malformed is ignored, never thrown. */
export function readHashState(hash: string): FinderState {
  const source = params(hash);
  const facets: FacetSelection = {};
  for (const [scheme, key] of Object.entries(FACET_KEYS) as [FacetScheme, string][]) {
    const codes = (source.get(key) ?? '').split(',').filter((code) => CODE.test(code));
    if (codes.length) facets[scheme] = [...new Set(codes)];
  }
  return { query: (source.get(QUERY_KEY) ?? '').slice(0, 200), facets };
}

/** Writes our keys into a hash, keeping the host's own keys. Answers the new hash without `#`. */
export function writeHashState(hash: string, state: FinderState): string {
  const target = params(hash);
  if (state.query.trim()) target.set(QUERY_KEY, state.query);
  else target.delete(QUERY_KEY);
  for (const [scheme, key] of Object.entries(FACET_KEYS) as [FacetScheme, string][]) {
    const codes = state.facets[scheme] ?? [];
    if (codes.length) target.set(key, codes.join(','));
    else target.delete(key);
  }
  // Commas are safe in a fragment and keep shared links readable.
  return target.toString().replace(/%2C/gi, ',');
}
