/**
 * Every request the dossier list can send, through the strict fake (the real apps' domains,
 * dispatchers and authorization): every view, filter, sort, page, page size, paging mode and
 * source, the CSV export, and the no-access states. None may be refused (4xx/5xx) — except the
 * answers a case asks for on purpose (no session, a Subsidiepunt root that is not there).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import '../../components/dossier-list/dossier-list.js';
import type { LoketDossierList } from '../../components/dossier-list/dossier-list.js';
import { refusals, requestLines } from '../support/strict.js';

const NOW = new Date('2026-11-28T10:00:00Z');
const root = (el: LoketDossierList) => el.shadowRoot!;
const rows = (el: LoketDossierList) => [...root(el).querySelectorAll('.body [role=row]')];

async function settled(el: LoketDossierList): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () =>
      root(el).querySelector('[part=no-access]') ||
      (root(el).querySelector('.panel[aria-busy=false]') && (rows(el).length > 0 || root(el).querySelector('.message, [role=alert]'))),
    'the list did not settle',
    { timeout: 8000 },
  );
}

function expectNoRefusals(loket: FakeLoket, expected?: Parameters<typeof refusals>[1]): void {
  expect(refusals(loket, expected), requestLines(loket)).to.deep.equal([]);
}

/** Settles after a step and fails at once on a refusal (a refused list shows no table to walk on). */
let check: () => void = () => {};
async function step(el: LoketDossierList): Promise<void> {
  await settled(el);
  check();
}

/** Chooses each option of a filter select in turn (the first `limit`), then "all" again. */
async function walkSelect(el: LoketDossierList, name: string, limit = Infinity): Promise<number> {
  const select = root(el).querySelector<HTMLSelectElement>(`select[name=${name}]`);
  if (!select) return 0;
  const values = [...select.options].map((option) => option.value).filter(Boolean).slice(0, limit);
  for (const value of [...values, '']) {
    const current = root(el).querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
    current.value = value;
    current.dispatchEvent(new Event('change'));
    await step(el);
  }
  return values.length;
}

async function clickEach(el: LoketDossierList, selector: string): Promise<number> {
  const count = root(el).querySelectorAll(selector).length;
  for (let i = 0; i < count; i++) {
    root(el).querySelectorAll<HTMLElement>(selector)[i]!.click();
    await step(el);
  }
  return count;
}

/** Every view, sort (both ways), filter, page and page size of the list as it is now. */
async function walk(el: LoketDossierList): Promise<void> {
  await waitUntil(() => root(el).querySelector('select[name=type] option:nth-child(2)'), 'no filter choices', { timeout: 8000 });
  for (const view of ['lopend', 'afgerond', 'alle'] as const) {
    root(el).querySelector<HTMLElement>(`#tabs-${view}`)!.click();
    await step(el);
    // Each header twice: ascending and descending.
    const headers = root(el).querySelectorAll('[role=columnheader] button').length;
    expect(headers).to.be.greaterThan(3);
    for (let i = 0; i < headers; i++) {
      for (let twice = 0; twice < 2; twice++) {
        root(el).querySelectorAll<HTMLElement>('[role=columnheader] button')[i]!.click();
        await step(el);
      }
    }
  }
  expect(await walkSelect(el, 'status')).to.be.greaterThan(1);
  expect(await walkSelect(el, 'type', 6)).to.be.greaterThan(1);
  await walkSelect(el, 'organ');
  const search = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  search.value = 'reglement';
  root(el).querySelector('form')!.requestSubmit();
  await step(el);
  for (const [name, value] of [
    ['from', '2025-01-01'],
    ['to', '2026-06-30'],
  ]) {
    const input = root(el).querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    input.value = value!;
    input.dispatchEvent(new Event('change'));
    await step(el);
  }
  root(el).querySelector<HTMLButtonElement>('.filters button.secondary')!.click();
  await step(el);
  // Pages: forward twice, then each page size.
  for (let i = 0; i < 2; i++) {
    const next = [...root(el).querySelectorAll<HTMLButtonElement>('nav[part=pagination] button')].pop()!;
    if (!next.disabled) {
      next.click();
      await step(el);
    }
  }
  const sizes = [...root(el).querySelector<HTMLSelectElement>('nav[part=pagination] select')!.options].map((o) => o.value);
  for (const size of sizes) {
    const select = root(el).querySelector<HTMLSelectElement>('nav[part=pagination] select')!;
    select.value = size;
    select.dispatchEvent(new Event('change'));
    await step(el);
  }
  await exportCsv(el);
}

async function exportCsv(el: LoketDossierList): Promise<void> {
  const original = URL.createObjectURL;
  let made = false;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    made = true;
    return original.call(URL, object);
  };
  try {
    root(el).querySelector<HTMLButtonElement>('[part=export]')!.click();
    await waitUntil(() => made, 'no CSV made', { timeout: 15000 });
  } finally {
    URL.createObjectURL = original;
  }
}

describe('<loket-dossier-list> sends only requests the real apps answer', function () {
  this.timeout(180000);
  let loket: FakeLoket;
  beforeEach(() => {
    loket = createFakeLoket({ now: NOW, size: { dossiers: 300, services: 5 } });
    check = () => expectNoRefusals(loket);
  });

  const mount = (source: string, paging = 'pages') =>
    fixture<LoketDossierList>(html`<loket-dossier-list
      .fetch=${loket.fetch}
      source=${source}
      paging=${paging}
      subsidies-api-base="/subsidiepunt-api"
      dossier-url="https://loket.lokaalbestuur.vlaanderen.be/supervision/submissions/{id}"
      subsidy-url="https://subsidiepunt.lokaalbestuur.vlaanderen.be/subsidy/applications/{id}"
      @loket-dossier-select=${(e: Event) => e.preventDefault()}
    ></loket-dossier-list>`);

  it('supervision submissions (the Loket): every view, sort, filter, page, page size and the export', async () => {
    const el = await mount('submissions');
    await settled(el);
    await walk(el);
    expect(loket.requests.filter((r) => r.app === 'loket' && r.path === '/submissions').length).to.be.greaterThan(30);
    expectNoRefusals(loket);
  });

  it('subsidy applications (Subsidiepunt): every view, sort, filter, page, page size and the export', async () => {
    const el = await mount('subsidies');
    await settled(el);
    await walk(el);
    expect(loket.requests.filter((r) => r.app === 'subsidiepunt' && r.path === '/subsidy-measure-consumptions').length).to.be.greaterThan(20);
    expectNoRefusals(loket);
  });

  it('both sources on their tabs, and the virtual list scrolled through', async () => {
    // Harmless by specification (w3c/csswg-drafts#5488) when the virtualizer re-measures rows; see dossier-list.test.ts.
    const previous = window.onerror;
    window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : (previous?.call(window, message, ...rest) ?? false));
    try {
      const el = await mount('all', 'virtual');
      await settled(el);
      for (const kind of ['subsidies', 'submissions', 'subsidies']) {
        await waitUntil(() => root(el).querySelector(`#sources-${kind}`), 'no source tabs');
        root(el).querySelector<HTMLElement>(`#sources-${kind}`)!.click();
        await settled(el);
        await clickEach(el, '[part=tabs] [role=tab]');
        const body = root(el).querySelector<HTMLElement>('.body.virtual');
        if (body) {
          body.scrollTop = body.scrollHeight;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      expect(loket.requests.some((r) => r.path === '/submissions' && new URL(r.url).searchParams.get('page[size]') === '50')).to.equal(true);
      expectNoRefusals(loket);
    } finally {
      window.onerror = previous;
    }
  });

  it('the host’s own dossiers (items) send nothing at all', async () => {
    const el = await fixture<LoketDossierList>(html`<loket-dossier-list
      .fetch=${loket.fetch}
      .items=${[{ id: 'd1', types: [{ id: 't', label: 'Notulen' }], statusKind: 'sent', status: { id: 's', label: 'Verstuurd' } }]}
    ></loket-dossier-list>`);
    await settled(el);
    expect(loket.requests).to.deep.equal([]);
  });

  it('the no-access states ask the sessions only', async () => {
    loket.setSession({ roles: ['LoketLB-berichtenGebruiker'] });
    const el = await mount('all');
    await settled(el);
    expect(root(el).querySelectorAll('[part=no-access]')).to.have.length(2);
    expect(loket.requests.map((r) => r.path)).to.have.members(['/sessions/current', '/sessions/current']);
    expectNoRefusals(loket);
  });

  it('without a session, only the session answers refuse (400 "Invalid session", as the login service)', async () => {
    loket.setSession(null);
    const el = await mount('all');
    await settled(el);
    expect(root(el).querySelector('[role=alert]')).not.to.equal(null);
    expectNoRefusals(loket, (entry) => entry.path === '/sessions/current' && entry.status === 400);
  });

  it('without Subsidiepunt behind its root, only that root’s session refuses (404)', async () => {
    loket = createFakeLoket({ now: NOW, size: { dossiers: 50, services: 5 }, roots: { subsidiepunt: null } });
    const el = await mount('all');
    await settled(el);
    expect(rows(el).length).to.be.greaterThan(0);
    expectNoRefusals(loket, (entry) => entry.url.includes('/subsidiepunt-api/') && entry.status === 404);
  });
});
