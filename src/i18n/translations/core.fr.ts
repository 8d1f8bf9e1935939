import type { CoreMessages } from '../core.messages.js';

export default {
  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  cancel: 'Annuler',
  errorTitle: 'Un problème est survenu',
  signIn: 'Se connecter',
} satisfies CoreMessages;
