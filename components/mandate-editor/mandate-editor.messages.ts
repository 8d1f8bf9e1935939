import { lazyCatalog, type Messages } from '../../src/i18n/translate.js';

/**
 * Strings of `<loket-mandate-editor>`'s first render and announcements in Flemish formal Dutch; the
 * other languages load on demand. The toolbar's and the table's are in `view.messages.ts`.
 */
const nl = {
  heading: 'Mandatarissen',
  count: { zero: 'Geen mandatarissen', one: '{count} mandataris', other: '{count} mandatarissen' },
  module: 'Lokaal Mandatenbeheer',
  saved: 'De wijzigingen zijn bewaard.',
  removed: 'De mandataris is verwijderd.',
} satisfies Messages;

export type MandateMessageKey = keyof typeof nl;
/** Every key, in each language pack. */
export type MandateMessages = Messages<MandateMessageKey>;

export const mandateMessages = lazyCatalog(nl, {
  fr: () => import('./translations/mandate-editor.fr.js'),
  de: () => import('./translations/mandate-editor.de.js'),
  en: () => import('./translations/mandate-editor.en.js'),
});
