import type { MandateMessages } from '../mandate-editor.messages.js';

export default {
  heading: 'Mandatsträger',
  count: { zero: 'Keine Mandatsträger', one: '{count} Mandatsträger', other: '{count} Mandatsträger' },
  module: 'Lokaal Mandatenbeheer (lokale Mandatsverwaltung)',
  saved: 'Die Änderungen wurden gespeichert.',
  removed: 'Der Mandatsträger wurde entfernt.',
} satisfies MandateMessages;
