/**
 * Every request the service finder can send, walked through the strict fake Loket: both modes,
 * every filter option, every sort, paging, the search, the details, the bookmarks (toggle, list,
 * remove), `service-url`, `sync-url`, another language, each kind of bestuur in the world, and no
 * session. The real app would refuse what the fake answers with a 4xx or 5xx; none may be left.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { LoketServiceFinder } from '../../components/service-finder/service-finder.js';
import { createWorld, type FakeLoket } from '../../fake-loket/index.js';
import { refusals, requestLines } from '../support/strict.js';
import { API, clearCache, mount, searched, settled, shadow, type } from './helpers.js';

beforeEach(clearCache);

const patiently = { timeout: 15000 };

function expectNoRefusals(loket: FakeLoket, expected?: Parameters<typeof refusals>[1]): void {
  expect(refusals(loket, expected), `refused:\n${requestLines(loket)}`).to.deep.equal([]);
}

async function click(el: LoketServiceFinder, selector: string): Promise<void> {
  const target = shadow(el).querySelector<HTMLElement>(selector);
  expect(target, selector).to.exist;
  target!.click();
  await searched(el);
}

async function choose(el: LoketServiceFinder, value: string): Promise<void> {
  const select = shadow(el).querySelector<HTMLSelectElement>('select[data-action="sort"]')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await searched(el);
}

/** Every option of every filter, one at a time (on, then off), then a few together. */
async function walkFilters(el: LoketServiceFinder): Promise<number> {
  let walked = 0;
  const groups = [...shadow(el).querySelectorAll('details.filter')].length;
  for (let group = 0; group < groups; group++) {
    const boxes = () => [...shadow(el).querySelectorAll('details.filter')[group]!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not([disabled])')];
    const count = boxes().length;
    for (let option = 0; option < count; option++) {
      const box = boxes()[option];
      if (!box) continue;
      box.click();
      await searched(el);
      boxes()[option]?.click();
      await searched(el);
      walked++;
    }
  }
  // Several filters at once.
  for (let group = 1; group < groups; group++) {
    shadow(el).querySelectorAll('details.filter')[group]!.querySelector<HTMLInputElement>('input:not([disabled])')?.click();
    await searched(el);
  }
  return walked;
}

async function walkSortsAndPages(el: LoketServiceFinder): Promise<void> {
  for (const sort of ['score', 'name', 'newest']) {
    await choose(el, sort);
    for (let step = 0; step < 3; step++) {
      const next = shadow(el).querySelector<HTMLButtonElement>('[part="pager"] button:last-of-type:not([disabled])');
      if (!next) break;
      next.click();
      await searched(el);
    }
    const previous = shadow(el).querySelector<HTMLButtonElement>('[part="pager"] button:first-of-type:not([disabled])');
    if (previous) {
      previous.click();
      await searched(el);
    }
  }
}

async function walkDetails(el: LoketServiceFinder, count = 5): Promise<void> {
  const toggles = [...shadow(el).querySelectorAll<HTMLButtonElement>('.results [data-action="toggle"]')].slice(0, count);
  for (const toggle of toggles) {
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true' && toggle.closest('.result')!.querySelector('.details :is(p, a, .rich-text):not(.meta)'), 'no details', patiently);
  }
}

async function walkBookmarks(el: LoketServiceFinder, loket: FakeLoket): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('.bookmark'), 'no bookmark toggles', patiently);
  const writes = () => loket.requests.filter((request) => request.method !== 'GET' && request.status !== undefined).length;
  for (const pressed of ['false', 'true']) {
    const button = shadow(el).querySelector<HTMLButtonElement>(`.bookmark[aria-pressed="${pressed}"]`);
    if (!button) continue;
    const before = writes();
    button.click();
    await waitUntil(() => writes() > before, 'the toggle sent nothing', patiently);
    await el.updateComplete;
  }
  await click(el, '[data-action="bookmarks"]');
  await waitUntil(() => shadow(el).querySelector('[part="bookmarks"] :is(.result, .state, [role="alert"])'), 'no bookmarks view', patiently);
  const remove = shadow(el).querySelector<HTMLButtonElement>('[data-action="unbookmark"]');
  if (remove) {
    const before = writes();
    remove.click();
    await waitUntil(() => writes() > before, 'the removal sent nothing', patiently);
  }
  await click(el, '[data-action="search"]');
}

describe('<loket-service-finder> sends only requests the real Loket answers', function () {
  this.timeout(300000);

  it('server mode: every filter, sort, page, search, detail and bookmark action', async () => {
    const { el, loket } = await mount({ size: { services: 200, dossiers: 0 } });
    await settled(el);
    const walked = await walkFilters(el);
    expect(walked).to.be.greaterThan(40);
    await click(el, '[data-action="reset"]');
    await walkSortsAndPages(el);
    for (const query of ['subsidie', 'klimaat onthard', 'BBC', 'é"*()-|~', 'qqqzzz']) {
      await type(el, query);
      await searched(el);
    }
    await type(el, '');
    await searched(el);
    await walkDetails(el, 8);
    await walkBookmarks(el, loket);
    expectNoRefusals(loket);
    // What the walk covered, so the walk cannot quietly shrink.
    const search = loket.requests.filter((request) => request.path === '/public-services/search').map((request) => decodeURIComponent(request.url));
    for (const part of ['thematicAreas.broader.uuid', 'type.broader.uuid', 'competentAuthority.uuid', 'relevantAdministrativeUnits.uuid.keyword', 'sort[name.nl.raw]', 'sort[dateCreated]', 'page[number]=2', 'highlight[:fields:]']) {
      expect(search.some((url) => url.includes(part)), part).to.equal(true);
    }
    expect(loket.requests.some((request) => request.method === 'POST' && request.path.endsWith('/bookmarks'))).to.equal(true);
    expect(loket.requests.some((request) => request.method === 'DELETE' && request.path.startsWith('/bookmarks/'))).to.equal(true);
    expect(loket.requests.some((request) => request.path === '/public-services' && request.url.includes('%3Auri%3A'))).to.equal(true);
  });

  it('index mode: the catalogue read, local filters and sorts, details and bookmarks', async () => {
    const { el, loket } = await mount({ size: { services: 250, dossiers: 0 } }, (loket) => html`<loket-service-finder api-base=${API} mode="index" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    await walkFilters(el);
    await click(el, '[data-action="reset"]');
    await walkSortsAndPages(el);
    await type(el, 'rapportering');
    await walkDetails(el, 3);
    await walkBookmarks(el, loket);
    // A second finder revalidates the cached catalogue.
    const second = await mount({}, () => html`<loket-service-finder api-base=${API} mode="index" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(second.el);
    expectNoRefusals(loket);
    expect(loket.requests.filter((request) => request.path === '/public-services/search').length).to.be.greaterThan(3);
  });

  it('service-url, sync-url and another language', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#zoek=subsidie&thema=84d91754-0512-48f7-b783-f5a842122016&doelgroep=`);
    try {
      const { el, loket } = await mount({}, (loket) =>
        html`<div lang="de"><loket-service-finder api-base=${API} sync-url service-url="https://intranet.example/dienst/{id}" .fetch=${loket.fetch}></loket-service-finder></div>`,
      );
      const finder = el.querySelector('loket-service-finder')!;
      await settled(finder);
      await walkDetails(finder, 2);
      await walkSortsAndPages(finder);
      expectNoRefusals(loket);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  it('each kind of bestuur of the world searches its own kind', async () => {
    const world = createWorld(1);
    for (const bestuur of world.besturen.filter((candidate) => candidate.kind !== 'gemeente')) {
      const { el, loket } = await mount({ session: { groupId: bestuur.id } });
      await settled(el);
      expectNoRefusals(loket);
      el.remove();
    }
  });

  it('without a session: only the login service’s 400, read as an expired session', async () => {
    const { el, loket } = await mount({ session: null });
    await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'no message', patiently);
    expect(shadow(el).textContent).to.contain('Uw sessie is verlopen');
    expectNoRefusals(loket, (entry) => entry.path === '/sessions/current' && entry.status === 400);
    expect(loket.requests.map((request) => request.path)).to.deep.equal(['/sessions/current']);
  });
});
