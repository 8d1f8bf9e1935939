import type { PanelMessages } from '../bell-panel.messages.js';

export default {
  title: 'Benachrichtigungen',
  listLabel: 'Neueste Nachrichten',
  unread: 'Ungelesen',
  from: 'Von {sender}',
  dossier: 'Akte {number}',
  noSubject: '(ohne Betreff)',
  nothingNew: 'Keine neuen Nachrichten.',
  noMessages: 'Für Ihre Verwaltung gibt es noch keine Nachrichten.',
  loadFailed: 'Die Benachrichtigungen konnten nicht abgerufen werden.',
  markAllRead: 'Alle als gelesen markieren',
  openInbox: 'Zum Nachrichtenzentrum',
  enableDesktop: 'Desktop-Benachrichtigungen aktivieren',
  desktopOn: 'Desktop-Benachrichtigungen sind aktiviert.',
  desktopBlocked: 'Ihr Browser blockiert Benachrichtigungen für diese Website.',
  notificationTitle: { one: 'Neue Nachricht im Loket', other: '{count} neue Nachrichten im Loket' },
} satisfies PanelMessages;
