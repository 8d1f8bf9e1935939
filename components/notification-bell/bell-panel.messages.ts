import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

const nl = {
  title: 'Meldingen',
  listLabel: 'Recente berichten',
  unread: 'Ongelezen',
  from: 'Van {sender}',
  dossier: 'Dossier {number}',
  noSubject: '(zonder onderwerp)',
  nothingNew: 'Geen nieuwe berichten.',
  noMessages: 'Er zijn nog geen berichten voor uw bestuur.',
  loadFailed: 'De meldingen konden niet worden opgehaald.',
  markAllRead: 'Alles als gelezen markeren',
  openInbox: 'Naar het berichtencentrum',
  enableDesktop: 'Bureaubladmeldingen inschakelen',
  desktopOn: 'Bureaubladmeldingen staan aan.',
  desktopBlocked: 'Uw browser blokkeert bureaubladmeldingen voor deze website.',
  notificationTitle: { one: 'Nieuw bericht in het Loket', other: '{count} nieuwe berichten in het Loket' },
};

export type PanelMessageKey = keyof typeof nl;
/** Every key, so each language pack is complete by type. */
export type PanelMessages = Record<PanelMessageKey, Message>;

/** Strings of the popover and the desktop notification, loaded with it on first use (other languages on demand). */
export const panelMessages = lazyCatalog(nl, {
  fr: () => import('./translations/bell-panel.fr.js'),
  de: () => import('./translations/bell-panel.de.js'),
  en: () => import('./translations/bell-panel.en.js'),
});
