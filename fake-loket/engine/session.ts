/** The session as the engine sees it: who is logged in, for which bestuur, with which roles. */
export interface Session {
  id: string;
  accountId: string;
  groupId: string;
  /** `bestuurseenheden` in the Loket; `organizations` in some newer set-ups. */
  groupType: string;
  roles: string[];
}

export const ALL_ROLES = [
  'LoketLB-toezichtGebruiker',
  'LoketLB-berichtenGebruiker',
  'LoketLB-mandaatGebruiker',
  'LoketLB-LPDCGebruiker',
  'LoketLB-admin',
] as const;

export const ADMIN_ROLE = 'LoketLB-admin';

/** The role each family's writes need, by family name, unless the family names its own. */
export const FAMILY_WRITE_ROLES: Record<string, string> = {
  core: ADMIN_ROLE,
  services: 'LoketLB-LPDCGebruiker',
  dossiers: 'LoketLB-toezichtGebruiker',
  messages: 'LoketLB-berichtenGebruiker',
  mandates: 'LoketLB-mandaatGebruiker',
};

export function mayWrite(session: Session | null, role: string): boolean {
  return session !== null && (session.roles.includes(ADMIN_ROLE) || session.roles.includes(role));
}
