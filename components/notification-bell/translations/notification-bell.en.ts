import type { BellMessages } from '../notification-bell.messages.js';

export default {
  labelUnread: { zero: 'Notifications, none unread', one: 'Notifications, 1 unread', other: 'Notifications, {count} unread' },
  labelAtLeast: 'Notifications, {count}+ unread',
  labelLoading: 'Notifications, loading',
  labelError: 'Notifications, unavailable',
  announceRise: {
    one: 'New message received. You have 1 unread message.',
    other: 'New message received. You have {count} unread messages.',
  },
  allRead: 'All messages have been marked as read.',
} satisfies BellMessages;
