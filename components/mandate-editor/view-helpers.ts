import type { Concept, Fractie, Mandaat } from '../../src/api/mandates.js';
import { parseCalendarDate } from '../../src/api/dates.js';
import { formatDate } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { Params } from '../../src/i18n/translate.js';
import type { FormField, MandatarisForm } from '../../src/mandates/form.js';
import type { EditingMessageKey } from './editing.messages.js';
import type { MandateMessageKey } from './mandate-editor.messages.js';

/** Translates the list's strings (what every user sees). */
export type ListTranslate = (key: MandateMessageKey, params?: Params) => string;
/** Translates the list's and the editing parts' strings. */
export type Translate = (key: MandateMessageKey | EditingMessageKey, params?: Params) => string;

/** `2025-01-01` → `1/01/2025` in the user's language; empty for no date. */
export function shortDate(lang: Lang, day: string | undefined): string {
  const date = day ? parseCalendarDate(day) : undefined;
  return date ? formatDate(lang, date, { dateStyle: 'short' }) : '';
}

/** Everything needed to show a form value as the user knows it (names, not ids). */
export interface Lookups {
  lang: Lang;
  mandaten: Mandaat[];
  statuses: Concept[];
  fracties: Fractie[];
  domeinen: Concept[];
  personNames: ReadonlyMap<string, string>;
}

const labelOf = (items: { id: string; label?: string; naam?: string }[], id: string): string => {
  const item = items.find((candidate) => candidate.id === id);
  return item?.label ?? item?.naam ?? id;
};

export function displayValue(field: FormField, form: MandatarisForm, lookups: Lookups): string {
  switch (field) {
    case 'persoonId':
      return lookups.personNames.get(form.persoonId) ?? form.persoonId;
    case 'mandaatId': {
      const mandaat = lookups.mandaten.find((candidate) => candidate.id === form.mandaatId);
      return mandaat?.bestuursfunctie?.label ?? form.mandaatId;
    }
    case 'statusId':
      return form.statusId && labelOf(lookups.statuses, form.statusId);
    case 'fractieId':
      return form.fractieId && labelOf(lookups.fracties, form.fractieId);
    case 'beleidsdomeinIds':
      return form.beleidsdomeinIds.map((id) => labelOf(lookups.domeinen, id)).join(', ');
    case 'start':
    case 'einde':
      return shortDate(lookups.lang, form[field]);
    default:
      return form[field];
  }
}
