/** The session as the engine sees it: who is logged in, for which bestuur, with which roles. */
export interface Session {
  id: string;
  accountId: string;
  groupId: string;
  /** `bestuurseenheden` in the Loket's login service; `groups` in the mock login. */
  groupType: string;
  roles: string[];
}

/**
 * Every role a widget of this SDK checks, in the four apps. A default fake session has them all;
 * tests take roles away to see each "no access" state.
 */
export const ALL_ROLES = [
  'LoketLB-toezichtGebruiker',
  'LoketLB-berichtenGebruiker',
  'LoketLB-mandaatGebruiker',
  'LoketLB-LPDCGebruiker',
  'LoketLB-leidinggevendenGebruiker',
  'LoketLB-ContactOrganisatiegegevensGebruiker',
  'SubsidiepuntGebruiker',
  'LoketLB-admin',
] as const;
