import type { LmbFeedMessages } from '../lmb-feed.messages.js';

export default {
  lmbTitle: 'Notifications de Lokaal Mandatenbeheer',
  lmbNone: 'Aucune nouvelle notification de Lokaal Mandatenbeheer.',
  lmbFailed: 'Les notifications de Lokaal Mandatenbeheer n’ont pas pu être récupérées.',
  lmbMarkRead: 'Marquer comme lu',
  lmbRetry: 'Récupérer à nouveau les notifications de Lokaal Mandatenbeheer',
  lmbMore: { one: 'et encore {count} notification non lue dans Lokaal Mandatenbeheer', other: 'et encore {count} notifications non lues dans Lokaal Mandatenbeheer' },
} satisfies LmbFeedMessages;
