import type { InboxMessages } from '../inbox.messages.js';

export default {
  module: 'the message centre',
  opening: 'Opening the conversation…',
} satisfies InboxMessages;
