import { parseCalendarDate } from '../../src/api/dates.js';
import { formatDate } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { Params } from '../../src/i18n/translate.js';
import type { EditingMessageKey } from './editing.messages.js';
import type { MandateMessageKey } from './mandate-editor.messages.js';
import type { ViewMessageKey } from './view.messages.js';

/** Translates the toolbar's and the table's strings (what every user sees). */
export type ListTranslate = (key: ViewMessageKey, params?: Params) => string;
/** Translates the element's, the view's and the editing parts' strings. */
export type Translate = (key: MandateMessageKey | ViewMessageKey | EditingMessageKey, params?: Params) => string;

/** `2025-01-01` → `1/01/2025` in the user's language; empty for no date. */
export function shortDate(lang: Lang, day: string | undefined): string {
  const date = day ? parseCalendarDate(day) : undefined;
  return date ? formatDate(lang, date, { dateStyle: 'short' }) : '';
}
