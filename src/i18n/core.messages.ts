import { lazyCatalog } from './translate.js';

/** Strings every widget shares. Widget-specific strings live next to the widget. */
const nl = {
  loading: 'Bezig met laden…',
  retry: 'Opnieuw proberen',
  close: 'Sluiten',
  cancel: 'Annuleren',
  errorTitle: 'Er ging iets mis',
  signIn: 'Aanmelden',
  /** `{module}` is the widget's name for what it shows; `{role}` the role the administrator grants. */
  noAccess: 'U hebt geen toegang tot {module}. Vraag de beheerder van uw bestuur om u de rol {role} toe te kennen.',
};

export type CoreMessages = Record<keyof typeof nl, string>;
export type CoreMessageKey = keyof typeof nl;

export const coreMessages = lazyCatalog(nl, {
  fr: () => import('./translations/core.fr.js'),
  de: () => import('./translations/core.de.js'),
  en: () => import('./translations/core.en.js'),
});
