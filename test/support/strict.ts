/**
 * What the strict fake refused: every request a widget sent that the real app would answer with a
 * 4xx or 5xx (an unknown path, name, include, or a write it rejects). The walk tests of each widget
 * (`test/<widget>/real-requests.test.ts`) drive every view, filter, sort, page and mode, then
 * assert that this list is empty.
 */
import type { FakeLoket, RequestLogEntry } from '../../fake-loket/index.js';

export interface Refusal {
  method: string;
  app: string;
  path: string;
  url: string;
  status: number;
}

/** The requests so far that the fake answered with a 4xx or 5xx, minus the ones a test caused on purpose. */
export function refusals(loket: FakeLoket, expected: (entry: RequestLogEntry) => boolean = () => false): Refusal[] {
  return loket.requests
    .filter((entry) => (entry.status ?? 0) >= 400 && !expected(entry))
    .map(({ method, app, path, url, status }) => ({ method, app, path, url: decodeURIComponent(url), status: status! }));
}

/** Every request, decoded, one per line: handy in an assertion message. */
export function requestLines(loket: FakeLoket): string {
  return loket.requests.map((entry) => `${entry.status ?? '…'} ${entry.method} ${entry.app} ${decodeURIComponent(entry.url)}`).join('\n');
}
