import { expect, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type Fault, type FakeLoket } from '../../fake-loket/index.js';
import type { LoketErrorKind } from '../../src/api/errors.js';
import { userMessageFor } from '../../src/api/errors.messages.js';
import french from '../../src/api/translations/errors.fr.js';
import { PATIENTLY, TAGS, mountWidgets, shadowOf, watchPageErrors, type WidgetTag } from './page.js';

interface FaultCase {
  name: string;
  fault: Fault;
  /** The error the user must be told about; none for latency. */
  kind?: LoketErrorKind;
  lang?: 'fr';
}

const CASES: FaultCase[] = [
  { name: 'latency 300 ms', fault: { kind: 'latency', ms: 300 } },
  { name: '401', fault: { kind: 'status', status: 401 }, kind: 'unauthorized' },
  { name: '403', fault: { kind: 'status', status: 403 }, kind: 'forbidden' },
  { name: '429 with Retry-After', fault: { kind: 'status', status: 429, retryAfter: 1 }, kind: 'rate-limited' },
  { name: '500', fault: { kind: 'status', status: 500 }, kind: 'server' },
  { name: '500, in French', fault: { kind: 'status', status: 500 }, kind: 'server', lang: 'fr' },
  { name: '503 with Retry-After', fault: { kind: 'status', status: 503, retryAfter: 1 }, kind: 'server' },
  { name: 'timeout', fault: { kind: 'hang' }, kind: 'timeout' },
  { name: 'malformed JSON', fault: { kind: 'malformed-json' }, kind: 'bad-response' },
  { name: 'wrong shape', fault: { kind: 'wrong-shape' }, kind: 'bad-response' },
  { name: 'offline', fault: { kind: 'drop' }, kind: 'network' },
];

/** Short enough to keep the hang case quick, long enough for a normal answer of the fake. */
const TIMEOUT_MS = 1500;

/** What each widget shows when it works. */
const NORMAL: Record<WidgetTag, string> = {
  'loket-service-finder': '.result',
  'loket-dossier-list': '[part="row"]',
  'loket-notification-bell': '[popover]:popover-open [part="list"], [popover]:popover-open .note',
  'loket-mandate-editor': 'table',
};

const alertOf = (root: ShadowRoot) => root.querySelector<HTMLElement>('[role="alert"]');

/** The bell shows its failure in the popover: open it once the bell knows. */
async function revealBell(host: HTMLElement): Promise<void> {
  const root = shadowOf(host, 'loket-notification-bell');
  await waitUntil(() => root.querySelector('[part="badge"].problem') || root.querySelector('[part="badge"]'), 'the bell never settled', PATIENTLY);
  if (!root.querySelector('[popover]:popover-open')) root.querySelector<HTMLButtonElement>('button.bell')!.click();
}

for (const tag of TAGS) {
  describe(`fault matrix: <${tag}>`, function () {
    this.timeout(90000);
    let loket: FakeLoket;
    before(function () {
      this.timeout(20000);
      loket = createFakeLoket({ size: { services: 30, dossiers: 30 } });
    });

    for (const testCase of CASES) {
      it(`${testCase.name}: ${testCase.kind ? 'a clear message, loket-error, then retry recovers' : 'renders normally, no error'}`, async () => {
        const errors: string[] = [];
        // On the document from the start: a fast failure fires before the mount resolves.
        const onError = (event: Event) => errors.push((event as CustomEvent<{ error: { kind: string } }>).detail.error.kind);
        document.addEventListener('loket-error', onError);
        const page = watchPageErrors();
        loket.clearFaults();
        loket.addFault({ fault: testCase.fault });
        const host = await mountWidgets(loket, [tag], { timeout: TIMEOUT_MS, lang: testCase.lang });
        const root = shadowOf(host, tag);
        try {
          if (!testCase.kind) {
            if (tag === 'loket-notification-bell') await revealBell(host);
            await waitUntil(() => root.querySelector(NORMAL[tag]), `${tag} never rendered under latency`, PATIENTLY);
            expect(alertOf(root), 'an error under latency').to.equal(null);
            expect(errors).to.deep.equal([]);
          } else {
            if (tag === 'loket-notification-bell') await revealBell(host);
            await waitUntil(() => alertOf(root)?.querySelector('button'), `${tag} shows no error with a retry`, PATIENTLY);
            const expected = testCase.lang === 'fr' ? french[testCase.kind] : userMessageFor(testCase.kind, 'nl');
            await waitUntil(() => alertOf(root)!.textContent!.includes(expected), `${tag} message is not "${expected}" but "${alertOf(root)?.textContent?.trim()}"`, PATIENTLY);
            expect(errors, 'loket-error kinds').to.include(testCase.kind);
            if (tag === 'loket-service-finder') {
              const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
              input.value = 'a';
              input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            }
            loket.clearFaults();
            // One press is enough: the retry asks the Loket afresh, even while an earlier read of
            // the same resource is still sitting out its Retry-After.
            alertOf(root)!.querySelector('button')!.click();
            await waitUntil(() => root.querySelector(NORMAL[tag]) && !alertOf(root), `${tag} did not recover on retry`, PATIENTLY);
            if (tag === 'loket-service-finder') expect(root.querySelector<HTMLInputElement>('input[type="search"]')!.value, 'typed query lost').to.equal('a');
          }
          expect(page.uncaught, 'uncaught errors').to.deep.equal([]);
          expect(page.consoleErrors, 'console errors').to.deep.equal([]);
        } finally {
          page.stop();
          document.removeEventListener('loket-error', onError);
          loket.clearFaults();
          host.remove();
        }
      });
    }
  });
}
