import { lazyCatalog, type Message } from '../../src/i18n/translate.js';

const nl = {
  lmbTitle: 'Meldingen van Lokaal Mandatenbeheer',
  lmbNone: 'Geen nieuwe meldingen van Lokaal Mandatenbeheer.',
  lmbFailed: 'De meldingen van Lokaal Mandatenbeheer konden niet worden opgehaald.',
  lmbMarkRead: 'Als gelezen markeren',
  lmbRetry: 'Meldingen van Lokaal Mandatenbeheer opnieuw ophalen',
  lmbMore: { one: 'en nog {count} ongelezen melding in Lokaal Mandatenbeheer', other: 'en nog {count} ongelezen meldingen in Lokaal Mandatenbeheer' },
};

export type LmbFeedMessageKey = keyof typeof nl;
export type LmbFeedMessages = Record<LmbFeedMessageKey, Message>;

/** Strings of the bell's Lokaal Mandatenbeheer section (other languages on demand). */
export const lmbFeedMessages = lazyCatalog(nl, {
  fr: () => import('./translations/lmb-feed.fr.js'),
  de: () => import('./translations/lmb-feed.de.js'),
  en: () => import('./translations/lmb-feed.en.js'),
});
