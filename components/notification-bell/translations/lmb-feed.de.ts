import type { LmbFeedMessages } from '../lmb-feed.messages.js';

export default {
  lmbTitle: 'Meldungen von Lokaal Mandatenbeheer',
  lmbNone: 'Keine neuen Meldungen von Lokaal Mandatenbeheer.',
  lmbFailed: 'Die Meldungen von Lokaal Mandatenbeheer konnten nicht abgerufen werden.',
  lmbMarkRead: 'Als gelesen markieren',
  lmbRetry: 'Meldungen von Lokaal Mandatenbeheer erneut abrufen',
  lmbMore: { one: 'und noch {count} ungelesene Meldung in Lokaal Mandatenbeheer', other: 'und noch {count} ungelesene Meldungen in Lokaal Mandatenbeheer' },
} satisfies LmbFeedMessages;
