import type { CoreMessages } from '../core.messages.js';

export default {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  errorTitle: 'Something went wrong',
  signIn: 'Sign in',
  noAccess: 'You have no access to {module}. Ask the administrator of your authority to give you the role {role}.',
} satisfies CoreMessages;
