import type { ProfileMessages } from '../bestuur-profile.messages.js';

export default {
  sectionCore: 'Core data',
  sectionContact: 'Contact details',
  sectionBodies: 'Governing bodies',
  sectionPreference: 'Message centre notifications',
} satisfies ProfileMessages;
