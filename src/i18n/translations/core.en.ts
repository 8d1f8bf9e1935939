import type { CoreMessages } from '../core.messages.js';

export default {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  errorTitle: 'Something went wrong',
  signIn: 'Sign in',
} satisfies CoreMessages;
