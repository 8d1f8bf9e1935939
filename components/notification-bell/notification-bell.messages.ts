import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

const nl = {
  labelUnread: { zero: 'Meldingen, geen ongelezen', one: 'Meldingen, 1 ongelezen', other: 'Meldingen, {count} ongelezen' },
  labelAtLeast: 'Meldingen, {count}+ ongelezen',
  labelLoading: 'Meldingen, bezig met laden',
  labelError: 'Meldingen, niet beschikbaar',
  announceRise: {
    one: 'Nieuw bericht ontvangen. U hebt 1 ongelezen bericht.',
    other: 'Nieuw bericht ontvangen. U hebt {count} ongelezen berichten.',
  },
  allRead: 'Alle berichten zijn als gelezen gemarkeerd.',
};

export type BellMessageKey = keyof typeof nl;
/** Every key, so each language pack is complete by type. */
export type BellMessages = Record<BellMessageKey, Message>;

/** Strings the bell needs before its popover is ever opened (French, German, English load on demand). */
export const bellMessages = lazyCatalog(nl, {
  fr: () => import('./translations/notification-bell.fr.js'),
  de: () => import('./translations/notification-bell.de.js'),
  en: () => import('./translations/notification-bell.en.js'),
});
