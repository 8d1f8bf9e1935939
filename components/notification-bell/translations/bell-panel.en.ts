import type { PanelMessages } from '../bell-panel.messages.js';

export default {
  title: 'Notifications',
  listLabel: 'Recent messages',
  unread: 'Unread',
  from: 'From {sender}',
  dossier: 'File {number}',
  noSubject: '(no subject)',
  nothingNew: 'No new messages.',
  noMessages: 'There are no messages for your authority yet.',
  loadFailed: 'The notifications could not be retrieved.',
  markAllRead: 'Mark all as read',
  openInbox: 'Go to the message centre',
  enableDesktop: 'Turn on desktop notifications',
  desktopOn: 'Desktop notifications are on.',
  desktopBlocked: 'Your browser blocks notifications for this site.',
  notificationTitle: { one: 'New message in the Loket', other: '{count} new messages in the Loket' },
} satisfies PanelMessages;
