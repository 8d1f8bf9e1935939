import type { CoreMessages } from '../core.messages.js';

export default {
  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  cancel: 'Annuler',
  errorTitle: 'Un problème est survenu',
  signIn: 'Se connecter',
  noAccess: "Vous n'avez pas accès à {module}. Demandez à l'administrateur de votre administration de vous attribuer le rôle {role}.",
} satisfies CoreMessages;
