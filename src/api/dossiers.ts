/**
 * The dossiers family: supervision submissions (`/submissions`) as list models (subsidy applications
 * map to the same model in src/dossiers/subsidies.ts). Mapping is lenient (see ResourceView): a
 * submission without form data, type or status still becomes a row; only one without an id cannot.
 */
import type { ResourceView } from './document.js';
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
  /** The concept's (or the subsidy offer's) URI, where a filter names it by URI. */
  uri?: string;
}

/** A bestuursorgaan (not in time) the list can filter on. */
export interface Organ {
  id: string;
  label: string;
}

export interface Dossier {
  id: string;
  /**
   * What the form says about it: a submission's description, a subsidy application's project and
   * series. Many submissions have none and are known by their type.
   */
  description?: string;
  /** Document types (a submission may carry several: a type and a regulation type), or the subsidy offer. */
  types: DocumentType[];
  status?: DossierStatus;
  statusKind: StatusKind;
  created?: Date;
  modified?: Date;
  sentDate?: Date;
  /** When the body sat (a submission's `form-data.session-started-at-time`). */
  session?: Date;
  /** A subsidy application's deadline: the end of its active step's period. */
  deadline?: Date;
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

/** A concept as a filter choice (`label`: skos:prefLabel); one without a label is left out. */
export function documentTypeFromView(view: ResourceView): DocumentType | undefined {
  const label = view.string('label')?.trim();
  if (!label) return undefined;
  const type: DocumentType = { id: view.id, label };
  if (view.uri) type.uri = view.uri;
  return type;
}

export function fullName(view: ResourceView | null | undefined): string | undefined {
  if (!view?.resolved) return undefined;
  const name = [view.string('voornaam'), view.string('achternaam')].filter(Boolean).join(' ').trim();
  return name || undefined;
}

/**
 * A body in time has no name of its own in the Loket: it is on the body it specialises (the
 * Loket's list shows `passedBy.isTijdsspecialisatieVan.naam`).
 */
function organName(view: ResourceView | null | undefined): string | undefined {
  if (!view?.resolved) return undefined;
  return view.one('is-tijdsspecialisatie-van')?.string('naam')?.trim() || view.string('naam')?.trim() || undefined;
}

/** Dates a mapper copies when the Loket has them. */
export function withDates(dossier: Dossier, dates: Partial<Record<'created' | 'modified' | 'sentDate' | 'session' | 'deadline', Date | undefined>>): Dossier {
  for (const [key, value] of Object.entries(dates)) if (value) dossier[key as keyof typeof dates] = value;
  return dossier;
}

export function dossierFromView(view: ResourceView): Dossier {
  const formData = view.one('form-data');
  const statusView = view.one('status');
  const status = statusView?.resolved ? statusFromView(statusView) : undefined;
  const types = (formData?.many('types') ?? []).map(documentTypeFromView).filter((type): type is DocumentType => type !== undefined);
  const dossier: Dossier = { id: view.id, types, statusKind: statusKind(status) };
  const description = formData?.string('description')?.trim();
  if (description) dossier.description = description;
  if (status) dossier.status = status;
  const organ = organName(formData?.one('passed-by'));
  if (organ) dossier.organ = organ;
  const lastModifier = fullName(view.one('last-modifier'));
  if (lastModifier) dossier.lastModifier = lastModifier;
  return withDates(dossier, {
    created: view.dateTime('created'),
    modified: view.dateTime('modified'),
    sentDate: view.dateTime('sent-date'),
    session: formData?.dateTime('session-started-at-time'),
  });
}
