import type { Dossier } from '../api/dossiers.js';

/** The text a dossier is known by: its description, else its document type(s). */
export function dossierTitle(dossier: Dossier): string {
  return dossier.description?.trim() || dossier.types.map((type) => type.label).join(', ');
}
