import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type Fault, type FakeLoket } from '../../fake-loket/index.js';
import { XSS_PAYLOADS, makeHostile } from '../../fake-loket/hostile.js';
import type { LoketErrorKind } from '../../src/api/errors.js';
import { userMessageFor } from '../../src/api/errors.messages.js';
import '../../components/provider/provider.js';
import type { LoketBestuurProfile } from '../../components/bestuur-profile/bestuur-profile.js';
import { viewChunk } from '../../components/bestuur-profile/view-chunk.js';
import { allRoots, watchPageErrors } from '../hardening/page.js';
import { API, CONTACT_API, FIRST_GEMEENTE_ID, MANDATES_API, NOW, PATIENTLY, bodiesOf, lmbFixture, profileFixture, root, section, settled, text, typeInto } from './helpers.js';

type XssWindow = Window & { __xss?: boolean };
const INJECTED = '[data-xss], script, iframe, frame, object, embed, base, meta, img, svg, details';

function injected(shadow: ShadowRoot): string[] {
  return allRoots(shadow).flatMap((each) => [
    ...[...each.querySelectorAll(INJECTED)].map((element) => element.outerHTML.slice(0, 120)),
    ...[...each.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name))).map((element) => element.outerHTML.slice(0, 120)),
  ]);
}

function links(shadow: ShadowRoot): string[] {
  return allRoots(shadow).flatMap((each) => [...each.querySelectorAll<HTMLAnchorElement>('a[href]')].map((anchor) => anchor.href));
}

/** Every app's store made hostile: XSS in every text, non-http schemes in every URL the profile shows. */
function hostile(loket: FakeLoket): void {
  makeHostile(loket);
  let n = 0;
  const url = () => XSS_PAYLOADS.url[n++ % XSS_PAYLOADS.url.length]!;
  for (const record of loket.apps.contactgegevens!.store.get('contact-points')!.values()) record.attributes['website'] = url();
  for (const record of loket.apps.contactgegevens!.store.get('addresses')!.values()) record.attributes['address-register-uri'] = url();
  for (const record of loket.store.get('contact-punten')!.values()) record.attributes['website'] = url();
  for (const record of loket.store.get('adressen')!.values()) record.attributes['adres-register-uri'] = url();
  loket.store.get('bestuurseenheden')!.get(FIRST_GEMEENTE_ID)!.attributes['mail-adres'] = url();
  loket.changed();
}

describe('<loket-bestuur-profile> hardening', function () {
  this.timeout(60000);
  beforeEach(() => localStorage.clear());

  for (const contact of [true, false]) {
    it(`shows hostile data as text, never as markup or a non-http link (${contact ? 'Contactgegevens app' : 'Loket contactinfo'})`, async () => {
      delete (window as XssWindow).__xss;
      const loket = createFakeLoket({ now: NOW, only: ['bestuursorganen', 'contactinfo'] });
      const raad = bodiesOf(loket.world.bestuur(FIRST_GEMEENTE_ID)!)[0]!.inTime.at(-1)!.id;
      lmbFixture(loket, raad, [{ person: 'p1', start: '2025-01-02', status: 'effectief' }]);
      hostile(loket);
      const page = watchPageErrors();
      try {
        const { el } = await profileFixture({ loket, contact, mandates: true });
        await settled(el);
        const shadow = root(el);
        expect(shadow.querySelector('[role="alert"]'), text(shadow.querySelector('[role="alert"]'))).to.equal(null);
        expect(text(section(el, 'core'))).to.contain('<img src=x onerror=');
        expect(section(el, 'contact').querySelectorAll('[part="site"]').length).to.be.greaterThan(0);
        expect(text(section(el, 'preference')), 'a hostile address is text').to.match(/javascript:/i);
        // Open the forms too: the old value is shown there.
        shadow.querySelector<HTMLButtonElement>('[data-field="naam"] [part="correction-button"]')!.click();
        await waitUntil(() => shadow.querySelector('[part="correction-form"]'), 'no correction form', PATIENTLY);
        section(el, 'preference').querySelector<HTMLButtonElement>('[part="edit-preference"]')!.click();
        await waitUntil(() => shadow.querySelector('#pref-mail'), 'no preference form', PATIENTLY);
        expect(shadow.querySelector<HTMLInputElement>('#pref-mail')!.value).to.match(/^\s*(java|data|vbscript|JaVa|\t)/i);
        expect((window as XssWindow).__xss, 'a payload ran').to.equal(undefined);
        expect(injected(shadow)).to.deep.equal([]);
        expect(links(shadow).filter((href) => !/^https?:/.test(href)), 'only http(s) links').to.deep.equal([]);
        expect(page.uncaught).to.deep.equal([]);
        expect(page.consoleErrors).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });
  }

  it('a hostile correction-url (javascript:) is never fetched; the e-mail is prepared instead', async () => {
    const { el } = await profileFixture({ correctionUrl: 'javascript:window.__xss=true' });
    await settled(el);
    root(el).querySelector<HTMLButtonElement>('[data-field="naam"] [part="correction-button"]')!.click();
    await waitUntil(() => root(el).querySelector('#correction-proposed'), 'no form', PATIENTLY);
    typeInto(root(el).querySelector<HTMLInputElement>('#correction-proposed')!, 'x');
    (root(el).querySelector('[part="correction-form"]') as HTMLFormElement).requestSubmit();
    await waitUntil(() => root(el).querySelector('[part="correction-mail"]'), 'no e-mail prepared', PATIENTLY);
    expect((window as XssWindow).__xss).to.equal(undefined);
  });

  describe('fault matrix (every request but the session)', () => {
    const CASES: { name: string; fault: Fault; kind?: LoketErrorKind }[] = [
      { name: 'latency 300 ms', fault: { kind: 'latency', ms: 300 } },
      { name: '401', fault: { kind: 'status', status: 401 }, kind: 'unauthorized' },
      { name: '403', fault: { kind: 'status', status: 403 }, kind: 'forbidden' },
      { name: '429 with Retry-After', fault: { kind: 'status', status: 429, retryAfter: 1 }, kind: 'rate-limited' },
      { name: '500', fault: { kind: 'status', status: 500 }, kind: 'server' },
      { name: '503 with Retry-After', fault: { kind: 'status', status: 503, retryAfter: 1 }, kind: 'server' },
      { name: 'timeout', fault: { kind: 'hang' }, kind: 'timeout' },
      { name: 'malformed JSON', fault: { kind: 'malformed-json' }, kind: 'bad-response' },
      { name: 'wrong shape', fault: { kind: 'wrong-shape' }, kind: 'bad-response' },
      { name: 'offline', fault: { kind: 'drop' }, kind: 'network' },
    ];

    for (const testCase of CASES) {
      it(`${testCase.name}: ${testCase.kind ? 'each section says so with a retry, and recovers' : 'renders normally'}`, async () => {
        const loket = createFakeLoket({ now: NOW, only: ['bestuursorganen', 'contactinfo'] });
        loket.addFault({ path: /^\/(?!sessions)/, fault: testCase.fault });
        const kinds: string[] = [];
        const page = watchPageErrors();
        try {
          const wrapper = await fixture<HTMLElement>(html`<loket-provider .fetch=${loket.fetch} .timeout=${1500} @loket-error=${(event: CustomEvent<{ error: { kind: string } }>) => kinds.push(event.detail.error.kind)}>
            <loket-bestuur-profile api-base=${API} contact-api-base=${CONTACT_API} mandates-api-base=${MANDATES_API} .now=${NOW}></loket-bestuur-profile>
          </loket-provider>`);
          const el = wrapper.querySelector<LoketBestuurProfile>('loket-bestuur-profile')!;
          await settled(el);
          if (!testCase.kind) {
            expect(root(el).querySelector('[role="alert"]')).to.equal(null);
            expect(section(el, 'contact').querySelectorAll('[part="site"]').length).to.equal(6);
            expect(kinds).to.deep.equal([]);
          } else {
            const message = userMessageFor(testCase.kind, 'nl');
            for (const name of ['core', 'contact', 'bodies', 'preference'] as const) {
              expect(text(section(el, name).querySelector('[part="error"]')), name).to.contain(message).and.contain('Opnieuw proberen');
            }
            expect(kinds).to.include(testCase.kind);
            loket.clearFaults();
            for (const button of [...root(el).querySelectorAll<HTMLButtonElement>('[part="error"] button')]) button.click();
            await waitUntil(() => !root(el).querySelector('[part="error"]') && section(el, 'contact').querySelectorAll('[part="site"]').length === 6, 'did not recover', PATIENTLY);
            await waitUntil(() => section(el, 'bodies').querySelectorAll('[part="count"]').length === 3, 'counts did not recover', PATIENTLY);
            expect(text(section(el, 'preference').querySelector('[part="preference"]'))).to.contain('info@aalst.be');
          }
          expect(page.uncaught, 'uncaught').to.deep.equal([]);
          expect(page.consoleErrors, 'console errors').to.deep.equal([]);
        } finally {
          page.stop();
        }
      });
    }
  });

  describe('the view chunk (view.ts), fetched with the first reads', () => {
    it('offline: the profile shows the network error, and its retry fetches the chunk again', async () => {
      const load = viewChunk.load;
      let attempts = 0;
      const kinds: string[] = [];
      const onError = (event: Event) => kinds.push((event as CustomEvent<{ error: { kind: string } }>).detail.error.kind);
      document.addEventListener('loket-error', onError);
      viewChunk.load = () => {
        attempts++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      };
      try {
        const { el } = await profileFixture();
        await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error shown', PATIENTLY);
        expect(text(root(el).querySelector('[part="error"]'))).to.contain(userMessageFor('network', 'nl')).and.contain('Opnieuw proberen');
        expect(kinds).to.deep.equal(['network']);
        expect(root(el).querySelector('[part~="section"]')).to.equal(null);
        viewChunk.load = load;
        root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
        // The failed profile is not busy; the retry starts over with the next update.
        await waitUntil(() => !root(el).querySelector('[part="error"]'), 'the retry did not start over', PATIENTLY);
        await settled(el);
        expect(attempts).to.equal(1);
        expect(root(el).querySelector('[part="error"]')).to.equal(null);
        expect(text(root(el).querySelector('[data-field="naam"] .value'))).to.equal('Gemeente Aalst');
        expect(section(el, 'contact').querySelectorAll('[part="site"]').length).to.equal(6);
      } finally {
        viewChunk.load = load;
        document.removeEventListener('loket-error', onError);
      }
    });

    it('shows every section loading until the chunk is in, and then the data', async () => {
      const load = viewChunk.load;
      let arrive!: () => void;
      const held = new Promise<void>((resolve) => (arrive = resolve));
      viewChunk.load = () => held.then(load);
      try {
        const { el, loket } = await profileFixture();
        // The reads do not wait for the chunk: they are answered while it is still on its way.
        await waitUntil(() => loket.requests.some((request) => request.path.startsWith('/bestuurseenheden/')), 'the reads waited for the view chunk', PATIENTLY);
        await el.updateComplete;
        expect(root(el).querySelector('.profile')!.getAttribute('aria-busy')).to.equal('true');
        for (const name of ['core', 'contact', 'bodies', 'preference'] as const) expect(section(el, name).querySelector('[part="loading"]'), name).to.not.equal(null);
        arrive();
        await settled(el);
        expect(text(root(el).querySelector('[data-field="naam"] .value'))).to.equal('Gemeente Aalst');
      } finally {
        viewChunk.load = load;
      }
    });
  });

  describe('strict Content Security Policy with Trusted Types', () => {
    it('renders, opens its forms and prepares an e-mail without a violation', async function () {
      this.timeout(90000);
      const frame = document.createElement('iframe');
      frame.style.width = '1100px';
      frame.style.height = '900px';
      frame.src = new URL('./strict-page.html', import.meta.url).href;
      document.body.append(frame);
      try {
        type StrictWindow = Window & { __violations: string[]; __ready?: boolean };
        await waitUntil(() => (frame.contentWindow as StrictWindow | null)?.__ready === true, 'strict page did not start', { timeout: 60000 });
        const win = frame.contentWindow as StrictWindow;
        const script = frame.contentDocument!.createElement('script');
        expect(() => (script.textContent = 'window.__inlineRan = true'), 'the policy is enforced').to.throw(/TrustedScript/);
        await waitUntil(() => win.__violations.length > 0, 'no violation reported for the probe');
        win.__violations.length = 0;
        const el = frame.contentDocument!.querySelector('loket-bestuur-profile') as LoketBestuurProfile;
        await settled(el);
        expect(section(el, 'contact').querySelectorAll('[part="site"]').length).to.equal(6);
        section(el, 'preference').querySelector<HTMLButtonElement>('[part="edit-preference"]')!.click();
        await waitUntil(() => root(el).querySelector('[part="preference-form"]'), 'no preference form', PATIENTLY);
        root(el).querySelector<HTMLButtonElement>('[data-field="naam"] [part="correction-button"]')!.click();
        await waitUntil(() => root(el).querySelector('#correction-proposed'), 'no correction form', PATIENTLY);
        typeInto(root(el).querySelector<HTMLInputElement>('#correction-proposed')!, 'Stad Aalst');
        (root(el).querySelector('[part="correction-form"]') as HTMLFormElement).requestSubmit();
        await waitUntil(() => root(el).querySelector('[part="correction-mail"]'), 'no e-mail prepared', PATIENTLY);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(win.__violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
