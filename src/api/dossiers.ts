/**
 * The dossiers family: supervision submissions (`/submissions`) as list models, their statuses
 * and document types (subsidy applications map to the same model in src/dossiers/subsidies.ts). Mapping is lenient (see ResourceView): a submission without form data,
 * type or status still becomes a row; only one without an id cannot.
 */
import type { LoketClient } from './client.js';
import type { ResourceView } from './document.js';
import { query } from './query.js';
import { statusKind, type StatusKind } from '../dossiers/status.js';

export { dossierTitle } from '../dossiers/title.js';

export interface DossierStatus {
  id: string;
  uri?: string;
  label?: string;
}

export interface DocumentType {
  id: string;
  label: string;
}

export interface Dossier {
  id: string;
  /** The form's description; many submissions have none and are known by their type. */
  description?: string;
  /** Document types (a submission may carry several). */
  types: DocumentType[];
  status?: DossierStatus;
  statusKind: StatusKind;
  created?: Date;
  modified?: Date;
  sentDate?: Date;
  /** The bestuursorgaan that passed the decision, where the Loket knows it. */
  organ?: string;
  lastModifier?: string;
}

export function statusFromView(view: ResourceView): DossierStatus {
  const status: DossierStatus = { id: view.id };
  if (view.uri) status.uri = view.uri;
  const label = view.string('label');
  if (label) status.label = label;
  return status;
}

export function documentTypeFromView(view: ResourceView): DocumentType | undefined {
  const label = view.string('label')?.trim();
  return label ? { id: view.id, label } : undefined;
}

function fullName(view: ResourceView | null | undefined): string | undefined {
  if (!view?.resolved) return undefined;
  const name = [view.string('voornaam'), view.string('achternaam')].filter(Boolean).join(' ').trim();
  return name || undefined;
}

/** A body in time has no name of its own in the Loket: it is on the body it specialises. */
function organName(view: ResourceView | null | undefined): string | undefined {
  if (!view?.resolved) return undefined;
  return view.string('naam')?.trim() || view.one('is-tijdsspecialisatie-van')?.string('naam')?.trim() || undefined;
}

export function dossierFromView(view: ResourceView): Dossier {
  const formData = view.one('form-data');
  const statusView = view.one('status');
  const status = statusView?.resolved ? statusFromView(statusView) : undefined;
  const types = (formData?.many('types') ?? [])
    .map(documentTypeFromView)
    .filter((type): type is DocumentType => type !== undefined);
  const dossier: Dossier = { id: view.id, types, statusKind: statusKind(status) };
  const description = formData?.string('description')?.trim();
  if (description) dossier.description = description;
  if (status) dossier.status = status;
  const created = view.dateTime('created');
  if (created) dossier.created = created;
  const modified = view.dateTime('modified');
  if (modified) dossier.modified = modified;
  const sentDate = view.dateTime('sent-date');
  if (sentDate) dossier.sentDate = sentDate;
  const organ = organName(formData?.one('passed-by'));
  if (organ) dossier.organ = organ;
  const lastModifier = fullName(view.one('last-modifier'));
  if (lastModifier) dossier.lastModifier = lastModifier;
  return dossier;
}

export async function listSubmissionStatuses(client: LoketClient, signal?: AbortSignal): Promise<DossierStatus[]> {
  return (await client.getAll('submission-document-statuses', query().sort('label'), statusFromView, { signal })).items;
}

export async function listDocumentTypes(client: LoketClient, signal?: AbortSignal): Promise<DocumentType[]> {
  const all = await client.getAll('document-types', query().sort('label', 'asc', { noCase: true }), documentTypeFromView, { signal });
  return all.items.filter((type): type is DocumentType => type !== undefined);
}
