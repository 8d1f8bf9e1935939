import type { LmbFeedMessages } from '../lmb-feed.messages.js';

export default {
  lmbTitle: 'Notifications from Lokaal Mandatenbeheer',
  lmbNone: 'No new notifications from Lokaal Mandatenbeheer.',
  lmbFailed: 'The notifications from Lokaal Mandatenbeheer could not be fetched.',
  lmbMarkRead: 'Mark as read',
  lmbRetry: 'Fetch the Lokaal Mandatenbeheer notifications again',
  lmbMore: { one: 'and {count} more unread notification in Lokaal Mandatenbeheer', other: 'and {count} more unread notifications in Lokaal Mandatenbeheer' },
} satisfies LmbFeedMessages;
