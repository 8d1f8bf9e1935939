import type { BellMessages } from '../notification-bell.messages.js';

export default {
  labelUnread: { zero: 'Notifications, aucune non lue', one: 'Notifications, 1 non lue', other: 'Notifications, {count} non lues' },
  labelAtLeast: 'Notifications, {count}+ non lues',
  labelLoading: 'Notifications, chargement en cours',
  labelError: 'Notifications, indisponibles',
  announceRise: {
    one: 'Nouveau message reçu. Vous avez 1 message non lu.',
    other: 'Nouveau message reçu. Vous avez {count} messages non lus.',
  },
  allRead: 'Tous les messages ont été marqués comme lus.',
} satisfies BellMessages;
