import type { Catalog } from './translate.js';

/** Strings every widget shares. Widget-specific strings live next to the widget. */
export const coreMessages = {
  nl: {
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    close: 'Sluiten',
    cancel: 'Annuleren',
    errorTitle: 'Er ging iets mis',
    signIn: 'Aanmelden',
  },
  fr: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    close: 'Fermer',
    cancel: 'Annuler',
    errorTitle: 'Un problème est survenu',
    signIn: 'Se connecter',
  },
  de: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    cancel: 'Abbrechen',
    errorTitle: 'Es ist ein Fehler aufgetreten',
    signIn: 'Anmelden',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    cancel: 'Cancel',
    errorTitle: 'Something went wrong',
    signIn: 'Sign in',
  },
} satisfies Catalog;

export type CoreMessageKey = keyof (typeof coreMessages)['nl'];
