import type { MandateMessages } from '../mandate-editor.messages.js';

export default {
  heading: 'Mandataires',
  count: { zero: 'Aucun mandataire', one: '{count} mandataire', other: '{count} mandataires' },
  module: 'Lokaal Mandatenbeheer (gestion locale des mandats)',
  saved: 'Les modifications ont été enregistrées.',
  removed: 'Le mandataire a été supprimé.',
} satisfies MandateMessages;
