import type { Catalog } from '../../src/i18n/translate.js';

/** Strings the bell needs before its popover is ever opened. */
export const bellMessages = {
  nl: {
    labelUnread: { zero: 'Meldingen, geen ongelezen', one: 'Meldingen, 1 ongelezen', other: 'Meldingen, {count} ongelezen' },
    labelAtLeast: 'Meldingen, {count} of meer ongelezen',
    labelLoading: 'Meldingen, bezig met laden',
    labelError: 'Meldingen, niet beschikbaar',
    announceRise: {
      one: 'Nieuw bericht ontvangen. U hebt 1 ongelezen bericht.',
      other: 'Nieuw bericht ontvangen. U hebt {count} ongelezen berichten.',
    },
    allRead: 'Alle berichten zijn als gelezen gemarkeerd.',
    notificationTitle: { one: 'Nieuw bericht in het Loket', other: '{count} nieuwe berichten in het Loket' },
  },
  fr: {
    labelUnread: { zero: 'Notifications, aucune non lue', one: 'Notifications, 1 non lue', other: 'Notifications, {count} non lues' },
    labelAtLeast: 'Notifications, {count} non lues ou plus',
    labelLoading: 'Notifications, chargement en cours',
    labelError: 'Notifications, indisponibles',
    announceRise: {
      one: 'Nouveau message reçu. Vous avez 1 message non lu.',
      other: 'Nouveau message reçu. Vous avez {count} messages non lus.',
    },
    allRead: 'Tous les messages ont été marqués comme lus.',
    notificationTitle: { one: 'Nouveau message dans le Guichet', other: '{count} nouveaux messages dans le Guichet' },
  },
  de: {
    labelUnread: {
      zero: 'Benachrichtigungen, keine ungelesen',
      one: 'Benachrichtigungen, 1 ungelesen',
      other: 'Benachrichtigungen, {count} ungelesen',
    },
    labelAtLeast: 'Benachrichtigungen, {count} oder mehr ungelesen',
    labelLoading: 'Benachrichtigungen, werden geladen',
    labelError: 'Benachrichtigungen, nicht verfügbar',
    announceRise: {
      one: 'Neue Nachricht erhalten. Sie haben 1 ungelesene Nachricht.',
      other: 'Neue Nachricht erhalten. Sie haben {count} ungelesene Nachrichten.',
    },
    allRead: 'Alle Nachrichten wurden als gelesen markiert.',
    notificationTitle: { one: 'Neue Nachricht im Loket', other: '{count} neue Nachrichten im Loket' },
  },
  en: {
    labelUnread: { zero: 'Notifications, none unread', one: 'Notifications, 1 unread', other: 'Notifications, {count} unread' },
    labelAtLeast: 'Notifications, {count} or more unread',
    labelLoading: 'Notifications, loading',
    labelError: 'Notifications, unavailable',
    announceRise: {
      one: 'New message received. You have 1 unread message.',
      other: 'New message received. You have {count} unread messages.',
    },
    allRead: 'All messages have been marked as read.',
    notificationTitle: { one: 'New message in the Loket', other: '{count} new messages in the Loket' },
  },
} satisfies Catalog;

export type BellMessageKey = keyof (typeof bellMessages)['nl'];
