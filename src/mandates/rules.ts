import type { Fractie, Mandaat, Mandataris } from '../api/mandates.js';
import { STATUS, type PublicationKind } from './codes.js';
import { fractieRequired, hasBeleidsdomeinen, hasRangorde, isBurgemeester } from './mandaat-rules.js';
import { ONAFHANKELIJK_CHOICE, changedFields, type IssueField, type MandatarisForm, type NewPersonForm } from './form.js';
import { ordinalValue } from './ordinals.js';

/**
 * The Flemish business rules for a mandataris, as Lokaal Mandatenbeheer's frontend applies them
 * (its forms' `form:validatedBy`, APP config/form-content/mandataris-edit/form.ttl, and the FE
 * components; LMB's services enforce none of them), as field-level issues. Messages are keys: the
 * component translates them, so the rules stay language-free.
 */
export type RuleKey =
  | 'required'
  | 'startRequired'
  | 'endNotAfterStart'
  | 'startOutsideLegislature'
  | 'endOutsideLegislature'
  | 'overlap'
  | 'rangordeOrdinal'
  | 'rangordeNotForMandaat'
  | 'beleidsdomeinNotForMandaat'
  | 'titelvoerendOnlyBurgemeester'
  | 'verhinderdNotBurgemeester'
  | 'tooManyHolders'
  | 'fractieRequired'
  | 'fractieOnlyCorrection'
  | 'bekrachtigdInPlace'
  | 'changeDateRequired'
  | 'changeDateOutsideMandate'
  | 'rrnInvalid'
  | 'rrnDuplicate'
  | 'birthInvalid'
  | 'linkInvalid'
  | 'serverRejected';

export interface Issue {
  field: IssueField;
  key: RuleKey;
  /** Warnings are shown but do not block saving (dates outside the legislature). */
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

/** What is known of the record being edited (absent when adding one). */
export interface EditedRecord {
  id: string;
  base: MandatarisForm;
  publication?: PublicationKind;
  isCorrection: boolean;
  /** Fracties the person had on this mandaat (MS `GET /mandatarissen/:id/fracties`). */
  earlierFracties: readonly string[];
  vervangerIds: readonly string[];
}

export interface RuleContext {
  /** `YYYY-MM-DD`: the day "current" is measured on. */
  today: string;
  legislature?: { start?: string; end?: string };
  /** The classificatie of the body (decides whether a fractie is required). */
  classificatie?: string;
  /** The mandaten of the body in time. */
  mandaten: Mandaat[];
  fracties: Fractie[];
  /**
   * The other mandatarissen of the body (without the one being edited or replaced): they decide
   * overlaps and how many holders a mandaat has.
   */
  others: Mandataris[];
  record?: EditedRecord;
  /** Set when the edit ends the current mandataris and starts a new one from this date. */
  replacing?: { changeDate: string; originalStart: string; originalEnd: string };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const isDay = (value: string | undefined): value is string => !!value && DAY.test(value) && !Number.isNaN(Date.parse(value));

/** Half-open periods [start, end): a mandate that ends on a day leaves that day to its successor. */
function overlaps(startA: string, endA: string | undefined, startB: string, endB: string | undefined): boolean {
  return (!endB || startA < endB) && (!endA || startB < endA);
}

function isCurrentOn(day: string, start: string | undefined, end: string | undefined): boolean {
  return isDay(start) && start <= day && (!isDay(end) || end > day);
}

const hindered = (statusId: string | undefined): boolean => statusId === STATUS.verhinderd || statusId === STATUS.titelvoerend;

type Seat = Pick<Mandataris, 'id' | 'vervangerIds'> & { statusId?: string };

/**
 * Seats taken: a Verhinderd (or Titelvoerend) holder and the Waarnemend who stands in for them
 * hold one seat together. The pair is the holder's `tijdelijke-vervangingen`; a Waarnemend
 * without that link pairs with a hindered holder who has no linked stand-in.
 */
export function seatsTaken(holders: readonly Seat[]): number {
  const linked = new Set(holders.filter((holder) => hindered(holder.statusId)).flatMap((holder) => holder.vervangerIds));
  const standIns = holders.filter((holder) => holder.statusId === STATUS.waarnemend);
  const pairedByLink = standIns.filter((standIn) => linked.has(standIn.id)).length;
  const lonelyHolders = holders.filter((holder) => hindered(holder.statusId) && !holder.vervangerIds.some((id) => standIns.some((s) => s.id === id))).length;
  const lonelyStandIns = standIns.length - pairedByLink;
  return holders.length - pairedByLink - Math.min(lonelyHolders, lonelyStandIns);
}

export function validateMandataris(form: MandatarisForm, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const error = (field: IssueField, key: RuleKey, params?: Issue['params']): void => {
    issues.push({ field, key, severity: 'error', ...(params ? { params } : {}) });
  };
  const warn = (field: IssueField, key: RuleKey, params?: Issue['params']): void => {
    issues.push({ field, key, severity: 'warning', ...(params ? { params } : {}) });
  };

  if (!form.persoonId) error('persoonId', 'required');
  if (!form.mandaatId) error('mandaatId', 'required');
  if (!form.statusId) error('statusId', 'required');

  // A replacing change starts the new mandataris on the change date; the rules apply to that one.
  const replacing = context.replacing;
  let start = form.start;
  if (replacing) {
    if (!isDay(replacing.changeDate)) error('changeDate', 'changeDateRequired');
    else if (replacing.changeDate <= replacing.originalStart || (isDay(replacing.originalEnd) && replacing.changeDate >= replacing.originalEnd)) {
      error('changeDate', 'changeDateOutsideMandate');
    }
    start = replacing.changeDate;
  } else if (!isDay(form.start)) {
    error('start', 'startRequired');
  }
  const end = isDay(form.einde) ? form.einde : undefined;
  if (form.einde && !end) error('einde', 'endNotAfterStart');
  if (end && isDay(start) && end <= start) error('einde', 'endNotAfterStart');

  // `ext:ValidMandatarisDate` is a warning in LMB (mandataris-date-in-bestuursperiod.js).
  const legislature = context.legislature;
  const outside = (day: string) => legislature && ((legislature.start && day < legislature.start) || (legislature.end && day > legislature.end));
  const period = { start: legislature?.start ?? '', end: legislature?.end ?? '' };
  if (isDay(start) && !replacing && outside(start)) warn('start', 'startOutsideLegislature', period);
  if (end && outside(end)) warn('einde', 'endOutsideLegislature', period);

  const mandaat = context.mandaten.find((candidate) => candidate.id === form.mandaatId);
  if (form.rangorde.trim()) {
    if (mandaat && !hasRangorde(mandaat)) error('rangorde', 'rangordeNotForMandaat');
    else if (ordinalValue(form.rangorde) === undefined) error('rangorde', 'rangordeOrdinal');
  }
  if (mandaat && form.beleidsdomeinIds.length && !hasBeleidsdomeinen(mandaat)) error('beleidsdomeinIds', 'beleidsdomeinNotForMandaat');
  if (mandaat) {
    if (form.statusId === STATUS.titelvoerend && !isBurgemeester(mandaat)) error('statusId', 'titelvoerendOnlyBurgemeester');
    if (form.statusId === STATUS.verhinderd && isBurgemeester(mandaat)) error('statusId', 'verhinderdNotBurgemeester');
  }
  if (!form.fractieId && fractieRequired(context.classificatie)) error('fractieId', 'fractieRequired');

  const record = context.record;
  if (record) {
    const changed = changedFields(record.base, form);
    // LMB: changing to any other fractie is only offered as a correction (FE mandataris/edit/wizard.js:164-281).
    if (!record.isCorrection && changed.includes('fractieId') && form.fractieId) {
      const toOnafhankelijk = form.fractieId === ONAFHANKELIJK_CHOICE || context.fracties.some((f) => f.id === form.fractieId && f.onafhankelijk);
      if (!toOnafhankelijk && !record.earlierFracties.includes(form.fractieId)) error('fractieId', 'fractieOnlyCorrection');
    }
    // A bekrachtigd mandataris is not changed in place: a new situation starts a new one.
    if (record.publication === 'bekrachtigd' && !replacing) {
      for (const field of changed) error(field, 'bekrachtigdInPlace');
    }
  }

  if (isDay(start) && form.persoonId && form.mandaatId) {
    const clash = context.others.find(
      (other) =>
        other.persoon?.id === form.persoonId &&
        other.mandaat?.id === form.mandaatId &&
        isDay(other.start) &&
        overlaps(start, end, other.start, isDay(other.einde) ? other.einde : undefined),
    );
    if (clash) error('persoonId', 'overlap', { start: clash.start ?? '', end: clash.einde ?? '' });
  }

  if (mandaat && typeof mandaat.aantalHouders === 'number' && isCurrentOn(context.today, start, end)) {
    const current: Seat[] = context.others
      .filter((other) => other.mandaat?.id === mandaat.id && isCurrentOn(context.today, other.start, other.einde))
      .map((other) => ({ id: other.id, vervangerIds: other.vervangerIds, statusId: other.status?.id }));
    current.push({ id: replacing ? '' : (record?.id ?? ''), vervangerIds: [...(record?.vervangerIds ?? [])], statusId: form.statusId });
    if (seatsTaken(current) > mandaat.aantalHouders) error('mandaatId', 'tooManyHolders', { count: mandaat.aantalHouders });
  }
  return issues;
}

/** The Belgian rijksregisternummer: 11 digits, the last two 97 - (the first nine mod 97), with a 2 in front for births from 2000. */
export function validRijksregisternummer(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const check = Number(digits.slice(9));
  const base = digits.slice(0, 9);
  return 97 - (Number(base) % 97) === check || 97 - (Number(`2${base}`) % 97) === check;
}

/** The persoon form's rules (APP config/form-content/persoon/form.ttl): all required, a valid, unknown rijksregisternummer. */
export function validateNewPerson(person: NewPersonForm, context: { today: string; duplicate: boolean }): Issue[] {
  const issues: Issue[] = [];
  const error = (field: IssueField, key: RuleKey) => issues.push({ field, key, severity: 'error' });
  if (!person.voornaam.trim()) error('voornaam', 'required');
  if (!person.achternaam.trim()) error('achternaam', 'required');
  if (!person.rijksregisternummer.trim()) error('rijksregisternummer', 'required');
  else if (!validRijksregisternummer(person.rijksregisternummer)) error('rijksregisternummer', 'rrnInvalid');
  else if (context.duplicate) error('rijksregisternummer', 'rrnDuplicate');
  if (!person.geboortedatum) error('geboortedatum', 'required');
  else if (!isDay(person.geboortedatum) || person.geboortedatum > context.today) error('geboortedatum', 'birthInvalid');
  if (!person.geslachtId) error('geslachtId', 'required');
  return issues;
}

/** The link to the besluit that bekrachtigt (FE publication-status-selector.js: an http(s) URL). */
export function validateBesluitLink(link: string): Issue[] {
  if (!link.trim()) return [{ field: 'link', key: 'required', severity: 'error' }];
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(link.trim()) ? [] : [{ field: 'link', key: 'linkInvalid', severity: 'error' }];
}

export const hasBlockingIssues = (issues: Issue[]): boolean => issues.some((issue) => issue.severity === 'error');
