import { userMessageFor } from './errors.messages.js';
import type { Lang } from '../i18n/lang.js';

/** Everything that can go wrong talking to the Loket, as one closed set a widget can switch on. */
export type LoketErrorKind =
  | 'network'
  /** The API root is on another origin and the browser refused the answer (no CORS, no cookie):
   * the host must forward a path of its own origin to the Loket (see deploy/). */
  | 'cross-origin'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'bad-response';

export interface LoketErrorDetails {
  status?: number;
  /** How long the server asked us to wait, in ms (from `Retry-After`). */
  retryAfter?: number;
  /** Attribute name (or JSON pointer when it names no attribute) → the server's message. */
  fieldErrors?: Readonly<Record<string, string>>;
  /** The API's own title/detail text, for logs and support; never HTML. */
  serverMessage?: string;
  method?: string;
  url?: string;
  /** Overrides the generated English log message. */
  message?: string;
  cause?: unknown;
}

/**
 * The one error type of the client. `message` is English for logs; what a user reads comes from
 * `userMessage(lang)`, so a widget never shows raw server text.
 */
export class LoketError extends Error {
  override readonly name = 'LoketError';
  readonly kind: LoketErrorKind;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly serverMessage?: string;
  readonly method?: string;
  readonly url?: string;

  constructor(kind: LoketErrorKind, details: LoketErrorDetails = {}) {
    super(details.message ?? logMessage(kind, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.fieldErrors = details.fieldErrors ?? {};
    this.serverMessage = details.serverMessage;
    this.method = details.method;
    this.url = details.url;
  }

  /** Clear text for the user, in `nl` (Flemish, formal "u"), `fr`, `de` or `en`. */
  userMessage(lang: Lang | string = 'nl'): string {
    return userMessageFor(this.kind, lang);
  }
}

export function isLoketError(error: unknown): error is LoketError {
  return error instanceof LoketError;
}

function logMessage(kind: LoketErrorKind, details: LoketErrorDetails): string {
  const request = details.method && details.url ? ` (${details.method} ${details.url})` : '';
  const status = details.status === undefined ? '' : ` ${details.status}`;
  const server = details.serverMessage ? `: ${details.serverMessage}` : '';
  return `Loket request failed, ${kind}${status}${request}${server}`;
}
