import type { MandateMessages } from '../mandate-editor.messages.js';

export default {
  heading: 'Mandataries',
  count: { zero: 'No mandataries', one: '{count} mandatary', other: '{count} mandataries' },
  module: 'Lokaal Mandatenbeheer (local mandate management)',
  saved: 'The changes were saved.',
  removed: 'The mandatary was removed.',
} satisfies MandateMessages;
