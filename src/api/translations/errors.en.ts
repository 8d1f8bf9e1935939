import type { LoketErrorKind } from '../errors.js';

export default {
  'network': 'Cannot reach the Loket. Check your internet connection and try again.',
  'cross-origin': 'The Loket API cannot be reached from this site. Set up a forward on your own domain; see the installation guide.',
  'timeout': 'The Loket is not responding in time. Try again in a moment.',
  'aborted': 'The request was cancelled.',
  'unauthorized': 'Your session has expired. Please sign in again.',
  'forbidden': 'You do not have access to this information.',
  'not-found': 'This information was not found. It may have been deleted.',
  'conflict': 'This information was changed in the meantime. Reload it and try again.',
  'validation': 'Some of the information is not valid. Check the fields and try again.',
  'rate-limited': 'Too many requests. Wait a moment and try again.',
  'server': 'Something went wrong at the Loket. Try again later.',
  'bad-response': 'The Loket sent an unexpected answer. Try again later.',
} satisfies Record<LoketErrorKind, string>;
