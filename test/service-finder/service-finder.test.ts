import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServiceSelectDetail } from '../../components/service-finder/service-finder.js';
import { API, clearCache, input, isFocused, liveRegion, mount, resultNames, services, settled, shadow, type } from './helpers.js';

beforeEach(clearCache);

/** Waiting, not timing: the machine may be busy. */
const patiently = { timeout: 8000 };

describe('<loket-service-finder> in index mode', function () {
  // Generous for a loaded machine: axe over fifty results takes a while. Nothing here is timed.
  this.timeout(30000);

  it('loads the whole catalogue, lists it by name and is accessible', async () => {
    const { el, loket } = await mount();
    await settled(el);
    const active = services(loket).filter((service) => service.attributes['is-archived'] !== true).length;
    expect(shadow(el).querySelector('.summary-line')!.textContent).to.contain(`${active} diensten gevonden`);
    expect(resultNames(el).length).to.equal(Math.min(active, 50));
    const names = resultNames(el);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true }))).to.deep.equal(names);
    expect(loket.requests.some((request) => request.url.includes('filter%5Bcreated-by%5D%5B%3Aid%3A%5D'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('labels the search field', async () => {
    const { el } = await mount();
    await settled(el);
    const field = input(el);
    const label = shadow(el).querySelector(`label[for="${field.id}"]`);
    expect(label?.textContent).to.equal('Zoek een dienst');
  });

  it('shows a skeleton while loading and announces it politely', async () => {
    const { el } = await mount({ latency: 400 });
    expect(shadow(el).querySelector('[aria-busy="true"] .skeleton')).to.exist;
    await waitUntil(() => liveRegion(el).textContent!.includes('wordt geladen'), 'loading was not announced', patiently);
    expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
    await settled(el);
  });

  it('searches case- and diacritic-insensitively, marks the matched words and announces the count', async () => {
    const { el } = await mount();
    await settled(el);
    await type(el, 'PREMIE CAFE');
    const names = resultNames(el);
    expect(names).to.include('Premie voor café');
    expect(names.every((name) => /premie/i.test(name) && /café/i.test(name))).to.equal(true);
    const marks = [...shadow(el).querySelectorAll('.result-title mark')].map((mark) => mark.textContent!.toLowerCase());
    expect(marks).to.include('café');
    await waitUntil(() => /\d+ dienst(en)? gevonden/.test(liveRegion(el).textContent!), 'the count was not announced', patiently);
    const count = Number(/(\d+)/.exec(liveRegion(el).textContent!)![1]);
    expect(count).to.equal(names.length);
  });

  it('keeps no stale marks on a result that stays on screen while the query changes', async () => {
    const { el } = await mount();
    await settled(el);
    el.maxResults = 100; // every service on screen, so the row stays whatever the order
    await type(el, 'premie');
    const first = resultNames(el)[0]!;
    expect(shadow(el).querySelectorAll('.result-title mark').length).to.be.greaterThan(0);
    await type(el, 'premi');
    expect(resultNames(el)).to.include(first);
    await type(el, '');
    expect(resultNames(el)).to.include(first);
    expect(shadow(el).querySelectorAll('mark').length).to.equal(0);
    await type(el, 'premie');
    expect(shadow(el).querySelectorAll('.result-title mark').length).to.be.greaterThan(0);
  });

  it('tolerates typos and completes prefixes, ranking name matches first', async () => {
    const { el } = await mount();
    await settled(el);
    await type(el, 'omgevingsvergunnig');
    expect(resultNames(el)[0]).to.match(/omgevingsvergunning/i);
    await type(el, 'prem');
    expect(resultNames(el).length).to.be.greaterThan(0);
    expect(resultNames(el)[0]).to.match(/^Premie/);
  });

  it('filters on facets whose counts follow the query, and clears them all', async () => {
    const { el } = await mount();
    await settled(el);
    await type(el, 'premie');
    const total = resultNames(el).length;
    const themaBoxes = [...shadow(el).querySelectorAll<HTMLLabelElement>('fieldset:first-of-type label')];
    const counts = themaBoxes.map((label) => Number(/\((\d+)\)/.exec(label.textContent!)?.[1] ?? 0));
    expect(counts.reduce((a, b) => a + b, 0)).to.be.at.least(total);
    const chosen = themaBoxes.find((_, index) => counts[index]! > 0)!;
    const expected = Number(/\((\d+)\)/.exec(chosen.textContent!)![1]);
    chosen.querySelector('input')!.click();
    await el.updateComplete;
    expect(resultNames(el).length).to.equal(expected);
    const clear = [...shadow(el).querySelectorAll('button')].find((button) => button.textContent!.includes('Alle filters wissen'))!;
    clear.click();
    await el.updateComplete;
    expect(resultNames(el).length).to.equal(total);
  });

  it('moves through results with the arrow keys, clears with Escape and opens with Enter', async () => {
    const { el } = await mount();
    await settled(el);
    input(el).focus();
    await sendKeys({ type: 'premie' });
    await el.updateComplete;
    expect(el.query).to.equal('premie');
    await sendKeys({ press: 'ArrowDown' });
    const links = [...shadow(el).querySelectorAll<HTMLElement>('.result-title .open')];
    expect(isFocused(el, links[0])).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(isFocused(el, links[1])).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(isFocused(el, input(el))).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    const selected = oneEvent(el, 'loket-service-select');
    el.addEventListener('loket-service-select', (event) => event.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CustomEvent<ServiceSelectDetail>;
    expect(event.detail.service.name).to.equal(links[0]!.textContent!.trim());
    expect(event.detail.url).to.match(/^https?:/);
    expect(event.cancelable).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(isFocused(el, input(el))).to.equal(true);
  });

  it('clears the query with Escape in the search field', async () => {
    const { el } = await mount();
    await settled(el);
    input(el).focus();
    await sendKeys({ type: 'reispas' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('lets the host take over a selection, and otherwise follows the link in `target`', async () => {
    const { el } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} target="_blank" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    const link = shadow(el).querySelector<HTMLAnchorElement>('.result-title a')!;
    expect(link.target).to.equal('_blank');

    el.addEventListener('loket-service-select', (event) => event.preventDefault(), { once: true });
    const cancelled = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(cancelled);
    expect(cancelled.defaultPrevented).to.equal(true);

    let fired = false;
    el.addEventListener('loket-service-select', () => (fired = true), { once: true });
    let followed: boolean | undefined;
    const watch = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // keep the test page where it is
    };
    document.addEventListener('click', watch, { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(fired).to.equal(true);
    expect(followed).to.equal(true);
  });

  it('links the name through `service-url` when given', async () => {
    const { el, loket } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} service-url="https://www.aalst.be/diensten/{productId}" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    const first = shadow(el).querySelector<HTMLAnchorElement>('.result-title a')!;
    const productIds = services(loket).map((service) => service.attributes['product-id']);
    expect(productIds.map((id) => `https://www.aalst.be/diensten/${id}`)).to.include(first.href);
  });

  it('expands a result into a sanitised description: no script, no handlers, only http(s) links', async () => {
    const { el } = await mount({}, undefined, (loket) => {
      const target = services(loket).find((service) => service.attributes['is-archived'] !== true)!;
      target.attributes['name'] = [{ content: 'Aaa testdienst', language: 'nl' }];
      target.attributes['description'] = [
        {
          content:
            '<p onclick="alert(1)">Hallo <strong>wereld</strong><script>window.__pwned = true</script></p><img src=x onerror="window.__pwned = true">' +
            '<a href="javascript:window.__pwned=true">kwaad</a> <a href="https://www.vlaanderen.be/x">goed</a><iframe src="https://evil.example/"></iframe>',
          language: 'nl',
        },
      ];
      loket.changed();
    });
    await settled(el);
    await type(el, 'testdienst');
    const toggle = [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].find((button) => button.textContent!.includes('Meer over'))!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => shadow(el).querySelector('.details .rich-text'), 'the description was never shown', patiently);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rich = shadow(el).querySelector('.details .rich-text')!;
    expect(rich.textContent).to.contain('Hallo wereld');
    expect(rich.querySelector('script, img, iframe, [onclick], [onerror]')).to.equal(null);
    const hrefs = [...rich.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://www.vlaanderen.be/x']);
    expect(rich.textContent).to.contain('kwaad');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('never turns a javascript: website into a link', async () => {
    const { el } = await mount({}, undefined, (loket) => {
      for (const website of loket.store.get('websites')!.values()) website.attributes['url'] = 'javascript:alert(1)';
      loket.changed();
    });
    await settled(el);
    const hrefs = [...shadow(el).querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));
    expect(hrefs.some((href) => href?.startsWith('javascript'))).to.equal(false);
    expect(shadow(el).querySelector('.result-title button.open')).to.exist;
  });

  it('shows the empty catalogue of a bestuur without services', async () => {
    const { el } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} bestuurseenheid="nobody-here" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.contain('nog geen diensten');
    await expect(el).to.be.accessible();
  });

  it('offers close terms and clearing the facets when nothing matches', async () => {
    const { el } = await mount();
    await settled(el);
    const box = shadow(el).querySelector<HTMLInputElement>('fieldset input:not([disabled])')!;
    box.click();
    await type(el, 'premiee vergunningg qqq');
    const state = shadow(el).querySelector('[part="no-results"]')!;
    expect(state.textContent).to.contain('Geen diensten gevonden');
    await waitUntil(() => state.querySelector('.suggestions button'), 'no close terms offered', patiently);
    expect(state.textContent).to.contain('Bedoelde u');
    const suggestion = state.querySelector<HTMLButtonElement>('.suggestions button')!;
    const suggested = suggestion.textContent!.trim();
    suggestion.click();
    await el.updateComplete;
    expect(el.query).to.equal(suggested);
    await type(el, 'qqqzzz');
    const clear = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="no-results"] button')].find((button) => button.textContent!.includes('filters wissen'))!;
    clear.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('fieldset input:checked').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  for (const [name, fault] of [
    ['a server error', { kind: 'status', status: 500 }],
    ['an unavailable server', { kind: 'status', status: 503 }],
    ['a denied request', { kind: 'status', status: 403 }],
    ['an expired session', { kind: 'status', status: 401 }],
    ['malformed JSON', { kind: 'malformed-json' }],
    ['a document of the wrong shape', { kind: 'wrong-shape' }],
    ['a dropped connection', { kind: 'drop' }],
  ] as const) {
    it(`shows a translated message and a working retry after ${name}`, async () => {
      const { el, loket } = await mount({}, undefined, (loket) => loket.addFault({ path: '/public-services', fault }));
      const errors: unknown[] = [];
      el.addEventListener('loket-error', (event) => errors.push(event.detail.error));
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error shown', patiently);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent!.trim().length).to.be.greaterThan(10);
      expect(alert.textContent).not.to.contain('undefined');
      expect(errors.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      const retry = alert.querySelector('button')!;
      expect(retry.textContent).to.contain('Opnieuw proberen');
      loket.clearFaults();
      retry.click();
      await waitUntil(() => resultNames(el).length > 0, 'retry did not load the catalogue', patiently);
    });
  }

  it('keeps services the Loket sends without a name out, and says so', async () => {
    const { el } = await mount({}, undefined, (loket) => {
      const broken = services(loket).find((service) => service.attributes['is-archived'] !== true)!;
      delete broken.attributes['name'];
      loket.changed();
    });
    await settled(el);
    expect(shadow(el).textContent).to.contain('1 dienst kon niet gelezen worden');
  });

  it('bookmarks a service and takes the bookmark back', async () => {
    const { el, loket } = await mount();
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('.bookmark'), 'no bookmark buttons', patiently);
    const button = shadow(el).querySelector<HTMLButtonElement>('.bookmark')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await waitUntil(() => loket.store.get('bookmarks')?.size === 1, 'no bookmark stored', patiently);
    await el.updateComplete;
    expect(shadow(el).querySelector('.bookmark')!.getAttribute('aria-pressed')).to.equal('true');
    shadow(el).querySelector<HTMLButtonElement>('.bookmark')!.click();
    await waitUntil(() => loket.store.get('bookmarks')?.size === 0, 'the bookmark stayed', patiently);
  });

  it('puts a failed bookmark back and says so', async () => {
    const { el, loket } = await mount();
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('.bookmark'), undefined, patiently);
    loket.addFault({ method: 'POST', fault: { kind: 'status', status: 500 } });
    shadow(el).querySelector<HTMLButtonElement>('.bookmark')!.click();
    await waitUntil(() => shadow(el).querySelector('.actions [role="alert"]'), 'no bookmark failure shown', patiently);
    expect(shadow(el).querySelector('.bookmark')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('offers no bookmarks without a session', async () => {
    const { el } = await mount({ session: null }, (loket) => html`<loket-service-finder api-base=${API} bestuurseenheid="974816591f269bb7d74aa1720922651529f3d3b2a787f5c60b73e5a0384950a4" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    await aTimeout(50);
    expect(resultNames(el).length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('.bookmark')).to.equal(null);
  });

  it('shows more results on request and moves focus to the first new one', async () => {
    const { el } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} max-results="10" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    expect(resultNames(el).length).to.equal(10);
    const more = shadow(el).querySelector<HTMLButtonElement>('.more button')!;
    expect(more.textContent).to.match(/Toon meer \(10 van \d+\)/);
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(resultNames(el).length).to.equal(20);
    expect(isFocused(el, shadow(el).querySelectorAll('.result-title .open')[10])).to.equal(true);
  });

  it('searches a catalogue handed in through `services` without loading one', async () => {
    const catalogue = [
      { id: 'a', name: 'Premie voor een regenwaterput', summary: 'Water opvangen.', descriptionText: 'Water opvangen.', keywords: [], isArchived: false, thematicAreas: [], targetAudiences: [], competentAuthorityLevels: [], executingAuthorityLevels: [], competentAuthorities: [], websites: [{ title: 'Aanvragen', url: 'https://example.be/a' }], procedures: [], costs: [], contacts: [] },
      { id: 'b', name: 'Attest van woonst', summary: '', descriptionText: '', keywords: [], isArchived: false, thematicAreas: [], targetAudiences: [], competentAuthorityLevels: [], executingAuthorityLevels: [], competentAuthorities: [], websites: [], procedures: [], costs: [], contacts: [] },
    ];
    const { el, loket } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} .fetch=${loket.fetch} .services=${catalogue}></loket-service-finder>`);
    await settled(el);
    expect(resultNames(el)).to.deep.equal(['Attest van woonst', 'Premie voor een regenwaterput']);
    await type(el, 'regenwater');
    expect(resultNames(el)).to.deep.equal(['Premie voor een regenwaterput']);
    expect(loket.requests.some((request) => request.path.startsWith('/public-services'))).to.equal(false);
  });

  it('caches the catalogue for the session and only revalidates it', async () => {
    const first = await mount();
    await settled(first.el);
    const loadRequests = first.loket.requests.filter((request) => request.path === '/public-services').length;
    expect(loadRequests).to.be.greaterThan(0);
    const el = await fixture(html`<loket-service-finder api-base=${API} .fetch=${first.loket.fetch}></loket-service-finder>`);
    const before = first.loket.requests.length;
    await settled(el as typeof first.el);
    await aTimeout(100);
    const later = first.loket.requests.slice(before).filter((request) => request.path === '/public-services');
    expect(later.length).to.equal(1);
    expect(decodeURIComponent(later[0]!.url)).to.contain('page[size]=1');
    expect(resultNames(el as typeof first.el).length).to.be.greaterThan(0);
  });

  it('reloads a cached catalogue that changed on the Loket', async () => {
    const first = await mount();
    await settled(first.el);
    const renamed = services(first.loket).find((service) => service.attributes['is-archived'] !== true)!;
    renamed.attributes['name'] = [{ content: 'Aaaa nieuwe dienst', language: 'nl' }];
    renamed.attributes['date-modified'] = new Date(Date.now() + 86_400_000).toISOString();
    first.loket.changed();
    const el = (await fixture(html`<loket-service-finder api-base=${API} .fetch=${first.loket.fetch}></loket-service-finder>`)) as typeof first.el;
    await waitUntil(() => resultNames(el)[0] === 'Aaaa nieuwe dienst', 'the changed catalogue was not loaded', patiently);
  });

  it('mirrors the query and facets into the hash with sync-url, and reads them back', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#zoek=premie&thema=BouwenWonen&other=kept`);
    try {
      const { el } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} sync-url .fetch=${loket.fetch}></loket-service-finder>`);
      await settled(el);
      expect(input(el).value).to.equal('premie');
      const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((box) => box.closest('label')!.textContent!);
      expect(checked.length).to.equal(1);
      expect(checked[0]).to.contain('Bouwen en wonen');
      await type(el, 'subsidie');
      expect(location.hash).to.contain('zoek=subsidie');
      expect(location.hash).to.contain('thema=BouwenWonen');
      expect(location.hash).to.contain('other=kept');
      history.replaceState(null, '', `${location.pathname}${location.search}#zoek=reispas`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
      expect(el.query).to.equal('reispas');
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  it('speaks the language of the page around it', async () => {
    const { el } = await mount({}, (loket) => html`<div lang="fr"><loket-service-finder api-base=${API} .fetch=${loket.fetch}></loket-service-finder></div>`);
    const finder = el.querySelector('loket-service-finder') ?? el;
    await settled(finder as typeof el);
    expect(shadow(finder as typeof el).textContent).to.contain('services trouvés');
    expect(shadow(finder as typeof el).querySelector('label')!.textContent).to.equal('Rechercher un service');
  });
});

describe('<loket-service-finder mode="server">', function () {
  this.timeout(30000);

  it('searches with the Loket full-text search and shows the results', async () => {
    const { el, loket } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} mode="server" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    expect(resultNames(el).length).to.be.greaterThan(0);
    expect(loket.requests.some((request) => request.path === '/public-services/search')).to.equal(true);
    const before = loket.requests.length;
    await type(el, 'premie');
    await waitUntil(() => resultNames(el).length > 0 && resultNames(el).every((name) => /premie/i.test(name)), 'server results did not follow', patiently);
    const search = loket.requests.slice(before).find((request) => request.path === '/public-services/search')!;
    expect(decodeURIComponent(search.url)).to.contain('filter[:sqs:name.nl^5');
    expect(decodeURIComponent(search.url)).to.contain('premie*');
    expect(shadow(el).querySelector('.result-title mark')!.textContent!.toLowerCase()).to.equal('premie');
    await expect(el).to.be.accessible();
  });

  it('filters on facets through mu-search terms filters', async () => {
    const { el, loket } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} mode="server" .fetch=${loket.fetch}></loket-service-finder>`);
    await settled(el);
    const label = [...shadow(el).querySelectorAll('fieldset label')].find((option) => option.textContent!.includes('Bouwen en wonen'))!;
    const before = loket.requests.length;
    label.querySelector('input')!.click();
    await waitUntil(() => loket.requests.slice(before).some((request) => request.path === '/public-services/search'), 'no search sent', patiently);
    const search = loket.requests.slice(before).find((request) => request.path === '/public-services/search')!;
    expect(decodeURIComponent(search.url)).to.contain('filter[:terms:thematicAreas.uri]=https://productencatalogus.data.vlaanderen.be/id/concept/Thema/BouwenWonen');
  });

  it('shows an error with retry when the search fails', async () => {
    const { el, loket } = await mount({}, (loket) => html`<loket-service-finder api-base=${API} mode="server" .fetch=${loket.fetch}></loket-service-finder>`, (loket) =>
      loket.addFault({ path: '/public-services/search', fault: { kind: 'status', status: 500 } }),
    );
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error', patiently);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    loket.clearFaults();
    alert.querySelector('button')!.click();
    await waitUntil(() => resultNames(el).length > 0, 'retry did not work', patiently);
  });
});
