/**
 * What Lokaal Mandatenbeheer's frontend decides from a mandaat's bestuursfunctie and a body's
 * classificatie (FE app/models/mandaat.js, utils/is-fractie-selector-required.js,
 * utils/effectief-is-last-publication-status.js): only the editing parts need it.
 */
import type { Mandaat } from '../api/mandates.js';
import { FUNCTIE as BASE } from './codes.js';

/** Bestuursfunctie codes beyond the gemeente's own (FE well-known-uris.js:50-81). */
export const FUNCTIE = {
  ...BASE,
  districtsraadslid: '5ab0e9b8a3b2ca7c5e00001b',
  districtsburgemeester: '5ab0e9b8a3b2ca7c5e00001d',
  districtsschepen: '5ab0e9b8a3b2ca7c5e00001e',
  gedeputeerde: '5ab0e9b8a3b2ca7c5e000020',
  aangewezenBurgemeester: '7b038cc40bba10bec833ecfe6f15bc7a',
} as const;

/** Bestuursorgaan classificaties (FE well-known-uris.js:5-14, 33-48). */
export const ORGAAN = {
  gemeenteraad: '5ab0e9b8a3b2ca7c5e000005',
  college: '5ab0e9b8a3b2ca7c5e000006',
  rmw: '5ab0e9b8a3b2ca7c5e000007',
  vastBureau: '5ab0e9b8a3b2ca7c5e000008',
  bcsd: '5ab0e9b8a3b2ca7c5e000009',
  burgemeester: '4955bd72cd0e4eb895fdbfab08da0284',
  politieraad: '1afce932-53c1-46d8-8aab-90dcc331e67d',
} as const;

const functieOf = (mandaat: Mandaat | undefined) => mandaat?.bestuursfunctie?.id;
const isOneOf = (mandaat: Mandaat | undefined, ids: readonly string[]) => ids.includes(functieOf(mandaat) ?? '');

/** FE models/mandaat.js `isBurgemeester`. */
export const isBurgemeester = (mandaat: Mandaat | undefined): boolean =>
  isOneOf(mandaat, [FUNCTIE.burgemeester, FUNCTIE.aangewezenBurgemeester, FUNCTIE.districtsburgemeester]);

/** FE models/mandaat.js `isSchepen`. */
export const isSchepen = (mandaat: Mandaat | undefined): boolean =>
  isOneOf(mandaat, [FUNCTIE.schepen, FUNCTIE.districtsschepen, FUNCTIE.toegevoegdeSchepen, FUNCTIE.gedeputeerde]);

/**
 * Whether a mandaat has a rangorde: `lmb:withRangorde` where LMB sets it, else FE models/mandaat.js
 * `hasRangorde` (schepenen, and gemeente- and districtsraadsleden).
 */
export function hasRangorde(mandaat: Mandaat | undefined): boolean {
  if (mandaat?.withRangorde !== undefined) return mandaat.withRangorde;
  return isSchepen(mandaat) || isOneOf(mandaat, [FUNCTIE.gemeenteraadslid, FUNCTIE.districtsraadslid]);
}

/** Beleidsdomeinen are for the burgemeester and the schepenen (FE components/mandataris/edit/form.js:133-139). */
export const hasBeleidsdomeinen = (mandaat: Mandaat | undefined): boolean => isBurgemeester(mandaat) || isSchepen(mandaat);

/** `ext:RequiredForBestuursorganen` (FE utils/is-fractie-selector-required.js:1-13). */
export const fractieRequired = (classificatie: string | undefined): boolean =>
  [ORGAAN.gemeenteraad, ORGAAN.college, ORGAAN.burgemeester].includes(classificatie as never);

/** Fractie hidden for the politieraad and the BCSD (same file, 15-26). */
export const fractieHidden = (classificatie: string | undefined): boolean => [ORGAAN.politieraad, ORGAAN.bcsd].includes(classificatie as never);

/**
 * Niet bekrachtigd is the last publication status for a strict burgemeester and in the vast
 * bureau and the raad voor maatschappelijk welzijn (FE utils/effectief-is-last-publication-status.js).
 */
export const effectiefIsLast = (mandaat: Mandaat | undefined, classificatie: string | undefined): boolean =>
  functieOf(mandaat) === FUNCTIE.burgemeester || [ORGAAN.vastBureau, ORGAAN.rmw].includes(classificatie as never);
