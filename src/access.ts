/**
 * Whether a session may use a module. mu-authorization never refuses a read: a user without the
 * module's role simply gets empty lists. So a widget checks the role in the session first and
 * says "no access" (naming the role for the host's administrator) instead of "nothing here".
 */
import type { LoketSession } from './api/session.js';

/**
 * The roles that open each module's data, as the real apps' authorization grants them: any one
 * of a module's roles is enough. `LoketLB-admin` is not among them: it opens admin screens in the
 * frontend, not data in mu-authorization.
 */
export const MODULE_ROLES = {
  /** Loket `o-toez-rwf` (config/authorization/config.ex). */
  toezicht: ['LoketLB-toezichtGebruiker'],
  /** Loket `o-messaging-rwf`. */
  berichten: ['LoketLB-berichtenGebruiker'],
  /** Lokaal Mandatenbeheer `mandaat-gebruiker` (config/cl-authorization/config.lisp). */
  mandaten: ['LoketLB-mandaatGebruiker'],
  /** Subsidiepunt's subsidy graph (config/authorization/config.ex). */
  subsidies: ['SubsidiepuntGebruiker'],
  /** Loket `o-leidinggevende-rwf`: the Loket's own contact points and addresses. */
  leidinggevenden: ['LoketLB-leidinggevendenGebruiker'],
  /** Contactgegevens `organization-data-user` (config/authorization/config.lisp). */
  contactgegevens: ['LoketLB-ContactOrganisatiegegevensGebruiker'],
} as const satisfies Record<string, readonly string[]>;

export type Module = keyof typeof MODULE_ROLES;

export function mayUse(session: Pick<LoketSession, 'roles'>, module: Module): boolean {
  return MODULE_ROLES[module].some((role) => session.roles.includes(role));
}
