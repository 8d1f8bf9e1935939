import type { Mandaat, Mandataris } from '../api/mandates.js';
import { FUNCTIE, STATUS } from './codes.js';
import type { IssueField, MandatarisForm } from './form.js';
import { ordinalValue } from './ordinals.js';

/**
 * The Flemish business rules for a mandataris (LOKET-API.md, "Mandate editor"), as field-level
 * issues. Messages are keys: the component translates them, so the rules stay language-free.
 */
export type RuleKey =
  | 'required'
  | 'startRequired'
  | 'endNotAfterStart'
  | 'startOutsideLegislature'
  | 'endOutsideLegislature'
  | 'overlap'
  | 'rangordeOrdinal'
  | 'titelvoerendOnlyBurgemeester'
  | 'verhinderdNotBurgemeester'
  | 'tooManyHolders'
  | 'changeDateRequired'
  | 'changeDateOutsideMandate'
  | 'serverRejected';

export interface Issue {
  field: IssueField;
  key: RuleKey;
  /** Warnings are shown but do not block saving (dates outside the legislature). */
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

export interface RuleContext {
  /** `YYYY-MM-DD`: the day "current" is measured on. */
  today: string;
  legislature?: { start?: string; end?: string };
  /** The mandaten of the body in time. */
  mandaten: Mandaat[];
  /**
   * The other mandatarissen of the body (without the one being edited or replaced): they decide
   * overlaps and how many holders a mandaat has.
   */
  others: Mandataris[];
  /** Set when the edit ends the current mandataris and starts a new one from this date. */
  replacing?: { changeDate: string; originalStart: string; originalEnd: string };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string | undefined): value is string => !!value && DAY.test(value) && !Number.isNaN(Date.parse(value));

/** Half-open periods [start, end): a mandate that ends on a day leaves that day to its successor. */
function overlaps(startA: string, endA: string | undefined, startB: string, endB: string | undefined): boolean {
  return (!endB || startA < endB) && (!endA || startB < endA);
}

function isCurrentOn(day: string, start: string | undefined, end: string | undefined): boolean {
  return isDay(start) && start <= day && (!isDay(end) || end > day);
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
    else if (
      replacing.changeDate <= replacing.originalStart ||
      (isDay(replacing.originalEnd) && replacing.changeDate >= replacing.originalEnd)
    ) {
      error('changeDate', 'changeDateOutsideMandate');
    }
    start = replacing.changeDate;
  } else if (!isDay(form.start)) {
    error('start', 'startRequired');
  }
  const end = isDay(form.einde) ? form.einde : undefined;
  if (form.einde && !end) error('einde', 'endNotAfterStart');
  if (end && isDay(start) && end <= start) error('einde', 'endNotAfterStart');

  const legislature = context.legislature;
  if (legislature && isDay(start) && !replacing) {
    if ((legislature.start && start < legislature.start) || (legislature.end && start > legislature.end)) {
      warn('start', 'startOutsideLegislature', { start: legislature.start ?? '', end: legislature.end ?? '' });
    }
  }
  if (legislature && end) {
    if ((legislature.start && end < legislature.start) || (legislature.end && end > legislature.end)) {
      warn('einde', 'endOutsideLegislature', { start: legislature.start ?? '', end: legislature.end ?? '' });
    }
  }

  if (form.rangorde.trim() && ordinalValue(form.rangorde) === undefined) error('rangorde', 'rangordeOrdinal');

  const mandaat = context.mandaten.find((candidate) => candidate.id === form.mandaatId);
  const functieId = mandaat?.bestuursfunctie?.id;
  if (mandaat) {
    const isBurgemeester = functieId === FUNCTIE.burgemeester;
    if (form.statusId === STATUS.titelvoerend && !isBurgemeester) error('statusId', 'titelvoerendOnlyBurgemeester');
    if (form.statusId === STATUS.verhinderd && isBurgemeester) error('statusId', 'verhinderdNotBurgemeester');
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
    const holders = context.others.filter(
      (other) => other.mandaat?.id === mandaat.id && isCurrentOn(context.today, other.start, other.einde),
    ).length;
    if (holders + 1 > mandaat.aantalHouders) error('mandaatId', 'tooManyHolders', { count: mandaat.aantalHouders });
  }
  return issues;
}

export const hasBlockingIssues = (issues: Issue[]): boolean => issues.some((issue) => issue.severity === 'error');
