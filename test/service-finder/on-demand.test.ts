import { expect, html, waitUntil } from '@open-wc/testing';
import { API, clearCache, mount, settled, shadow } from './helpers.js';

beforeEach(clearCache);

/** Modules this page has fetched so far (each test file runs in a page of its own). */
function fetched(fragment: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(fragment));
}

// Order matters: the page starts without the search library, so the server-mode test comes first.
describe('<loket-service-finder> loads code on demand', function () {
  this.timeout(30000);

  it('never loads the search library in server mode, and the details only on expansion', async () => {
    const { el } = await mount();
    await settled(el);
    expect(fetched('/results-view.')).to.equal(true);
    expect(fetched('/minisearch/')).to.equal(false);
    expect(fetched('/search-index.')).to.equal(false);
    expect(fetched('/result-details.')).to.equal(false);
    shadow(el).querySelector<HTMLButtonElement>('button[data-action="toggle"]')!.click();
    await waitUntil(() => fetched('/result-details.'), 'the expanded view was never loaded', { timeout: 8000 });
    await waitUntil(() => shadow(el).querySelector('.details:not([hidden]) [part="cta"], .details:not([hidden]) .rich-text'), 'no details', { timeout: 8000 });
  });

  it('loads the search library in index mode', async () => {
    const { el } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} mode="index" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    expect(fetched('/minisearch/')).to.equal(true);
  });
});
