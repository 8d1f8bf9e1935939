import type { CoreMessages } from '../core.messages.js';

export default {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  close: 'Schließen',
  cancel: 'Abbrechen',
  errorTitle: 'Es ist ein Fehler aufgetreten',
  signIn: 'Anmelden',
  noAccess: 'Sie haben keinen Zugriff auf {module}. Bitten Sie die Verwaltung Ihrer Behörde, Ihnen die Rolle {role} zuzuweisen.',
} satisfies CoreMessages;
