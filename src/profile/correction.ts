/**
 * "Is iets niet juist?": a structured correction request for one field of the profile, instead of
 * the bare e-mail link the real apps offer (frontend-contactgegevens-loket
 * `components/report-wrong-data.js` mails LoketLokaalBestuur@vlaanderen.be with the page URL).
 * The host chooses where it goes: it cancels the `loket-correction-request` event and handles it,
 * or names a `correction-url` the widget POSTs it to as JSON, or the widget prepares an e-mail.
 */
import { LoketError } from '../api/errors.js';
import type { FetchLike } from '../config.js';
import type { Source } from './model.js';

export interface CorrectionRequest {
  /** Which field: `naam`, `kbo`, `site:<id>:address`, `contact:<id>:email` … */
  field: string;
  /** The field's label as the user read it. */
  label: string;
  oldValue: string;
  /** What it should be, as the user typed it. */
  proposedValue: string;
  /** What is wrong, in the user's words (may be empty). */
  comment: string;
  bestuurseenheid: string;
  source: Source;
}

/** The address the real Loket apps give for reporting wrong data (frontend-loket, frontend-contactgegevens-loket). */
export const DEFAULT_CORRECTION_EMAIL = 'LoketLokaalBestuur@vlaanderen.be';

/**
 * POSTs the request as JSON to the host's endpoint (an http(s) URL). Not through the Loket client:
 * the endpoint is the host's, not a Loket app; the cookie goes along only on the page's own origin.
 * Any 2xx is success; anything else a LoketError the form shows while keeping the input.
 */
export async function postCorrection(url: string, request: CorrectionRequest, transport: FetchLike = (input, init) => fetch(input, init), signal?: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await transport(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    throw new LoketError(signal?.aborted ? 'aborted' : 'network', { cause, method: 'POST', url });
  }
  if (!response.ok) {
    const status = response.status;
    throw new LoketError(status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 429 ? 'rate-limited' : status >= 500 ? 'server' : 'validation', { status, method: 'POST', url });
  }
}

/** A `mailto:` link whose subject and body carry the request (`lines`: translated label, value pairs). */
export function correctionMailto(address: string, subject: string, lines: readonly (readonly [string, string])[]): string {
  const body = lines.map(([label, value]) => `${label}: ${value}`).join('\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
