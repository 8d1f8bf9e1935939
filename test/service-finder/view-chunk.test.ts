import { expect, waitUntil } from '@open-wc/testing';
import { clearCache, mount, shadow } from './helpers.js';
import { failModules, refetchesFailedModules, restoreModules } from '../support/fail-modules.js';

// A file of its own: the results view's chunk must not have loaded on this page before.
describe('<loket-service-finder> when its results view cannot load (offline)', function () {
  this.timeout(30000);
  beforeEach(clearCache);
  afterEach(restoreModules);

  it('shows the network error with a retry, and the retry loads the view again', async () => {
    const refetches = await refetchesFailedModules();
    failModules('/components/service-finder/results-view.ts');
    const { el, loket } = await mount();
    const alert = () => shadow(el).querySelector('[role="alert"]');
    await waitUntil(alert, 'no error shown', { timeout: 8000 });
    expect(alert()!.textContent).to.match(/Geen verbinding met het Loket/);
    expect(shadow(el).querySelector('.results .result')).to.equal(null);

    restoreModules();
    const requests = loket.requests.length;
    alert()!.querySelector('button')!.click();
    // The retry reads again (the session, the first page) and asks for the view's chunk again.
    await waitUntil(() => loket.requests.length > requests, 'the retry asked nothing', { timeout: 8000 });
    if (refetches) {
      await waitUntil(() => shadow(el).querySelector('.results .result'), 'the retry did not bring the results', { timeout: 8000 });
      expect(alert()).to.equal(null);
    } else {
      // This browser keeps the failed chunk for the page's life: the retry fails as clearly again.
      await waitUntil(() => alert() && !shadow(el).querySelector('[aria-busy="true"]'), 'no error after the retry', { timeout: 8000 });
      expect(alert()!.textContent).to.match(/Geen verbinding met het Loket/);
    }
  });
});
