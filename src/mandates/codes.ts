/**
 * The concepts Lokaal Mandatenbeheer's rules depend on, by id (each URI ends in it), as its
 * frontend knows them: FE app/utils/well-known-ids.js and well-known-uris.js, MS util/constants.ts.
 * The editor decides on these ids and URIs, never on a label: labels change (the publication
 * status "Effectief" became "Niet bekrachtigd" in 2025).
 */
import type { Concept, Mandaat } from '../api/mandates.js';

export const STATUS = {
  effectief: '21063a5b-912c-4241-841c-cc7fb3c73e75',
  waarnemend: 'e1ca6edd-55e1-4288-92a5-53f4cf71946a',
  verhinderd: 'c301248f-0199-45ca-b3e5-4c596731d5fe',
  titelvoerend: 'aacb3fed-b51d-4e0b-a411-f3fa641da1b3',
} as const;

/** `/mandataris-publication-status-codes` (APP migration 2024/20240412000000-mandataris-publication-status.sparql). */
export const PUBLICATION = {
  draft: '588ce330-4abb-4448-9776-a17d9305df07',
  nietBekrachtigd: 'd3b12468-3720-4cb0-95b4-6aa2996ab188',
  bekrachtigd: '9d8fd14d-95d0-4f5e-b3a5-a56a126227b6',
} as const;
export type PublicationKind = keyof typeof PUBLICATION;
export const PUBLICATION_BASE = 'http://data.lblod.info/id/concept/MandatarisPublicationStatusCode/';

/** Which of the three a code is, by its id or its URI (FE models/mandataris-publication-status-code.js). */
export function publicationKind(code: Pick<Concept, 'id' | 'uri'> | undefined): PublicationKind | undefined {
  if (!code) return undefined;
  return (Object.keys(PUBLICATION) as PublicationKind[]).find((kind) => code.id === PUBLICATION[kind] || code.uri === PUBLICATION_BASE + PUBLICATION[kind]);
}

export const FUNCTIE = {
  gemeenteraadslid: '5ab0e9b8a3b2ca7c5e000011',
  voorzitterGemeenteraad: '5ab0e9b8a3b2ca7c5e000012',
  burgemeester: '5ab0e9b8a3b2ca7c5e000013',
  schepen: '5ab0e9b8a3b2ca7c5e000014',
  lidRmw: '5ab0e9b8a3b2ca7c5e000015',
  voorzitterRmw: '5ab0e9b8a3b2ca7c5e000016',
  lidVastBureau: '5ab0e9b8a3b2ca7c5e000017',
  voorzitterVastBureau: '5ab0e9b8a3b2ca7c5e000018',
  districtsraadslid: '5ab0e9b8a3b2ca7c5e00001b',
  districtsburgemeester: '5ab0e9b8a3b2ca7c5e00001d',
  districtsschepen: '5ab0e9b8a3b2ca7c5e00001e',
  gedeputeerde: '5ab0e9b8a3b2ca7c5e000020',
  toegevoegdeSchepen: '59a90e03-4f22-4bb9-8c91-132618db4b38',
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

/** Table order: the functions as a council lists them, unknown functions last. */
const FUNCTIE_ORDER: string[] = [
  FUNCTIE.burgemeester,
  FUNCTIE.voorzitterGemeenteraad,
  FUNCTIE.schepen,
  FUNCTIE.toegevoegdeSchepen,
  FUNCTIE.gemeenteraadslid,
  FUNCTIE.voorzitterRmw,
  FUNCTIE.lidRmw,
  FUNCTIE.voorzitterVastBureau,
  FUNCTIE.lidVastBureau,
];

export function functieRank(functieId: string | undefined): number {
  const index = functieId ? FUNCTIE_ORDER.indexOf(functieId) : -1;
  return index === -1 ? FUNCTIE_ORDER.length : index;
}
