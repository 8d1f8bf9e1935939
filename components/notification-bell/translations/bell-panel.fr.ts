import type { PanelMessages } from '../bell-panel.messages.js';

export default {
  title: 'Notifications',
  listLabel: 'Messages récents',
  unread: 'Non lu',
  from: 'De {sender}',
  dossier: 'Dossier {number}',
  noSubject: '(sans objet)',
  nothingNew: 'Aucun nouveau message.',
  noMessages: 'Votre administration n’a pas encore de messages.',
  loadFailed: 'Les notifications n’ont pas pu être récupérées.',
  markAllRead: 'Tout marquer comme lu',
  openInbox: 'Vers le centre de messages',
  enableDesktop: 'Activer les notifications du bureau',
  desktopOn: 'Les notifications du bureau sont activées.',
  desktopBlocked: 'Votre navigateur bloque les notifications pour ce site.',
  notificationTitle: { one: 'Nouveau message dans le Guichet', other: '{count} nouveaux messages dans le Guichet' },
} satisfies PanelMessages;
