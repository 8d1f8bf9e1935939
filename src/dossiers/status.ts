import type { DossierStatus } from '../api/dossiers.js';
import type { DossierView } from './list-state.js';
import type { StatusOption } from './source.js';

export type { DossierView } from './list-state.js';

/**
 * What a submission status means to the list. Statuses are concepts the Loket serves from
 * `/submission-document-statuses`; they are matched on their URI, and on their label when a
 * deployment mints its own concepts, so a new or unknown status still shows (as "other").
 */
export type StatusKind = 'draft' | 'sent' | 'deleted' | 'other';

const KNOWN_URIS: Record<string, StatusKind> = {
  'http://lblod.data.gift/concepts/79a52da4-f491-4e2f-9374-89a13cde8ecd': 'draft',
  'http://lblod.data.gift/concepts/9bd8d86d-bb10-4456-a84e-91e9507c374c': 'sent',
  'http://lblod.data.gift/concepts/b5c4e1c4-6a9b-4d2f-9f0e-4a1d7c3e2b10': 'deleted',
  // Subsidy application statuses ("Concept", "Ingediend").
  'http://lblod.data.gift/concepts/2ea29fbf-6d46-4f08-9343-879282a9f484': 'draft',
  'http://lblod.data.gift/concepts/c849ca98-455d-4f31-9e95-a3d9d06e4497': 'sent',
};

const LABEL_PATTERNS: [RegExp, StatusKind][] = [
  [/^(concept|ontwerp|draft|brouillon|entwurf)$/i, 'draft'],
  [/^(verstuurd|verzonden|ingediend|sent|envoy[ée]|gesendet)$/i, 'sent'],
  [/^(verwijderd|deleted|supprim[ée]|gel[öo]scht)$/i, 'deleted'],
];

export function statusKind(status: { uri?: string | undefined; label?: string | undefined } | undefined): StatusKind {
  if (!status) return 'other';
  const byUri = status.uri ? KNOWN_URIS[status.uri] : undefined;
  if (byUri) return byUri;
  const label = status.label?.trim() ?? '';
  return LABEL_PATTERNS.find(([pattern]) => pattern.test(label))?.[1] ?? 'other';
}

/** A status as a filter choice, with its kind, so the widget can name it without this module. */
export function statusOption(status: DossierStatus): StatusOption {
  return { ...status, kind: statusKind(status) };
}

/** Which status kinds a view shows: "Lopend" is everything not yet sent, "Afgerond" what was sent. */
export function viewIncludes(view: DossierView, kind: StatusKind): boolean {
  switch (view) {
    case 'lopend':
      return kind === 'draft' || kind === 'other';
    case 'afgerond':
      return kind === 'sent';
    case 'alle':
      return true;
  }
}
