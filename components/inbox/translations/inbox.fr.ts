import type { InboxMessages } from '../inbox.messages.js';

export default {
  module: 'le centre de messages',
  opening: 'Ouverture de la conversation…',
} satisfies InboxMessages;
