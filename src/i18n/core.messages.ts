import { lazyCatalog } from './translate.js';

/** Strings every widget shares. Widget-specific strings live next to the widget. */
const nl = {
  loading: 'Bezig met laden…',
  retry: 'Opnieuw proberen',
  close: 'Sluiten',
  cancel: 'Annuleren',
  errorTitle: 'Er ging iets mis',
  signIn: 'Aanmelden',
};

export type CoreMessages = Record<keyof typeof nl, string>;
export type CoreMessageKey = keyof typeof nl;

export const coreMessages = lazyCatalog(nl, {
  fr: () => import('./translations/core.fr.js'),
  de: () => import('./translations/core.de.js'),
  en: () => import('./translations/core.en.js'),
});
