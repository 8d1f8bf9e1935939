import type { CoreMessages } from '../core.messages.js';

export default {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  close: 'Schließen',
  cancel: 'Abbrechen',
  errorTitle: 'Es ist ein Fehler aufgetreten',
  signIn: 'Anmelden',
} satisfies CoreMessages;
