/** Concept ids of the OSLO Mandaten code lists the business rules depend on (see LOKET-API.md). */
export const STATUS = {
  effectief: '21063a5b-912c-4241-841c-cc7fb3c73e75',
  waarnemend: 'e1ca6edd-55e1-4288-92a5-53f4cf71946a',
  verhinderd: 'c301248f-0199-45ca-b3e5-4c596731d5fe',
  titelvoerend: 'aacb3fed-b51d-4e0b-a411-f3fa641da1b3',
} as const;

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
