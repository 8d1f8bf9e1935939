import type { BellMessages } from '../notification-bell.messages.js';

export default {
  labelUnread: {
    zero: 'Benachrichtigungen, keine ungelesen',
    one: 'Benachrichtigungen, 1 ungelesen',
    other: 'Benachrichtigungen, {count} ungelesen',
  },
  labelAtLeast: 'Benachrichtigungen, {count}+ ungelesen',
  labelLoading: 'Benachrichtigungen, werden geladen',
  labelError: 'Benachrichtigungen, nicht verfügbar',
  announceRise: {
    one: 'Neue Nachricht erhalten. Sie haben 1 ungelesene Nachricht.',
    other: 'Neue Nachricht erhalten. Sie haben {count} ungelesene Nachrichten.',
  },
  allRead: 'Alle Nachrichten wurden als gelesen markiert.',
} satisfies BellMessages;
