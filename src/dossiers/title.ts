import type { Dossier } from '../api/dossiers.js';

/**
 * The text a dossier is known by: its type(s), as the Loket's list names a submission ("Type
 * dossier") and Subsidiepunt an application (the offer); a dossier without a type by its description.
 */
export function dossierTitle(dossier: Dossier): string {
  return dossier.types.map((type) => type.label).join(', ') || dossier.description?.trim() || '';
}
