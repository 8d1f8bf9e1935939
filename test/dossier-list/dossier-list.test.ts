import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import '../../components/dossier-list/dossier-list.js';
import type { LoketDossierList, DossierSelectDetail } from '../../components/dossier-list/dossier-list.js';
import type { Dossier } from '../../src/api/dossiers.js';

const NOW = new Date('2026-11-28T10:00:00Z');
const TEMPLATE = 'https://loket.lokaalbestuur.vlaanderen.be/supervision/submissions/{id}';

const root = (el: LoketDossierList) => el.shadowRoot!;
const rows = (el: LoketDossierList) => [...root(el).querySelectorAll<HTMLElement>('.body [role=row]')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const countText = (el: LoketDossierList) => text(root(el).querySelector('.count[role=status]'));
const submissionRequests = (fake: FakeLoket) =>
  fake.requests.filter((r) => r.path.startsWith('/submissions')).map((r) => new URL(r.url).searchParams);
const last = <T>(list: T[]): T => list[list.length - 1]!;

async function loaded(el: LoketDossierList): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => root(el).querySelector('.panel[aria-busy=false]') && (rows(el).length > 0 || root(el).querySelector('.message, [role=alert]')),
    'the list did not settle',
    { timeout: 8000 },
  );
}

async function mount(fake: FakeLoket, attrs: { url?: string; paging?: string; lang?: string } = {}): Promise<LoketDossierList> {
  const el = await fixture<LoketDossierList>(html`<loket-dossier-list
    .fetch=${fake.fetch}
    dossier-url=${attrs.url ?? TEMPLATE}
    paging=${attrs.paging ?? 'pages'}
    lang=${attrs.lang ?? 'nl'}
  ></loket-dossier-list>`);
  await loaded(el);
  return el;
}

function submissionCount(fake: FakeLoket, kind: 'Concept' | 'Verstuurd'): number {
  const groupId = fake.session!.groupId;
  const statusId = [...fake.store.get('submission-document-statuses')!.values()].find((s) => s.attributes['label'] === kind)!.id;
  return [...fake.store.get('submissions')!.values()].filter(
    (s) => s.relationships['organization'] === groupId && s.relationships['status'] === statusId,
  ).length;
}

/**
 * Chromium reports "ResizeObserver loop completed with undelivered notifications" as an error
 * event when the virtualizer re-measures rows that just arrived; it is harmless by specification
 * (w3c/csswg-drafts#5488) and would otherwise fail a test through mocha's window.onerror.
 */
let restoreOnError: (() => void) | undefined;
function ignoreResizeObserverLoop(): void {
  const previous = window.onerror;
  window.onerror = (message, ...rest) =>
    /ResizeObserver loop/.test(String(message)) ? true : (previous?.call(window, message, ...rest) ?? false);
  restoreOnError = () => (window.onerror = previous);
}

describe('<loket-dossier-list>', function () {
  // Seeding a fake Loket and the first axe run are slow on a shared machine; mocha's 10 s default is too tight.
  this.timeout(30000);
  let fake: FakeLoket;
  afterEach(() => {
    restoreOnError?.();
    restoreOnError = undefined;
  });
  beforeEach(() => {
    fake = createFakeLoket({ now: NOW, size: { dossiers: 300, services: 5 } });
  });

  it('shows the running dossiers of the bestuur, announces the count and is accessible', async () => {
    const el = await mount(fake);
    const drafts = submissionCount(fake, 'Concept');
    expect(drafts).to.be.greaterThan(0);
    expect(countText(el)).to.equal(`${drafts} dossiers gevonden`);
    expect(root(el).querySelector('.count')!.getAttribute('aria-live')).to.equal('polite');
    expect(rows(el)).to.have.length(Math.min(20, drafts));
    for (const row of rows(el)) expect(text(row.querySelector('[part=badge]'))).to.equal('Concept');
    const query = last(submissionRequests(fake));
    expect(query.get('filter[organization][:id:]')).to.equal(fake.session!.groupId);
    expect(query.get('include')).to.contain('form-data.types');
    expect(query.get('page[size]')).to.equal('20');
    await expect(el).to.be.accessible();
  });

  it('shows title, type, status, modified and sent date, and the body where known', async () => {
    const el = await mount(fake);
    const row = rows(el)[0]!;
    expect(text(row.querySelector('.title a'))).not.to.equal('');
    expect(row.querySelector('.modified time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(text(row.querySelector('.sent'))).to.contain('Nog niet verstuurd');
    expect(rows(el).some((r) => !text(r.querySelector('.organ')).includes('Niet gekend'))).to.equal(true);
  });

  it('switches to Afgerond with the tabs, by click and by arrow keys', async () => {
    const el = await mount(fake);
    const tabs = [...root(el).querySelectorAll<HTMLElement>('[role=tab]')];
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    tabs[1]!.click();
    await el.updateComplete;
    await loaded(el);
    expect(el.view).to.equal('afgerond');
    expect(countText(el)).to.equal(`${submissionCount(fake, 'Verstuurd')} dossiers gevonden`);
    expect(text(rows(el)[0]!.querySelector('[part=badge]'))).to.equal('Verstuurd');
    expect(text(rows(el)[0]!.querySelector('.sent time'))).not.to.equal('');

    tabs[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('alle');
    expect(root(el).activeElement).to.equal(tabs[2]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.view).to.equal('lopend');
  });

  it('filters on type, status, period and free text, and clears the filters', async () => {
    const el = await mount(fake);
    el.view = 'alle';
    await loaded(el);
    const typeSelect = root(el).querySelector<HTMLSelectElement>('select[name=type]')!;
    const besluitenlijst = [...typeSelect.options].find((o) => o.text.trim() === 'Besluitenlijst')!;
    typeSelect.value = besluitenlijst.value;
    typeSelect.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await loaded(el);
    expect(last(submissionRequests(fake)).get('filter[form-data][types][:id:]')).to.equal(besluitenlijst.value);
    for (const row of rows(el)) expect(text(row)).to.contain('Besluitenlijst');

    const from = root(el).querySelector<HTMLInputElement>('input[name=from]')!;
    from.value = '2026-01-01';
    from.dispatchEvent(new Event('change'));
    const to = root(el).querySelector<HTMLInputElement>('input[name=to]')!;
    to.value = '2026-06-30';
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await loaded(el);
    const query = last(submissionRequests(fake));
    expect(query.get('filter[:gte:modified]')).to.equal('2026-01-01');
    expect(query.get('filter[:lt:modified]')).to.equal('2026-07-01');
    for (const row of rows(el)) {
      const modified = new Date(row.querySelector('.modified time')!.getAttribute('datetime')!);
      expect(modified >= new Date(2026, 0, 1) && modified < new Date(2026, 6, 1)).to.equal(true);
    }

    const clear = [...root(el).querySelectorAll<HTMLButtonElement>('.filters button')].find((b) => text(b) === 'Filters wissen')!;
    clear.click();
    await el.updateComplete;
    await loaded(el);
    expect(last(submissionRequests(fake)).has('filter[form-data][types][:id:]')).to.equal(false);
    expect(typeSelect.value).to.equal('');
  });

  it('searches free text after a pause in typing, or at once on Enter', async () => {
    const el = await mount(fake);
    el.view = 'alle';
    await loaded(el);
    const search = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    search.focus();
    await sendKeys({ type: 'zone' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => last(submissionRequests(fake)).get('filter[:or:][form-data][description]') === 'zone');
    await loaded(el);
    for (const row of rows(el)) expect(text(row).toLowerCase()).to.contain('zone');
    await sendKeys({ type: ' 30' });
    await waitUntil(() => last(submissionRequests(fake)).get('filter[:or:][form-data][description]') === 'zone 30', 'debounced search', {
      timeout: 3000,
    });
  });

  it('keeps up when filters change faster than the Loket answers', async () => {
    fake.latency = 150;
    const el = await mount(fake);
    const select = root(el).querySelector<HTMLSelectElement>('select[name=type]')!;
    const options = [...select.options].slice(1, 4);
    for (const option of options) {
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      await aTimeout(20);
    }
    await loaded(el);
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
    expect(last(submissionRequests(fake)).get('filter[form-data][types][:id:]')).to.equal(options[2]!.value);
    for (const row of rows(el)) expect(text(row)).to.contain(options[2]!.text.trim());
  });

  it('falls back to sane values for a bad view or page size', async () => {
    const el = await fixture<LoketDossierList>(html`<loket-dossier-list .fetch=${fake.fetch} view="oud" page-size="-3"></loket-dossier-list>`);
    await loaded(el);
    expect(el.view).to.equal('lopend');
    expect(last(submissionRequests(fake)).get('page[size]')).to.equal('20');
  });

  it('says when the filters match nothing and offers to clear them', async () => {
    const el = await mount(fake);
    const search = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'geen-enkel-dossier-heet-zo';
    root(el).querySelector('form')!.requestSubmit();
    await el.updateComplete;
    await loaded(el);
    expect(text(root(el).querySelector('.message'))).to.contain('Geen dossiers voldoen aan uw filters.');
    expect(countText(el)).to.equal('Geen dossiers gevonden');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.message button')!.click();
    await el.updateComplete;
    await loaded(el);
    expect(rows(el).length).to.be.greaterThan(0);
    expect(search.value).to.equal('');
  });

  it('has an empty state per view', async () => {
    const empty = createFakeLoket({ now: NOW, size: { dossiers: 0, services: 5 } });
    const el = await mount(empty);
    expect(text(root(el).querySelector('.message'))).to.equal('U heeft geen lopende dossiers.');
    expect(root(el).querySelector('.message button')).to.equal(null);
    el.view = 'afgerond';
    await el.updateComplete;
    await loaded(el);
    expect(text(root(el).querySelector('.message'))).to.equal('U heeft nog geen afgeronde dossiers.');
    expect(root(el).querySelector<HTMLButtonElement>('[part=export]')!.disabled).to.equal(true);
  });

  it('sorts with buttons in the column headers and tells assistive technology with aria-sort', async () => {
    const el = await mount(fake);
    const header = (name: string) =>
      [...root(el).querySelectorAll('[role=columnheader]')].find((h) => text(h).startsWith(name))!;
    expect(header('Laatst gewijzigd').getAttribute('aria-sort')).to.equal('descending');
    expect(header('Dossier').getAttribute('aria-sort')).to.equal('none');
    expect(header('Bestuursorgaan').querySelector('button')).to.equal(null);
    header('Dossier').querySelector('button')!.click();
    await el.updateComplete;
    await loaded(el);
    expect(header('Dossier').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('Laatst gewijzigd').getAttribute('aria-sort')).to.equal('none');
    expect(last(submissionRequests(fake)).get('sort')).to.equal(':no-case:form-data.description,-modified');
    const button = header('Dossier').querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await loaded(el);
    expect(header('Dossier').getAttribute('aria-sort')).to.equal('descending');
    // The list is not torn down while it reloads, so the keyboard user stays on the header.
    expect(root(el).activeElement).to.equal(button);
    // Rows with a description (shown above their type) are the ones sorted on their title text.
    const titles = rows(el)
      .filter((r) => r.querySelector('.types'))
      .map((r) => text(r.querySelector('.title a')).toLowerCase());
    expect(titles.length).to.be.greaterThan(1);
    expect(titles).to.deep.equal([...titles].sort().reverse());
  });

  it('pages the way the Loket pages, with a page size choice', async () => {
    const el = await mount(fake);
    el.view = 'afgerond';
    await loaded(el);
    const total = submissionCount(fake, 'Verstuurd');
    const nav = root(el).querySelector('nav[part=pagination]')!;
    expect(text(nav)).to.contain(`Pagina 1 van ${Math.ceil(total / 20)}`);
    const next = [...nav.querySelectorAll('button')].find((b) => text(b) === 'Volgende pagina')!;
    next.click();
    await el.updateComplete;
    await loaded(el);
    expect(last(submissionRequests(fake)).get('page[number]')).to.equal('1');
    expect(rows(el)[0]!.getAttribute('aria-rowindex')).to.equal('22');
    const size = nav.querySelector('select')!;
    size.value = '50';
    size.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await loaded(el);
    const query = last(submissionRequests(fake));
    expect([query.get('page[number]'), query.get('page[size]')]).to.deep.equal(['0', '50']);
    expect(rows(el)).to.have.length(Math.min(50, total));
  });

  it('fires a cancelable loket-dossier-select on click; when not cancelled the link is followed', async () => {
    const el = await mount(fake);
    const link = rows(el)[0]!.querySelector<HTMLAnchorElement>('.title a')!;
    expect(link.href).to.match(/^https:\/\/loket\.lokaalbestuur\.vlaanderen\.be\/supervision\/submissions\/[\w-]+$/);
    let followed: boolean | undefined;
    const stopNavigation = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', stopNavigation);
    try {
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'loket-dossier-select');
      const detail = event.detail as DossierSelectDetail;
      expect(detail.url).to.equal(link.href);
      expect(link.href.endsWith(detail.dossier.id)).to.equal(true);
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      await aTimeout(0);
      expect(followed).to.equal(true);

      el.addEventListener('loket-dossier-select', (e) => e.preventDefault(), { once: true });
      link.click();
      expect(followed).to.equal(false);
    } finally {
      window.removeEventListener('click', stopNavigation);
    }
  });

  it('is one tab stop: arrow keys, Home and End move between dossiers, Enter selects, a click on a row too', async () => {
    const el = await mount(fake);
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('loket-dossier-select', cancel);
    const selected: string[] = [];
    el.addEventListener('loket-dossier-select', (e) => selected.push(e.detail.dossier.id));
    expect(root(el).querySelector('[role=grid]')).not.to.equal(null);
    expect(root(el).querySelectorAll('.body [tabindex="0"]')).to.have.length(1);
    expect([...root(el).querySelectorAll('.body a')].every((a) => a.getAttribute('tabindex') === '-1')).to.equal(true);
    const cell = (index: number) => rows(el)[index]!.querySelector<HTMLElement>('.title[role=gridcell]')!;
    cell(0).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(cell(1));
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal([cell(1).querySelector('a')!.href.split('/').pop()]);
    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(cell(rows(el).length - 1));
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(cell(0));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(cell(2).getAttribute('tabindex')).to.equal('0');
    expect(root(el).querySelectorAll('.body [tabindex="0"]')).to.have.length(1);
    // Tab leaves the list at once, for the pagination below it.
    await sendKeys({ press: 'Tab' });
    expect(root(el).querySelector('.body')!.contains(root(el).activeElement)).to.equal(false);
    expect(root(el).querySelector('nav[part=pagination]')!.contains(root(el).activeElement)).to.equal(true);
    rows(el)[3]!.querySelector<HTMLElement>('.modified')!.click();
    expect(selected).to.have.length(2);
    expect(rows(el)[3]!.querySelector('a')!.href.endsWith(selected[1]!)).to.equal(true);
    el.removeEventListener('loket-dossier-select', cancel);
  });

  it('never links to a dossier-url that is not http(s)', async () => {
    const el = await mount(fake, { url: 'javascript:alert({id})' });
    expect(root(el).querySelector('.body a')).to.equal(null);
    const button = rows(el)[0]!.querySelector<HTMLButtonElement>('.title button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'loket-dossier-select');
    expect(event.detail.url).to.equal(undefined);
  });

  it('renders hostile text from the API as text', async () => {
    const [id, submission] = [...fake.store.get('submissions')!].find(
      ([, s]) => s.relationships['organization'] === fake.session!.groupId && s.relationships['status'] === '79a52da4-f491-4e2f-9374-89a13cde8ecd',
    )!;
    const formData = fake.store.get('form-data')!.get(submission.relationships['form-data'] as string)!;
    formData.attributes['description'] = '<img src=x onerror="window.__pwned=1">';
    submission.attributes['modified'] = '2099-01-01T00:00:00Z';
    const el = await mount(fake);
    const link = rows(el)[0]!.querySelector('a')!;
    expect(link.href.endsWith(id)).to.equal(true);
    expect(link.textContent).to.contain('<img src=x');
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows loading while the Loket answers', async () => {
    fake.latency = 400;
    const el = await fixture<LoketDossierList>(html`<loket-dossier-list .fetch=${fake.fetch}></loket-dossier-list>`);
    expect(root(el).querySelector('.panel')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(root(el).querySelector('.message'))).to.contain('Bezig met laden…');
    await loaded(el);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  for (const [name, fault, message] of [
    ['a server error', { kind: 'status', status: 500 }, /Er ging iets mis bij het Loket/],
    ['a service unavailable', { kind: 'status', status: 503 }, /Er ging iets mis bij het Loket/],
    ['no access', { kind: 'status', status: 403 }, /U hebt geen toegang/],
    ['an expired session', { kind: 'status', status: 401 }, /Uw sessie is verlopen/],
    ['malformed JSON', { kind: 'malformed-json' }, /onverwacht antwoord/],
    ['a wrong shape', { kind: 'wrong-shape' }, /onverwacht antwoord/],
    ['a dropped connection (offline)', { kind: 'drop' }, /Geen verbinding met het Loket/],
  ] as const) {
    it(`shows a clear message and a retry that works after ${name}`, async () => {
      fake.addFault({ path: '/submissions', fault });
      const errors: unknown[] = [];
      const el = await fixture<LoketDossierList>(html`<loket-dossier-list
        .fetch=${fake.fetch}
        @loket-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></loket-dossier-list>`);
      await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error shown', { timeout: 15000 });
      const alert = root(el).querySelector('[role=alert]')!;
      expect(text(alert)).to.match(message);
      expect(errors.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      fake.clearFaults();
      alert.querySelector('button')!.click();
      await loaded(el);
      expect(root(el).querySelector('[role=alert]')).to.equal(null);
      expect(rows(el).length).to.be.greaterThan(0);
    });
  }

  it('speaks French, German and English', async () => {
    const el = await mount(fake, { lang: 'fr' });
    expect([...root(el).querySelectorAll('[role=tab]')].map(text)).to.deep.equal(['En cours', 'Clôturés', 'Tous']);
    expect(countText(el)).to.match(/dossiers trouvés$/);
    el.setAttribute('lang', 'de');
    await aTimeout(0);
    await el.updateComplete;
    expect(text(root(el).querySelector('[role=tab]'))).to.equal('Laufend');
    el.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(text(root(el).querySelector('[part=export]'))).to.equal('Export as CSV');
  });

  it('lays out a table when wide and cards when narrow (container query)', async () => {
    const el = await mount(fake);
    const label = () => getComputedStyle(rows(el)[0]!.querySelector('.card-label')!).display;
    const orgHeader = () => getComputedStyle([...root(el).querySelectorAll('[role=columnheader]')][2]!).display;
    el.style.width = '1000px';
    await aTimeout(50);
    expect(label()).to.equal('none');
    expect(orgHeader()).not.to.equal('none');
    el.style.width = '360px';
    await aTimeout(50);
    expect(label()).to.equal('block');
    expect(orgHeader()).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('exports the whole filtered list as CSV with a BOM', async () => {
    const el = await mount(fake);
    el.view = 'afgerond';
    await loaded(el);
    const total = submissionCount(fake, 'Verstuurd');
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    // A blob: URL with `download` saves a file; it never navigates the test page.
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return original.call(URL, object);
    };
    try {
      root(el).querySelector<HTMLButtonElement>('[part=export]')!.click();
      await waitUntil(() => blob, 'no CSV made', { timeout: 8000 });
    } finally {
      URL.createObjectURL = original;
    }
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    const lines = (await blob!.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).to.equal('Dossier;Type document;Status;Bestuursorgaan;Laatst gewijzigd;Verstuurd op;Gewijzigd door;Id');
    expect(lines.length - 1).to.equal(total);
    expect(lines.slice(1).every((line) => line.includes(';Verstuurd;'))).to.equal(true);
    await waitUntil(() => text(root(el).querySelector('[part=export] + [role=status]')).includes(`${total}`));
  });

  /** A history long enough to scroll (1,500 dossiers) in a virtual list, in the Afgerond view. */
  async function mountLongHistory() {
    const big = createFakeLoket({ now: NOW, size: { dossiers: 1500, services: 5 } });
    const el = await mount(big, { paging: 'virtual' });
    el.view = 'afgerond';
    await loaded(el);
    return { big, el };
  }

  it('loads pages as the user scrolls with paging="virtual", keeping DOM rows bounded', async () => {
    ignoreResizeObserverLoop();
    const { big, el } = await mountLongHistory();
    await waitUntil(() => rows(el).length > 0);
    const body = root(el).querySelector<HTMLElement>('.body.virtual')!;
    const total = Number(root(el).querySelector('[role=grid]')!.getAttribute('aria-rowcount')) - 1;
    expect(total).to.be.greaterThan(400);
    expect(rows(el).length).to.be.lessThan(60);
    expect(root(el).querySelector('nav[part=pagination]')).to.equal(null);
    // The virtualizer estimates its height until rows are measured: scroll until the middle is reached.
    await waitUntil(
      () => {
        body.scrollTop = body.scrollHeight / 2;
        return submissionRequests(big).some((q) => Number(q.get('page[number]')) > 3);
      },
      'no page loaded on scroll',
      { timeout: 5000 },
    );
    await waitUntil(() => rows(el).some((r) => Number(r.getAttribute('aria-rowindex')) > total / 3 && r.querySelector('a')), 'rows', {
      timeout: 5000,
    });
    expect(rows(el).length).to.be.lessThan(60);
    await expect(el).to.be.accessible();
  });

  it('tells when a page of the virtual list fails to load, and retries it', async () => {
    ignoreResizeObserverLoop();
    const { big, el } = await mountLongHistory();
    await waitUntil(() => rows(el).length > 0);
    big.addFault({ path: '/submissions', fault: { kind: 'status', status: 500 } });
    const body = root(el).querySelector<HTMLElement>('.body.virtual')!;
    await waitUntil(
      () => {
        body.scrollTop = body.scrollHeight / 2;
        return root(el).querySelector('[role=alert]');
      },
      'no error shown',
      { timeout: 5000 },
    );
    expect(text(root(el).querySelector('[role=alert]'))).to.contain('Er ging iets mis bij het Loket');
    big.clearFaults();
    root(el).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await waitUntil(() => !root(el).querySelector('[role=alert]') && rows(el).some((r) => Number(r.getAttribute('aria-rowindex')) > 100 && r.querySelector('a')), 'rows after retry', {
      timeout: 10000,
    });
  });

  it('takes dossiers a host already holds (items) and sends no request', async () => {
    ignoreResizeObserverLoop();
    const items: Dossier[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `d${i}`,
      description: `Dossier ${i}`,
      types: [{ id: 't', label: 'Notulen' }],
      status: { id: 's', label: 'Verstuurd' },
      statusKind: 'sent',
      modified: new Date(2026, 0, 1 + (i % 300)),
    }));
    const transport = createFakeLoket({ now: NOW, size: { services: 5, dossiers: 5 } });
    const el = await fixture<LoketDossierList>(html`<loket-dossier-list
      .fetch=${transport.fetch}
      .items=${items}
      view="afgerond"
      paging="virtual"
    ></loket-dossier-list>`);
    await loaded(el);
    expect(countText(el)).to.equal('1.000 dossiers gevonden');
    expect(rows(el).length).to.be.lessThan(60);
    expect(transport.requests).to.have.length(0);
  });
  it('keeps one tab stop in a virtual list and scrolls to the dossier the keys move to', async () => {
    ignoreResizeObserverLoop();
    const { el } = await mountLongHistory();
    await waitUntil(() => rows(el).some((r) => r.querySelector('a')));
    const total = Number(root(el).querySelector('[role=grid]')!.getAttribute('aria-rowcount')) - 1;
    const focusedRow = () => Number((root(el).activeElement as Element | null)?.closest('[role=row]')?.getAttribute('aria-rowindex')) - 2;
    const first = root(el).querySelector<HTMLElement>('.body [tabindex="0"]')!;
    expect(first.closest('[role=row]')!.getAttribute('aria-rowindex')).to.equal('2');
    first.focus();
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedRow() > 1, 'PageDown did not move', { timeout: 5000 });
    const afterPage = focusedRow();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedRow() === afterPage - 1, 'ArrowUp did not move', { timeout: 5000 });
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRow() === total - 1, 'End did not reach the last dossier', { timeout: 8000 });
    expect(root(el).querySelectorAll('.body [tabindex="0"]')).to.have.length(1);
    expect(rows(el).length).to.be.lessThan(60);
    await waitUntil(() => rows(el).some((r) => Number(r.getAttribute('aria-rowindex')) === total + 1 && r.querySelector('a')), 'last page', {
      timeout: 8000,
    });
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('loket-dossier-select', cancel);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'loket-dossier-select');
    el.removeEventListener('loket-dossier-select', cancel);
    expect(rows(el).find((r) => Number(r.getAttribute('aria-rowindex')) === total + 1)!.querySelector('a')!.href.endsWith(event.detail.dossier.id)).to.equal(true);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedRow() === 0, 'Home did not return to the first dossier', { timeout: 8000 });
    await sendKeys({ press: 'Tab' });
    expect(root(el).querySelector('.body')!.contains(root(el).activeElement)).to.equal(false);
  });

  describe('subsidy applications', () => {
    const SUBSIDY_TEMPLATE = 'https://loket.lokaalbestuur.vlaanderen.be/subsidy/applications/{id}';
    const subsidyRequests = () => fake.requests.filter((r) => r.path.startsWith('/subsidy-measure-consumptions')).map((r) => new URL(r.url).searchParams);
    /** The bestuur's applications by status label, from the fake's store. */
    function subsidies(label?: string): string[] {
      const groupId = fake.session!.groupId;
      const statuses = fake.store.get('subsidy-measure-consumption-statuses')!;
      const participations = fake.store.get('participations')!;
      return [...fake.store.get('subsidy-measure-consumptions')!.values()]
        .filter((s) => (s.relationships['participations'] as string[]).some((p) => participations.get(p)!.relationships['participating-bestuurseenheid'] === groupId))
        .filter((s) => !label || statuses.get(s.relationships['status'] as string)!.attributes['label'] === label)
        .map((s) => s.id);
    }
    async function mountSource(source: string): Promise<{ el: LoketDossierList; errors: unknown[] }> {
      const errors: unknown[] = [];
      const el = await fixture<LoketDossierList>(html`<loket-dossier-list
        .fetch=${fake.fetch}
        source=${source}
        view="alle"
        subsidy-url=${SUBSIDY_TEMPLATE}
        dossier-url=${TEMPLATE}
        @loket-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></loket-dossier-list>`);
      await loaded(el);
      return { el, errors };
    }

    it('shows them with offer, status, created and modified, paged by the Loket, linked by subsidy-url', async () => {
      const ids = subsidies();
      expect(ids.length).to.be.greaterThan(0);
      const { el } = await mountSource('subsidies');
      expect(countText(el)).to.equal(ids.length === 1 ? '1 dossier gevonden' : `${ids.length} dossiers gevonden`);
      const query = last(subsidyRequests());
      expect(query.get('filter[participations][participating-bestuurseenheid][:id:]')).to.equal(fake.session!.groupId);
      expect(query.get('include')).to.equal('status,subsidy-measure-offer');
      expect(query.get('page[size]')).to.equal('20');
      expect(submissionRequests(fake)).to.have.length(0);
      const headers = [...root(el).querySelectorAll('[role=columnheader]')].map(text);
      expect(headers).to.deep.equal(['Dossier ↕', 'Status ↕', 'Aangemaakt op ↕', 'Laatst gewijzigd ▼']);
      const row = rows(el)[0]!;
      const link = row.querySelector<HTMLAnchorElement>('.title a')!;
      expect(ids.some((id) => link.href === SUBSIDY_TEMPLATE.replace('{id}', id))).to.equal(true);
      expect(['Lokaal Energie- en Klimaatpact', 'Fietssubsidie', 'Stadsvernieuwing – conceptsubsidie']).to.include(text(link));
      expect(['Concept', 'Verstuurd']).to.include(text(row.querySelector('[part=badge]')));
      expect(row.querySelector('.created time')).not.to.equal(null);
      expect(row.querySelector('.modified time')).not.to.equal(null);
      expect(text(root(el).querySelector('select[name=type]')!.closest('label'))).to.match(/^Subsidiemaatregel/);

      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('loket-dossier-select', cancel);
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'loket-dossier-select');
      el.removeEventListener('loket-dossier-select', cancel);
      expect(event.detail.kind).to.equal('subsidies');
      expect(event.detail.url).to.equal(link.href);

      el.view = 'afgerond';
      await loaded(el);
      const sent = subsidies('Ingediend').length;
      expect(countText(el)).to.equal(sent === 0 ? 'Geen dossiers gevonden' : sent === 1 ? '1 dossier gevonden' : `${sent} dossiers gevonden`);
      await expect(el).to.be.accessible();
    });

    it('offers submissions and subsidies on two tabs with source="all", each paged on its own', async () => {
      const { el, errors } = await mountSource('all');
      await waitUntil(() => root(el).querySelector('[part=sources]'), 'no source tabs');
      const tabs = [...root(el).querySelectorAll<HTMLElement>('[part=sources] [role=tab]')];
      expect(tabs.map(text)).to.deep.equal(['Toezicht', 'Subsidies']);
      expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(rows(el)[0]!.querySelector('.organ')).not.to.equal(null);
      tabs[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await loaded(el);
      await waitUntil(() => countText(el) === `${subsidies().length} dossiers gevonden` || countText(el) === '1 dossier gevonden');
      expect(root(el).activeElement).to.equal(tabs[1]);
      expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(rows(el)[0]!.querySelector('.organ')).to.equal(null);
      expect(rows(el)[0]!.querySelector('.created')).not.to.equal(null);
      expect(last(subsidyRequests()).get('page[number]')).to.equal('0');
      expect(root(el).querySelector('.panel')!.getAttribute('aria-labelledby')).to.equal('sources-subsidies tabs-alle');
      tabs[0]!.click();
      await loaded(el);
      await waitUntil(() => rows(el)[0]!.querySelector('.organ'));
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    for (const status of [404, 403]) {
      it(`shows the submissions without an error where the Loket answers ${status} for subsidies`, async () => {
        fake.addFault({ path: '/subsidy-measure', fault: { kind: 'status', status } });
        const asked = await mountSource('subsidies');
        expect(root(asked.el).querySelector('[role=alert]')).to.equal(null);
        expect(rows(asked.el).length).to.be.greaterThan(0);
        expect(rows(asked.el)[0]!.querySelector('.organ')).not.to.equal(null);
        expect(asked.errors).to.deep.equal([]);

        const all = await mountSource('all');
        await waitUntil(() => fake.requests.filter((r) => r.path.startsWith('/subsidy-measure')).length >= 2);
        await aTimeout(50);
        expect(root(all.el).querySelector('[part=sources]')).to.equal(null);
        expect(root(all.el).querySelector('[role=alert]')).to.equal(null);
        expect(rows(all.el).length).to.be.greaterThan(0);
        expect(all.errors).to.deep.equal([]);
      });
    }
  });
});
