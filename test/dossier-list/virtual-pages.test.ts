import { expect } from '@open-wc/testing';
import { VirtualPages, type PageLoader } from '../../components/dossier-list/virtual-pages.js';
import type { Dossier } from '../../src/api/dossiers.js';
import type { DossierPage } from '../../src/dossiers/source.js';

const dossier = (id: string): Dossier => ({ id, types: [], statusKind: 'sent' });

/** A loader whose requests the test answers one by one. */
function manualLoader() {
  const requests: { page: number; resolve: (page: DossierPage) => void; reject: (error: unknown) => void }[] = [];
  const load: PageLoader = (page) => new Promise((resolve, reject) => requests.push({ page, resolve, reject }));
  return { requests, load };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('VirtualPages', () => {
  it('loads the pages the virtualizer shows, and one ahead', async () => {
    const { requests, load } = manualLoader();
    const pages = new VirtualPages(2, () => {}, (error) => error);
    pages.reset({ items: [dossier('a'), dossier('b')], count: 6 }, load);
    pages.show(0, 1);
    pages.show(2, 3);
    expect(requests.map((r) => r.page)).to.deep.equal([1, 2]);
    requests[0]!.resolve({ items: [dossier('c'), dossier('d')], count: 6 });
    await settle();
    expect(pages.rows.map((row) => row?.id ?? null)).to.deep.equal(['a', 'b', 'c', 'd', null, null]);
  });

  it('shows a failed page, and its retry asks again even while an older failing request is still under way', async () => {
    const { requests, load } = manualLoader();
    const pages = new VirtualPages(2, () => {}, (error) => error);
    pages.reset({ items: [dossier('a'), dossier('b')], count: 4 }, load);
    pages.show(2, 3);
    requests[0]!.reject(new Error('500'));
    await settle();
    expect(pages.error).to.be.an('error');
    // The user scrolls over the rows again while the Loket still fails: a second request leaves.
    pages.show(2, 3);
    expect(requests).to.have.length(2);
    // Retry while that request is under way: asked again, and its late failure does not count.
    pages.retry();
    expect(requests).to.have.length(3);
    requests[1]!.reject(new Error('500'));
    await settle();
    expect(pages.error).to.equal(undefined);
    requests[2]!.resolve({ items: [dossier('c'), dossier('d')], count: 4 });
    await settle();
    expect(pages.error).to.equal(undefined);
    expect(pages.rows.map((row) => row?.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
