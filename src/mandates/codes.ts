/**
 * The concepts the list of mandatarissen depends on, by id (each URI ends in it), as Lokaal
 * Mandatenbeheer's frontend knows them: FE app/utils/well-known-ids.js and well-known-uris.js, MS
 * util/constants.ts. The editor decides on these ids and URIs, never on a label: labels change
 * (the publication status "Effectief" became "Niet bekrachtigd" in 2025). What only editing needs
 * (which mandaat has a rangorde, where a fractie is required) is in `mandaat-rules.ts`.
 */
import type { Concept } from '../api/mandates.js';

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
  toegevoegdeSchepen: '59a90e03-4f22-4bb9-8c91-132618db4b38',
} as const;

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
