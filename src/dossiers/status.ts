import type { DossierStatus } from '../api/dossiers.js';
import type { DossierView } from './list-state.js';
import type { StatusOption } from './source.js';

export type { DossierView } from './list-state.js';

/**
 * What a status means to the list. Statuses are concepts with fixed URIs; they are matched on
 * their URI, and on their label when a deployment mints its own concepts, so a new or unknown
 * status still shows (as "other"). `active`: a subsidy application under way after its request.
 */
export type StatusKind = 'draft' | 'active' | 'sent' | 'deleted' | 'other';

/** A status concept the list asks for by id or URI: `http://lblod.data.gift/concepts/<id>`. */
export interface KnownStatus {
  id: string;
  uri: string;
  kind: StatusKind;
}

const known = (id: string, kind: StatusKind): KnownStatus => ({ id, uri: `http://lblod.data.gift/concepts/${id}`, kind });

/**
 * The Loket's submission statuses (frontend-loket app/models/submission-document-status.js, APP
 * migrations 2020/20200407100352-automatisch-melding/*-submission-document-status.ttl and
 * *-add-verwijdered-submission-status.ttl): Concept, Verstuurd, Verwijderd. "Nieuw"
 * (6b7ae118-…) and "Inzendbaar" (f6330856-…) exist too; the Loket's list shows neither.
 */
export const SUBMISSION_STATUS = {
  concept: known('79a52da4-f491-4e2f-9374-89a13cde8ecd', 'draft'),
  sent: known('9bd8d86d-bb10-4456-a84e-91e9507c374c', 'sent'),
  deleted: known('faa5110a-fdb2-47fa-a0d2-118e5542ef05', 'deleted'),
};

/**
 * Subsidiepunt's application statuses (frontend-subsidiepunt app/models/subsidy-measure-consumption-status.js:
 * CONCEPT, ACTIVE, SENT; app-subsidiepunt migration 20210428150837-create-concept-scheme-for-subsidy-
 * measure-consumption-statuses.sparql): Concept, Actief, Aanvraag ingediend.
 */
export const SUBSIDY_STATUS = {
  concept: known('6373b454-22b6-4b65-b98f-3d86541f2fcf', 'draft'),
  active: known('c849ca98-455d-4f31-9e95-a3d9d06e4497', 'active'),
  sent: known('2ea29fbf-6d46-4f08-9343-879282a9f484', 'sent'),
};

const KNOWN_URIS = new Map([...Object.values(SUBMISSION_STATUS), ...Object.values(SUBSIDY_STATUS)].map((status) => [status.uri, status.kind]));

const LABEL_PATTERNS: [RegExp, StatusKind][] = [
  [/^(concept|ontwerp|draft|brouillon|entwurf)$/i, 'draft'],
  [/^(actief|active|actif|aktiv)$/i, 'active'],
  [/^(verstuurd|verzonden|(aanvraag )?ingediend|sent|envoy[ée]|gesendet)$/i, 'sent'],
  [/^(verwijderd|deleted|supprim[ée]|gel[öo]scht)$/i, 'deleted'],
];

export function statusKind(status: { uri?: string | undefined; label?: string | undefined } | undefined): StatusKind {
  if (!status) return 'other';
  const byUri = status.uri ? KNOWN_URIS.get(status.uri) : undefined;
  if (byUri) return byUri;
  const label = status.label?.trim() ?? '';
  return LABEL_PATTERNS.find(([pattern]) => pattern.test(label))?.[1] ?? 'other';
}

/** A status as a filter choice, with its kind, so the widget can name it without this module. */
export function statusOption(status: DossierStatus): StatusOption {
  return { ...status, kind: statusKind(status) };
}

/**
 * Which status kinds a view shows: "Lopend" everything not yet sent, "Afgerond" what was sent,
 * "Alle" both. A deleted dossier shows in none.
 */
export function viewIncludes(view: DossierView, kind: StatusKind): boolean {
  if (kind === 'deleted') return false;
  switch (view) {
    case 'lopend':
      return kind !== 'sent';
    case 'afgerond':
      return kind === 'sent';
    case 'alle':
      return true;
  }
}
