import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/provider/provider.js';
import type { LoketProvider } from '../../components/provider/provider.js';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { configure, resetConfig } from '../../src/config.js';
import { FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import { $, LMB, NOW, fakeLoket, lmb, rows } from './helpers.js';

const settled = (el: LoketMandateEditor, selector: string, what: string) =>
  waitUntil(() => $(el, selector), what, { timeout: 5000 });

/** Nothing answers on the test server's own origin: without the fake the editor fails. */
async function failingEditor(template = html`<loket-mandate-editor mandates-api-base=${LMB} .now=${NOW}></loket-mandate-editor>`): Promise<LoketMandateEditor> {
  const root = await fixture<HTMLElement>(template);
  const el = root.localName === 'loket-mandate-editor' ? (root as LoketMandateEditor) : root.querySelector('loket-mandate-editor')!;
  await settled(el, '[part="error"]', 'the editor did not fail without a transport');
  return el;
}

describe('<loket-mandate-editor>: configuration that arrives or changes later', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetConfig());

  it('loads again, out of its error state, when `fetch` is set after connecting', async () => {
    const el = await failingEditor();
    el.fetch = fakeLoket().fetch;
    await settled(el, 'table', 'the table did not load with the new transport');
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, 'caption')!.textContent).to.contain('Gemeenteraad Aalst');
  });

  it('shows the bodies of another bestuurseenheid when `bestuurseenheid` changes (a session of that bestuur)', async () => {
    const fake = fakeLoket();
    const other = [...lmb(fake, 'bestuurseenheden').values()].find(
      (bestuur) => bestuur.id !== FIRST_GEMEENTE_ID && String(bestuur.attributes['naam']).startsWith('Gemeente '),
    )!;
    const otherName = String(other.attributes['naam']).replace(/^Gemeente /, '');
    const el = await fixture<LoketMandateEditor>(
      html`<loket-mandate-editor mandates-api-base=${LMB} .fetch=${fake.fetch} .now=${NOW} bestuurseenheid=${FIRST_GEMEENTE_ID}></loket-mandate-editor>`,
    );
    await settled(el, 'table', 'the first table did not load');
    const aalst = rows(el);
    // LMB shows a bestuur's bodies only to a session of that bestuur (its own mandaat graph).
    fake.setSession({ groupId: other.id }, 'lmb');
    el.bestuurseenheid = other.id;
    await waitUntil(() => $(el, 'caption')?.textContent?.includes(otherName), 'the other bestuur did not load', { timeout: 5000 });
    expect($<HTMLSelectElement>(el, '#orgaan')!.selectedOptions[0]!.textContent).to.equal(`Gemeenteraad ${otherName}`);
    expect(rows(el)).to.not.deep.equal(aalst);
  });

  it('follows a <loket-provider> whose transport is set later', async () => {
    const el = await failingEditor(html`<loket-provider mandates-api-base=${LMB}><loket-mandate-editor .now=${NOW}></loket-mandate-editor></loket-provider>`);
    (el.parentElement as LoketProvider).fetch = fakeLoket().fetch;
    await settled(el, 'table', 'the table did not load from the provider');
  });

  it('follows a global configure() made after connecting', async () => {
    const el = await failingEditor(html`<loket-mandate-editor .now=${NOW}></loket-mandate-editor>`);
    configure({ fetch: fakeLoket().fetch, mandatesApiBase: LMB });
    await settled(el, 'table', 'the table did not load after configure()');
  });

  it('reads from mandates-api-base, and follows it when it changes', async () => {
    const fake = fakeLoket({ roots: { lmb: '/elders/lmb' } });
    const el = await fixture<LoketMandateEditor>(html`<loket-mandate-editor mandates-api-base=${LMB} .fetch=${fake.fetch} .now=${NOW}></loket-mandate-editor>`);
    await settled(el, '[part="error"]', 'nothing serves LMB at /lmb-api here');
    el.mandatesApiBase = '/elders/lmb';
    await settled(el, 'table', 'the table did not load from the new root');
    expect(fake.requests.filter((entry) => entry.app === 'lmb').length).to.be.greaterThan(3);
  });

  it('loads again after being moved in the page, and not while nothing changed', async () => {
    const fake = fakeLoket();
    let requests = 0;
    const counting: typeof fake.fetch = (input, init) => {
      requests++;
      return fake.fetch(input, init);
    };
    const el = await fixture<LoketMandateEditor>(html`<loket-mandate-editor mandates-api-base=${LMB} .fetch=${counting} .now=${NOW}></loket-mandate-editor>`);
    await settled(el, 'table', 'the table did not load');
    const settledCount = requests;
    el.readonly = true;
    await el.updateComplete;
    expect(requests, 'an unrelated property change sent requests').to.equal(settledCount);
    const host = el.parentElement!;
    el.remove();
    host.append(el);
    await waitUntil(() => requests > settledCount, 'moving the editor did not load again', { timeout: 5000 });
    await settled(el, 'table', 'the table did not come back');
  });
});
