import type { Mandataris } from '../api/mandates.js';

/**
 * What the editor's form holds: plain strings ('' for "none") so it survives JSON round trips into
 * drafts and compares field by field for conflicts. Dates are `YYYY-MM-DD`.
 */
export interface MandatarisForm {
  persoonId: string;
  mandaatId: string;
  statusId: string;
  fractieId: string;
  rangorde: string;
  start: string;
  einde: string;
  beleidsdomeinIds: string[];
}

export type FormField = keyof MandatarisForm;

/**
 * A person who is not in LMB yet, as its `persoon` form asks for one (APP
 * config/form-content/persoon/form.ttl: every field required, the rijksregisternummer valid and
 * not yet known).
 */
export interface NewPersonForm {
  voornaam: string;
  achternaam: string;
  rijksregisternummer: string;
  geboortedatum: string;
  geslachtId: string;
}
export type NewPersonField = keyof NewPersonForm;
export const NEW_PERSON_FIELDS: NewPersonField[] = ['voornaam', 'achternaam', 'rijksregisternummer', 'geboortedatum', 'geslachtId'];

/** Fields a message can attach to: the form's own, the new person's, and the date a replacing change takes effect. */
export type IssueField = FormField | NewPersonField | 'changeDate' | 'link';

/** The fractie choice "Onafhankelijk" before LMB's own onafhankelijke fractie of the person is known. */
export const ONAFHANKELIJK_CHOICE = 'onafhankelijk';

export const FORM_FIELDS: FormField[] = [
  'persoonId',
  'mandaatId',
  'statusId',
  'fractieId',
  'rangorde',
  'start',
  'einde',
  'beleidsdomeinIds',
];

export function emptyForm(statusId = ''): MandatarisForm {
  return { persoonId: '', mandaatId: '', statusId, fractieId: '', rangorde: '', start: '', einde: '', beleidsdomeinIds: [] };
}

export function formFromMandataris(mandataris: Mandataris): MandatarisForm {
  return {
    persoonId: mandataris.persoon?.id ?? '',
    mandaatId: mandataris.mandaat?.id ?? '',
    statusId: mandataris.status?.id ?? '',
    fractieId: mandataris.fractie?.id ?? '',
    rangorde: mandataris.rangorde ?? '',
    start: mandataris.start ?? '',
    einde: mandataris.einde ?? '',
    beleidsdomeinIds: mandataris.beleidsdomeinen.map((domein) => domein.id),
  };
}

function sameValue(a: string | string[], b: string | string[]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  }
  return typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim();
}

/** The fields whose values differ (order of beleidsdomeinen and surrounding spaces do not count). */
export function changedFields(before: MandatarisForm, after: MandatarisForm): FormField[] {
  return FORM_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

export function emptyNewPerson(): NewPersonForm {
  return { voornaam: '', achternaam: '', rijksregisternummer: '', geboortedatum: '', geslachtId: '' };
}

export function parseNewPerson(raw: unknown): NewPersonForm | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const record = raw as Record<string, unknown>;
  const person = emptyNewPerson();
  for (const field of NEW_PERSON_FIELDS) {
    if (typeof record[field] !== 'string') return undefined;
    person[field] = record[field];
  }
  return person;
}

/** A stored draft comes from browser storage: trust nothing, rebuild a well-typed form or give up. */
export function parseForm(raw: unknown): MandatarisForm | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const record = raw as Record<string, unknown>;
  const form = emptyForm();
  for (const field of FORM_FIELDS) {
    const value = record[field];
    if (field === 'beleidsdomeinIds') {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return undefined;
      form.beleidsdomeinIds = value as string[];
    } else {
      if (typeof value !== 'string') return undefined;
      form[field] = value;
    }
  }
  return form;
}
