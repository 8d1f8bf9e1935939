import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeLoket } from '../../fake-loket/index.js';
import '../../components/dossier-list/dossier-list.js';
import type { LoketDossierList } from '../../components/dossier-list/dossier-list.js';
import { failModules, refetchesFailedModules, restoreModules } from '../support/fail-modules.js';

// A file of its own: the view's chunk must not have loaded on this page before.
describe('<loket-dossier-list> when its view cannot load (offline)', function () {
  this.timeout(30000);
  afterEach(restoreModules);

  it('shows the network error with a retry, and the retry loads the view again', async () => {
    const refetches = await refetchesFailedModules();
    const fake = createFakeLoket({ now: new Date('2026-11-28T10:00:00Z'), size: { dossiers: 30, services: 5 } });
    failModules('/components/dossier-list/view.ts');
    const el = await fixture<LoketDossierList>(html`<loket-dossier-list .fetch=${fake.fetch}></loket-dossier-list>`);
    const root = el.shadowRoot!;
    const alert = () => root.querySelector('[role=alert]');
    await waitUntil(alert, 'no error shown', { timeout: 8000 });
    expect(alert()!.textContent).to.match(/Geen verbinding met het Loket/);
    expect(root.querySelector('.body [role=row]')).to.equal(null);

    restoreModules();
    const requests = fake.requests.length;
    alert()!.querySelector('button')!.click();
    // The retry asks again: the page of dossiers, and the view's chunk.
    await waitUntil(() => fake.requests.length > requests && (alert() || root.querySelector('.body [role=row]')), 'the retry did nothing', { timeout: 8000 });
    await el.updateComplete;
    if (refetches) {
      await waitUntil(() => root.querySelector('.body [role=row]'), 'the retry did not bring the list', { timeout: 8000 });
      expect(alert()).to.equal(null);
    } else {
      // This browser keeps the failed chunk for the page's life: the retry fails as clearly again.
      await waitUntil(() => alert() && root.querySelector('.panel[aria-busy=false]'), 'no error after the retry', { timeout: 8000 });
      expect(alert()!.textContent).to.match(/Geen verbinding met het Loket/);
    }
  });
});
