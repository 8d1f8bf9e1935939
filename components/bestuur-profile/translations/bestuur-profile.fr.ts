import type { ProfileMessages } from '../bestuur-profile.messages.js';

export default {
  sectionCore: 'Données de base',
  sectionContact: 'Coordonnées',
  sectionBodies: 'Organes',
  sectionPreference: 'Notifications du centre de messages',
} satisfies ProfileMessages;
