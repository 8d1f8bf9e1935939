import type { ProfileMessages } from '../bestuur-profile.messages.js';

export default {
  sectionCore: 'Stammdaten',
  sectionContact: 'Kontaktdaten',
  sectionBodies: 'Organe',
  sectionPreference: 'Benachrichtigungen des Nachrichtenzentrums',
} satisfies ProfileMessages;
