import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServiceSelectDetail } from '../../components/service-finder/service-finder.js';
import { CLASSIFICATIES, createWorld } from '../../fake-loket/index.js';
import {
  API,
  GEMEENTE,
  clearCache,
  failingWhere,
  filterBox,
  input,
  isFocused,
  liveRegion,
  mount,
  nameOf,
  resultNames,
  searched,
  searches,
  settled,
  shadow,
  shownServices,
  type,
} from './helpers.js';

beforeEach(clearCache);

/** Waiting, not timing: the machine may be busy. */
const patiently = { timeout: 10000 };

const summary = (el: HTMLElement) => el.shadowRoot!.querySelector('#summary')!.textContent!.trim();
const lastSearch = (loket: Parameters<typeof searches>[0]) => searches(loket).at(-1)!;
const TOEZICHT = 'Elektronisch indienen van meldingsplichtige documenten (Toezicht)';
/** The fake world's OCMW Aalst (same seed as `mount`). */
const OCMW_AALST = createWorld(1).besturen.find((bestuur) => bestuur.kind === 'ocmw')!.id;

describe('<loket-service-finder> (server mode, the default)', function () {
  // Generous for a loaded machine: axe over a page of results takes a while. Nothing here is timed.
  this.timeout(40000);

  it('shows the Loket’s catalogue for the session bestuur’s kind, newest first, 25 at a time, and is accessible', async () => {
    const { el, loket } = await mount();
    await settled(el);
    const expected = shownServices(loket);
    expect(summary(el)).to.equal(`${expected.length} diensten gevonden`);
    const newest = [...expected].sort((a, b) => String(b.attributes['date-created']).localeCompare(String(a.attributes['date-created'])));
    expect(resultNames(el)).to.deep.equal(newest.slice(0, 25).map(nameOf));
    const request = lastSearch(loket);
    expect(request.get('filter[:terms:relevantAdministrativeUnits.uuid.keyword]')).to.equal(GEMEENTE);
    expect(request.get('sort[dateCreated]')).to.equal('desc');
    expect(filterBox(el, 'Doelgroep', 'Gemeente')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('needs no module role: a session with only the messages role sees the same catalogue', async () => {
    const { el, loket } = await mount({ session: { roles: ['LoketLB-berichtenGebruiker'] } });
    await settled(el);
    expect(summary(el)).to.equal(`${shownServices(loket).length} diensten gevonden`);
    expect(shadow(el).querySelector('[part="no-access"]')).to.equal(null);
  });

  it('defaults the Doelgroep filter to the user’s own kind of bestuur', async () => {
    const { el, loket } = await mount({ session: { groupId: OCMW_AALST } });
    await settled(el);
    expect(lastSearch(loket).get('filter[:terms:relevantAdministrativeUnits.uuid.keyword]')).to.equal(CLASSIFICATIES.ocmw.id);
    expect(filterBox(el, 'Doelgroep', 'OCMW')!.checked).to.equal(true);
    expect(summary(el)).to.equal(`${shownServices(loket, CLASSIFICATIES.ocmw.id).length} diensten gevonden`);
  });

  it('lets the user change the Doelgroep, and restores the default', async () => {
    const { el, loket } = await mount();
    await settled(el);
    filterBox(el, 'Doelgroep', 'Gemeente')!.click();
    await searched(el);
    expect(lastSearch(loket).has('filter[:terms:relevantAdministrativeUnits.uuid.keyword]')).to.equal(false);
    expect(summary(el)).to.equal(`${shownServices(loket, null).length} diensten gevonden`);
    filterBox(el, 'Doelgroep', 'Provincie')!.click();
    await searched(el);
    expect(lastSearch(loket).get('filter[:terms:relevantAdministrativeUnits.uuid.keyword]')).to.equal(CLASSIFICATIES.provincie.id);
    expect(summary(el)).to.equal(`${shownServices(loket, CLASSIFICATIES.provincie.id).length} diensten gevonden`);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('[data-action="reset"]')][0]!.click();
    await searched(el);
    expect(lastSearch(loket).get('filter[:terms:relevantAdministrativeUnits.uuid.keyword]')).to.equal(GEMEENTE);
  });

  it('filters on thema, type and aanbieder through their broader concepts, and switches to relevance', async () => {
    const { el, loket } = await mount();
    await settled(el);
    filterBox(el, 'Thematisch', 'Omgeving')!.click();
    await searched(el);
    let request = lastSearch(loket);
    expect(request.get('filter[thematicAreas.broader.uuid]')).to.equal('84d91754-0512-48f7-b783-f5a842122016');
    // The first filter switches the sort to relevance, as the real page does.
    expect([...request.keys()].some((key) => key.startsWith('sort['))).to.equal(false);
    expect(shadow(el).querySelector<HTMLSelectElement>('select')!.value).to.equal('score');
    filterBox(el, 'Type', 'Steunmaatregelen')!.click();
    await searched(el);
    filterBox(el, 'Aanbieder', 'Vlaams Energie- en Klimaatagentschap')!.click();
    await searched(el);
    request = lastSearch(loket);
    expect(request.get('filter[type.broader.uuid]')).to.equal('5e345907-3ab8-450d-b7e1-c97cf1f6ac9f');
    expect(request.get('filter[competentAuthority.uuid]')).to.equal('87cad6c3-0600-4ff7-bf59-e448b9bfedfb');
    expect(resultNames(el).length).to.be.greaterThan(0);
    expect(resultNames(el).every((name) => /klimaat|renovatie|onthard|landinrichting|riolering/i.test(name))).to.equal(true);
  });

  it('searches with the Loket’s full-text search and marks what mu-search highlighted, as text', async () => {
    const { el, loket } = await mount();
    await settled(el);
    await type(el, 'klimaat');
    await searched(el);
    const request = lastSearch(loket);
    expect(request.get('filter[:sqs:name.nl^5,description.nl^2,thematicAreas.label]')).to.equal('klimaat*');
    expect(request.get('highlight[:fields:]')).to.equal('name.nl,description.nl');
    expect(resultNames(el)[0]).to.match(/klimaat/i);
    const marks = [...shadow(el).querySelectorAll('.result-title mark')].map((mark) => mark.textContent!.toLowerCase());
    expect(marks).to.include('klimaatprojecten');
    expect(shadow(el).querySelector('.summary mark')).to.exist;
    await waitUntil(() => /\d+ dienst(en)? gevonden/.test(liveRegion(el).textContent!), 'the count was not announced', patiently);
    expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
  });

  it('sorts A–Z on name.nl.raw and newest on dateCreated', async () => {
    const { el, loket } = await mount();
    await settled(el);
    const select = shadow(el).querySelector<HTMLSelectElement>('select')!;
    select.value = 'name';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await searched(el);
    expect(lastSearch(loket).get('sort[name.nl.raw]')).to.equal('asc');
    const names = resultNames(el);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }))).to.deep.equal(names);
  });

  it('pages through the results and puts the focus on the count', async () => {
    const { el, loket } = await mount();
    await settled(el);
    const total = shownServices(loket).length;
    const pages = Math.ceil(total / 25);
    expect(shadow(el).querySelector('[part="pager"]')!.textContent).to.contain(`Pagina 1 van ${pages}`);
    const first = resultNames(el);
    shadow(el).querySelector<HTMLButtonElement>('[data-action="page"][data-page="1"]')!.click();
    await searched(el);
    expect(lastSearch(loket).get('page[number]')).to.equal('1');
    expect(resultNames(el)).not.to.deep.equal(first);
    expect(isFocused(el, shadow(el).querySelector('#summary'))).to.equal(true);
    expect(shadow(el).querySelector('[part="pager"]')!.textContent).to.contain(`Pagina 2 van ${pages}`);
    await type(el, 'subsidie');
    await searched(el);
    expect(lastSearch(loket).get('page[number]')).to.equal('0');
  });

  it('opens a service’s details with the real page’s read and its call to action', async () => {
    const { el, loket } = await mount();
    await settled(el);
    await type(el, 'meldingsplichtige');
    await searched(el);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.result-title button')!;
    expect(toggle.textContent!.trim()).to.equal(TOEZICHT);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => shadow(el).querySelector('[part="cta"]'), 'no call to action', patiently);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const read = loket.requests.find((request) => /^\/public-services\/[^/]+$/.test(request.path) && request.path !== '/public-services/search')!;
    expect(new URL(read.url).searchParams.get('include')).to.equal('competent-authority,procedures.websites,relevant-administrative-units,thematic-areas,type,websites');
    const details = shadow(el).querySelector('.details:not([hidden])')!;
    expect(details.textContent).to.contain('Aangeboden door: Agentschap Binnenlands Bestuur');
    expect(details.textContent).to.contain('Doelgroep(en):');
    // The first website of the first procedure (utils/get-public-service-cta.js).
    const cta = details.querySelector<HTMLAnchorElement>('[part="cta"]')!;
    expect(cta.href).to.equal('https://loket.lokaalbestuur.vlaanderen.be/');
    expect(details.querySelector('.rich-text')!.textContent).to.contain('toezichthoudende overheid');
    const selected = oneEvent(el, 'loket-service-select');
    el.addEventListener('loket-service-select', (event) => event.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    cta.dispatchEvent(click);
    const event = (await selected) as CustomEvent<ServiceSelectDetail>;
    expect(event.detail.service.name).to.equal(TOEZICHT);
    expect(event.detail.url).to.equal(cta.href);
    expect(event.cancelable).to.equal(true);
    expect(click.defaultPrevented).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('links the name through `service-url` when given, and follows it unless the host cancels', async () => {
    const { el } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} service-url="https://www.aalst.be/diensten?ipdc={id}" target="_blank" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    const link = shadow(el).querySelector<HTMLAnchorElement>('.result-title a')!;
    expect(link.href).to.match(/^https:\/\/www\.aalst\.be\/diensten\?ipdc=[\w-]+$/);
    expect(link.target).to.equal('_blank');
    let followed: boolean | undefined;
    const watch = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // keep the test page where it is
    };
    document.addEventListener('click', watch, { once: true });
    const selected = oneEvent(el, 'loket-service-select');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(((await selected) as CustomEvent<ServiceSelectDetail>).detail.url).to.equal(link.href);
    expect(followed).to.equal(true);
    // The details are still one button away.
    shadow(el).querySelector<HTMLButtonElement>('.actions [data-action="toggle"]')!.click();
    await waitUntil(() => shadow(el).querySelector('.details:not([hidden]) [part="cta"], .details:not([hidden]) .rich-text'), 'no details', patiently);
  });

  it('shows the bookmarks the ipdc-bookmarks service holds, by service URI, and toggles them', async () => {
    const { el, loket } = await mount();
    await settled(el);
    await type(el, 'meldingsplichtige');
    await searched(el);
    await waitUntil(() => shadow(el).querySelector('.bookmark'), 'no bookmark buttons', patiently);
    const button = () => shadow(el).querySelector<HTMLButtonElement>('.bookmark')!;
    // The Toezicht module is bookmarked for a new user with the toezicht role (config/bookmarkdefaults.js).
    expect(button().getAttribute('aria-pressed')).to.equal('true');
    button().click();
    await waitUntil(() => loket.requests.some((request) => request.method === 'DELETE' && request.path.startsWith('/bookmarks/') && request.status === 204), 'no DELETE', patiently);
    await el.updateComplete;
    expect(button().getAttribute('aria-pressed')).to.equal('false');
    button().click();
    await waitUntil(() => loket.requests.some((request) => request.method === 'POST' && request.status === 201), 'no POST', patiently);
    await waitUntil(() => button().getAttribute('aria-pressed') === 'true', 'not shown as bookmarked', patiently);
    const post = loket.requests.find((request) => request.method === 'POST')!;
    expect(post.path).to.match(/^\/public-services\/[^/]+\/bookmarks$/);
  });

  it('puts a failed bookmark back and says so', async () => {
    const { el, loket } = await mount();
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('.bookmark[aria-pressed="false"]'), undefined, patiently);
    loket.addFault({ method: 'POST', fault: { kind: 'status', status: 500 } });
    const button = shadow(el).querySelector<HTMLButtonElement>('.bookmark[aria-pressed="false"]')!;
    button.click();
    await waitUntil(() => shadow(el).querySelector('.actions [role="alert"]'), 'no bookmark failure shown', patiently);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('lists the bookmarked services, read by their URI, with their call to action', async () => {
    const { el, loket } = await mount();
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('[data-action="bookmarks"]'), 'no bookmarks button', patiently);
    const open = shadow(el).querySelector<HTMLButtonElement>('[data-action="bookmarks"]')!;
    expect(open.textContent).to.match(/Bewaarde diensten \(\d+\)/);
    open.click();
    await waitUntil(() => shadow(el).querySelector('[part="bookmarks"] .result'), 'no bookmarked services', patiently);
    const reads = loket.requests.filter((request) => request.path === '/public-services' && decodeURIComponent(request.url).includes('filter[:uri:]=https://ipdc.vlaanderen.be/id/instantie/'));
    expect(reads.length).to.be.greaterThan(0);
    const names = [...shadow(el).querySelectorAll('[part="bookmarks"] .result-title')].map((title) => title.textContent!.trim());
    expect(names).to.include(TOEZICHT);
    expect(isFocused(el, shadow(el).querySelector('#bookmarks-title'))).to.equal(true);
    await expect(el).to.be.accessible();
    const before = names.length;
    shadow(el).querySelector<HTMLButtonElement>('[data-action="unbookmark"]')!.click();
    await waitUntil(() => shadow(el).querySelectorAll('[part="bookmarks"] .result').length === before - 1, 'the bookmark stayed', patiently);
    shadow(el).querySelector<HTMLButtonElement>('[data-action="search"]')!.click();
    await el.updateComplete;
    expect(resultNames(el).length).to.be.greaterThan(0);
  });

  it('degrades a filter whose code list cannot be read, and keeps the list working', async () => {
    const { el, loket } = await mount({}, (loket) =>
      html`<loket-service-finder api-base=${API} .fetch=${failingWhere(loket, /conceptscheme\/Thema/)}></loket-service-finder>`,
    );
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('[part="filter-error"]'), 'the failed filter says nothing', patiently);
    expect(shadow(el).querySelector('[part="error"]'), 'the whole list failed').to.equal(null);
    expect(resultNames(el).length).to.be.greaterThan(0);
    expect(filterBox(el, 'Type', 'Steunmaatregelen')).to.exist;
    expect(shadow(el).querySelector('[part="filter-error"]')!.textContent).to.contain('Deze filter kan nu niet geladen worden');
    // The other filters still search.
    filterBox(el, 'Type', 'Steunmaatregelen')!.click();
    await searched(el);
    expect(lastSearch(loket).get('filter[type.broader.uuid]')).to.equal('5e345907-3ab8-450d-b7e1-c97cf1f6ac9f');
    await expect(el).to.be.accessible();
  });

  for (const [name, fault] of [
    ['a server error', { kind: 'status', status: 500 }],
    ['an unavailable server', { kind: 'status', status: 503 }],
    ['malformed JSON', { kind: 'malformed-json' }],
    ['a dropped connection', { kind: 'drop' }],
  ] as const) {
    it(`shows a translated message and a working retry after ${name}`, async () => {
      const { el, loket } = await mount({}, undefined, (loket) => loket.addFault({ path: '/public-services/search', fault }));
      const errors: unknown[] = [];
      el.addEventListener('loket-error', (event) => errors.push(event.detail.error));
      await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'no error shown', patiently);
      const alert = shadow(el).querySelector('[part="error"]')!;
      expect(alert.textContent!.trim().length).to.be.greaterThan(10);
      expect(alert.textContent).not.to.contain('undefined');
      expect(errors.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      loket.clearFaults();
      alert.querySelector('button')!.click();
      await waitUntil(() => resultNames(el).length > 0, 'retry did not search again', patiently);
    });
  }

  it('says the session expired when there is none, with a way to retry', async () => {
    const { el, loket } = await mount({ session: null });
    await waitUntil(() => shadow(el).querySelector('[part="error"]'), 'no message', patiently);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('Uw sessie is verlopen');
    expect(searches(loket)).to.have.length(0);
    loket.setSession({});
    shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await waitUntil(() => resultNames(el).length > 0, 'retry did not load the catalogue', patiently);
  });

  it('shows the empty state when nothing is offered to the bestuur', async () => {
    const { el } = await mount({ size: { services: 0, dossiers: 0 } });
    await settled(el);
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.contain('geen digitale diensten');
    await expect(el).to.be.accessible();
  });

  it('shows no results with the way back to the default filters', async () => {
    const { el } = await mount();
    await settled(el);
    filterBox(el, 'Thematisch', 'Landbouw')!.click();
    await searched(el);
    const state = shadow(el).querySelector('[part="no-results"]')!;
    expect(state.textContent).to.contain('Geen diensten gevonden');
    state.querySelector<HTMLButtonElement>('[data-action="reset"]')!.click();
    await searched(el);
    expect(resultNames(el).length).to.be.greaterThan(0);
  });

  it('moves through results with the arrow keys, opens one with Enter and clears with Escape', async () => {
    const { el } = await mount();
    await settled(el);
    input(el).focus();
    await sendKeys({ type: 'subsidie' });
    await searched(el);
    expect(el.query).to.equal('subsidie');
    await sendKeys({ press: 'ArrowDown' });
    const titles = [...shadow(el).querySelectorAll<HTMLElement>('.result-title .open')];
    expect(isFocused(el, titles[0])).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(isFocused(el, titles[1])).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(isFocused(el, input(el))).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles[0]!.getAttribute('aria-expanded') === 'true', 'Enter did not open the details', patiently);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(isFocused(el, input(el))).to.equal(true);
  });

  it('"Zoekopdracht wissen" empties the search, puts the focus back in the field and searches again', async () => {
    const { el } = await mount();
    await settled(el);
    const everything = resultNames(el);
    const same = (names: string[]) => names.join('|') === everything.join('|');
    await type(el, 'subsidie');
    await waitUntil(() => !same(resultNames(el)), 'the query did not search', patiently);
    const clear = [...shadow(el).querySelectorAll<HTMLButtonElement>('.search button')].find((button) => button.textContent?.trim() === 'Zoekopdracht wissen');
    expect(clear, 'no clear button while there is a query').to.not.equal(undefined);
    clear!.click();
    await waitUntil(() => same(resultNames(el)), 'clearing did not search again', patiently);
    expect(el.query).to.equal('');
    expect(input(el).value).to.equal('');
    expect(isFocused(el, input(el))).to.equal(true);
    expect(resultNames(el)).to.deep.equal(everything);
    expect([...shadow(el).querySelectorAll('.search button')].some((button) => button.textContent?.includes('wissen'))).to.equal(false);
  });

  it('mirrors the query and filters into the hash with sync-url, and reads them back', async () => {
    const omgeving = '84d91754-0512-48f7-b783-f5a842122016';
    history.replaceState(null, '', `${location.pathname}${location.search}#zoek=subsidie&thema=${omgeving}&other=kept`);
    try {
      const { el, loket } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} sync-url .fetch=${loket.fetch}></loket-service-finder>`);
      await settled(el);
      expect(input(el).value).to.equal('subsidie');
      expect(filterBox(el, 'Thematisch', 'Omgeving')!.checked).to.equal(true);
      expect(searches(loket)[0]!.get('filter[thematicAreas.broader.uuid]')).to.equal(omgeving);
      await type(el, 'klimaat');
      expect(location.hash).to.contain('zoek=klimaat');
      expect(location.hash).to.contain(`thema=${omgeving}`);
      expect(location.hash).to.contain('other=kept');
      history.replaceState(null, '', `${location.pathname}${location.search}#zoek=rapportering`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      expect(el.query).to.equal('rapportering');
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  it('speaks the language of the page around it', async () => {
    const { el } = await mount({}, (loket) => html`<div lang="fr"><loket-service-finder api-base=${API} .fetch=${loket.fetch}></loket-service-finder></div>`);
    const finder = (el.querySelector('loket-service-finder') ?? el) as typeof el;
    await settled(finder);
    expect(shadow(finder).textContent).to.contain('services trouvés');
    expect(shadow(finder).textContent).to.contain('Public cible');
    expect(shadow(finder).querySelector('label')!.textContent).to.equal('Trouver des produits et services pour les administrations locales');
  });

  it('never turns a javascript: website into a link, and shows hostile names as text', async () => {
    const { el } = await mount({}, undefined, (loket) => {
      for (const website of loket.store.get('websites')!.values()) website.attributes['url'] = 'javascript:alert(1)';
      const first = shownServices(loket)[0]!;
      first.attributes['name'] = [{ content: '<img src=x onerror="window.__pwned=true">Aaa', language: 'nl' }];
      first.attributes['date-created'] = new Date(Date.now() + 86_400_000).toISOString();
      loket.changed();
    });
    await settled(el);
    expect(shadow(el).querySelector('.result-title img')).to.equal(null);
    shadow(el).querySelector<HTMLButtonElement>('.result-title button')!.click();
    await waitUntil(() => shadow(el).querySelector('.details:not([hidden]) .rich-text, .details:not([hidden]) p'), 'no details', patiently);
    await aTimeout(50);
    const hrefs = [...shadow(el).querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));
    expect(hrefs.some((href) => href?.startsWith('javascript'))).to.equal(false);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});

describe('<loket-service-finder mode="index">', function () {
  this.timeout(40000);
  const indexMode = (loket: { fetch: typeof fetch }) => html`<loket-service-finder api-base=${API} mode="index" .fetch=${loket.fetch}></loket-service-finder>`;

  it('reads the catalogue through the page’s search, 100 at a time, and searches it in the browser', async () => {
    const { el, loket } = await mount({}, indexMode);
    await settled(el);
    const reads = searches(loket);
    expect(reads.every((params) => params.get('page[size]') === '100' || params.get('page[size]') === '1')).to.equal(true);
    expect(reads.every((params) => !params.has('filter[:terms:relevantAdministrativeUnits.uuid.keyword]'))).to.equal(true);
    expect(summary(el)).to.equal(`${shownServices(loket).length} diensten gevonden`);
    const before = loket.requests.length;
    await type(el, 'klimaat');
    expect(loket.requests.length).to.equal(before);
    expect(resultNames(el)[0]).to.match(/klimaat/i);
    expect(shadow(el).querySelector('.result-title mark')!.textContent!.toLowerCase()).to.contain('klimaat');
    await expect(el).to.be.accessible();
  });

  it('counts the filters’ values along with the query and filters locally', async () => {
    const { el, loket } = await mount({}, indexMode);
    await settled(el);
    const label = [...shadow(el).querySelectorAll('details.filter label')].find((option) => option.textContent!.includes('Steunmaatregelen'))!;
    const count = Number(/\((\d+)\)/.exec(label.textContent!)![1]);
    expect(count).to.be.greaterThan(0);
    const before = loket.requests.length;
    label.querySelector('input')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal(`${count} diensten gevonden`);
    expect(loket.requests.length).to.equal(before);
    expect(shadow(el).querySelector('details.filter label.empty input[disabled]')).to.exist;
  });

  it('pages and sorts locally', async () => {
    const { el } = await mount({}, indexMode);
    await settled(el);
    expect(resultNames(el)).to.have.length(25);
    const select = shadow(el).querySelector<HTMLSelectElement>('select')!;
    select.value = 'name';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const names = resultNames(el);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true }))).to.deep.equal(names);
    shadow(el).querySelector<HTMLButtonElement>('[data-action="page"][data-page="1"]')!.click();
    await el.updateComplete;
    expect(resultNames(el)[0]!.localeCompare(names.at(-1)!, 'nl', { sensitivity: 'base', numeric: true })).to.be.at.least(0);
  });

  it('offers close terms when nothing matches', async () => {
    const { el } = await mount({}, indexMode);
    await settled(el);
    await type(el, 'subsidiee klimaatprojectenn qqq');
    const state = shadow(el).querySelector('[part="no-results"]')!;
    expect(state.textContent).to.contain('Geen diensten gevonden');
    await waitUntil(() => state.querySelector('.suggestions button'), 'no close terms offered', patiently);
    const suggestion = state.querySelector<HTMLButtonElement>('.suggestions button')!;
    const suggested = suggestion.textContent!.trim();
    suggestion.click();
    await el.updateComplete;
    expect(el.query).to.equal(suggested);
  });

  it('caches the catalogue for the session and only revalidates it', async () => {
    const first = await mount({}, indexMode);
    await settled(first.el);
    const el = (await fixture(indexMode(first.loket))) as typeof first.el;
    const before = first.loket.requests.length;
    await settled(el);
    await aTimeout(100);
    const later = first.loket.requests.slice(before).filter((request) => request.path === '/public-services/search');
    expect(later.length).to.equal(1);
    expect(new URL(later[0]!.url).searchParams.get('page[size]')).to.equal('1');
    expect(resultNames(el).length).to.be.greaterThan(0);
  });

  it('searches a catalogue handed in through `services` without reading one', async () => {
    const catalogue = [
      { id: 'a', name: 'Subsidie voor lokale klimaatprojecten', summary: 'Klimaat.', descriptionText: 'Klimaat.', themes: [{ id: 'o', label: 'Omgeving' }], administrativeUnits: [] },
      { id: 'b', name: 'Aanvraag erkenning erediensten', summary: '', descriptionText: '', themes: [], administrativeUnits: [] },
    ];
    const { el, loket } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} .fetch=${loket.fetch} .services=${catalogue}></loket-service-finder>`);
    await settled(el);
    // Newest first, the default: without dates, as handed in.
    expect(resultNames(el)).to.deep.equal(['Subsidie voor lokale klimaatprojecten', 'Aanvraag erkenning erediensten']);
    await type(el, 'klimaat');
    expect(resultNames(el)).to.deep.equal(['Subsidie voor lokale klimaatprojecten']);
    expect(loket.requests.some((request) => request.path.startsWith('/public-services') || request.path === '/concepts')).to.equal(false);
    expect(filterBox(el, 'Thematisch', 'Omgeving')).to.exist;
  });
});
