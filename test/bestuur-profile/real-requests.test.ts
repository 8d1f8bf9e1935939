// Every request the profile can send, against the strict fake: all four sections in both contact
// modes, the counts in Lokaal Mandatenbeheer, another bestuur, no roles, no session, a language
// change, a retry, the preference save (and its read-back) and the correction request. None may be
// refused: the fake answers as the real apps would (unknown path, name or include → 4xx/5xx).
import { expect, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import type { LoketBestuurProfile } from '../../components/bestuur-profile/bestuur-profile.js';
import { refusals, requestLines } from '../support/strict.js';
import { FIRST_GEMEENTE_ID, NOW, PATIENTLY, bodiesOf, lmbFixture, profileFixture, root, section, settled, typeInto } from './helpers.js';

async function savePreference(el: LoketBestuurProfile, address: string): Promise<void> {
  section(el, 'preference').querySelector<HTMLButtonElement>('[part="edit-preference"]')!.click();
  await waitUntil(() => root(el).querySelector('#pref-mail'), 'no preference form', PATIENTLY);
  typeInto(root(el).querySelector<HTMLInputElement>('#pref-mail')!, address);
  root(el).querySelector<HTMLFormElement>('[part="preference-form"]')!.requestSubmit();
  await waitUntil(() => !root(el).querySelector('[part="preference-form"]'), 'the save did not finish', PATIENTLY);
}

async function reportWrong(el: LoketBestuurProfile, field: string): Promise<void> {
  root(el).querySelector<HTMLButtonElement>(`[data-field="${field}"] [part="correction-button"]`)!.click();
  await waitUntil(() => root(el).querySelector('#correction-proposed'), 'no correction form', PATIENTLY);
  typeInto(root(el).querySelector<HTMLInputElement>('#correction-proposed')!, 'iets anders');
  root(el).querySelector<HTMLFormElement>('[part="correction-form"]')!.requestSubmit();
  await waitUntil(() => !root(el).querySelector('#correction-proposed'), 'the correction did not go out', PATIENTLY);
}

describe('<loket-bestuur-profile> sends only requests the real apps accept', function () {
  this.timeout(60000);
  let loket: FakeLoket;

  before(() => {
    localStorage.clear();
    loket = createFakeLoket({ now: NOW, only: ['bestuursorganen', 'contactinfo'] });
    for (const body of bodiesOf(loket.world.bestuur(FIRST_GEMEENTE_ID)!)) {
      lmbFixture(loket, body.inTime.at(-1)!.id, [{ person: `${body.kind}-1`, start: '2025-01-02', status: 'effectief' }]);
    }
  });

  it('walks every section, mode and action', async () => {
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('loket-correction-request', cancel);
    try {
      // The Contactgegevens app and LMB configured: every section, its forms, a language change.
      const full = await profileFixture({ loket, mandates: true });
      await settled(full.el);
      expect(section(full.el, 'bodies').querySelectorAll('[part="count"]')).to.have.length(3);
      await savePreference(full.el, 'secretariaat@aalst.be');
      await reportWrong(full.el, 'kbo');
      const email = root(full.el).querySelector('[data-field$=":email"]')!.getAttribute('data-field')!;
      await reportWrong(full.el, email);
      full.el.parentElement!.setAttribute('lang', 'fr');
      await waitUntil(() => section(full.el, 'contact').textContent!.includes('Contact principal'), 'no French', PATIENTLY);
      full.el.reload();
      await settled(full.el);

      // A retry of a section after it failed on purpose (the refused request is the test's, not the widget's).
      loket.addFault({ app: 'loket', path: '/bestuursorganen', times: 1, fault: { kind: 'status', status: 500 } });
      full.el.reload();
      await settled(full.el);
      section(full.el, 'bodies').querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await waitUntil(() => section(full.el, 'bodies').querySelectorAll('[part="count"]').length === 3, 'no recovery', PATIENTLY);

      // The Loket's own contact points (no contact-api-base).
      const loketOnly = await profileFixture({ loket, contact: false });
      await settled(loketOnly.el);
      expect(section(loketOnly.el, 'contact').querySelectorAll('[part="site"]').length).to.equal(2);

      // Another bestuur, and a bestuur without sites, bodies or numbers.
      for (const bestuur of loket.world.besturen) {
        const other = await profileFixture({ loket, bestuurseenheid: bestuur.id, mandates: true });
        await settled(other.el);
      }
      for (const bestuur of loket.world.besturen.filter((each) => each.kind !== 'gemeente').slice(0, 4)) {
        loket.setSession({ groupId: bestuur.id });
        const own = await profileFixture({ loket: loket, mandates: true });
        await settled(own.el);
      }
      loket.setSession({});

      // No roles at all, and no session at all (a public page).
      loket.setSession({ roles: [] });
      const none = await profileFixture({ loket, mandates: true });
      await settled(none.el);
      loket.setSession(null);
      const anonymous = await profileFixture({ loket, bestuurseenheid: FIRST_GEMEENTE_ID, mandates: true });
      await settled(anonymous.el);
      loket.setSession({});
    } finally {
      document.removeEventListener('loket-correction-request', cancel);
    }
    const onPurpose = (entry: { path: string; status?: number }) => entry.path.startsWith('/bestuursorganen') && entry.status === 500;
    // Without a session the login service answers 400 "Invalid session": that is the widget asking who is there.
    const anonymousSession = (entry: { path: string; status?: number }) => entry.path === '/sessions/current' && entry.status === 400;
    expect(refusals(loket, (entry) => onPurpose(entry) || anonymousSession(entry)), requestLines(loket)).to.deep.equal([]);
    const paths = new Set(loket.requests.map((entry) => `${entry.app} ${entry.method} ${entry.path.replace(/[0-9a-f-]{20,}/g, ':id')}`));
    for (const expected of [
      'loket GET /bestuurseenheden/:id',
      'loket PATCH /bestuurseenheden/:id',
      'loket GET /bestuursorganen',
      'loket GET /bestuurseenheden/:id/contactinfo',
      'contactgegevens GET /administrative-units/:id',
      'contactgegevens GET /sites/:id',
      'contactgegevens GET /administrative-units/:id/sites',
      'lmb GET /mandatarissen',
    ]) {
      expect([...paths], expected).to.include(expected);
    }
  });
});
