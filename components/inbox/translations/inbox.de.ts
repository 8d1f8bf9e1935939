import type { InboxMessages } from '../inbox.messages.js';

export default {
  module: 'das Nachrichtenzentrum',
  opening: 'Gespräch wird geöffnet…',
} satisfies InboxMessages;
