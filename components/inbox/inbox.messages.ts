import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

/**
 * What the element itself says before its list view is in: the no-access notice and the opening
 * conversation. The list has its own catalog (list.messages.ts), the thread and the reply theirs,
 * each loaded with its chunk.
 */
const nl = {
  module: 'het berichtencentrum',
  opening: 'Gesprek wordt geopend…',
};

export type InboxMessageKey = keyof typeof nl;
/** Every key, so each language pack is complete by type. */
export type InboxMessages = Record<InboxMessageKey, Message>;

export const inboxMessages = lazyCatalog(nl, {
  fr: () => import('./translations/inbox.fr.js'),
  de: () => import('./translations/inbox.de.js'),
  en: () => import('./translations/inbox.en.js'),
});
