import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import '../../components/dossier-list/dossier-list.js';
import type { LoketDossierList, DossierSelectDetail } from '../../components/dossier-list/dossier-list.js';
import type { Dossier } from '../../src/api/dossiers.js';
import { SUBMISSION_STATUSES } from '../../fake-loket/apps/loket/seed/dossiers.js';

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
    () =>
      root(el).querySelector('[part=no-access]') ||
      (root(el).querySelector('.panel[aria-busy=false]') && (rows(el).length > 0 || root(el).querySelector('.message, [role=alert]'))),
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

/** The bestuur's submissions with these statuses, from the fake's store (default: what the Loket's list shows). */
function submissionCount(fake: FakeLoket, ...kinds: ('concept' | 'sent' | 'deleted')[]): number {
  const groupId = fake.session!.groupId;
  const statuses = new Set<string>((kinds.length ? kinds : (['concept', 'sent'] as const)).map((kind) => SUBMISSION_STATUSES[kind].id));
  return [...fake.store.get('submissions')!.values()].filter(
    (s) => s.relationships['organization'] === groupId && statuses.has(s.relationships['status'] as string),
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

  it('shows Concept and Verstuurd dossiers of the bestuur by default, as the Loket, announces the count and is accessible', async () => {
    const el = await mount(fake);
    const shown = submissionCount(fake);
    expect(submissionCount(fake, 'deleted')).to.be.greaterThan(0);
    expect(countText(el)).to.equal(`${shown} dossiers gevonden`);
    expect(root(el).querySelector('.count')!.getAttribute('aria-live')).to.equal('polite');
    expect(rows(el)).to.have.length(Math.min(20, shown));
    for (const row of rows(el)) expect(['Concept', 'Verstuurd']).to.include(text(row.querySelector('[part=badge]')));
    const query = last(submissionRequests(fake));
    expect(query.get('filter[organization][:id:]')).to.equal(fake.session!.groupId);
    expect(query.get('filter[status][id]')).to.equal(`${SUBMISSION_STATUSES.concept.id},${SUBMISSION_STATUSES.sent.id}`);
    expect(query.get('include')).to.contain('form-data.types');
    expect(query.get('sort')).to.equal('-modified');
    expect(query.get('page[size]')).to.equal('20');
    await expect(el).to.be.accessible();
  });

  it('shows the type as title with the description under it, status, body, session, modified and sent date', async () => {
    const el = await mount(fake);
    const row = rows(el)[0]!;
    const types = new Set([...fake.store.get('concepts')!.values()].map((c) => c.attributes['label']));
    expect(types.has(text(row.querySelector('.title a')).split(', ')[0])).to.equal(true);
    expect(row.querySelector('.modified time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(row.querySelector('.session time')).not.to.equal(null);
    expect(rows(el).some((r) => text(r.querySelector('.detail')) !== '')).to.equal(true);
    expect(rows(el).some((r) => text(r.querySelector('.sent')).includes('Nog niet verstuurd'))).to.equal(true);
    // The body in time has no name of its own: the list names the body it specialises.
    expect(rows(el).some((r) => /^(Gemeenteraad|College van burgemeester en schepenen|Burgemeester) Aalst$/.test(text(r.querySelector('.organ')).replace(/^Orgaan /, '')))).to.equal(true);
  });

  it('switches between Lopend, Afgerond and Alle with the tabs, by click and by arrow keys', async () => {
    const el = await mount(fake);
    const tabs = [...root(el).querySelectorAll<HTMLElement>('[role=tab]')];
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'true']);
    tabs[1]!.click();
    await el.updateComplete;
    await loaded(el);
    expect(el.view).to.equal('afgerond');
    expect(countText(el)).to.equal(`${submissionCount(fake, 'sent')} dossiers gevonden`);
    expect(last(submissionRequests(fake)).get('filter[status][:uri:]')).to.equal(`http://lblod.data.gift/concepts/${SUBMISSION_STATUSES.sent.id}`);
    expect(text(rows(el)[0]!.querySelector('[part=badge]'))).to.equal('Verstuurd');
    expect(text(rows(el)[0]!.querySelector('.sent time'))).not.to.equal('');

    tabs[1]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await loaded(el);
    expect(el.view).to.equal('lopend');
    expect(root(el).activeElement).to.equal(tabs[0]);
    expect(countText(el)).to.equal(`${submissionCount(fake, 'concept')} dossiers gevonden`);
    for (const row of rows(el)) expect(text(row.querySelector('[part=badge]'))).to.equal('Concept');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.view).to.equal('alle');
  });

  /** Picks the option of a filter select whose text is `label` (or the first real option). */
  async function choose(el: LoketDossierList, name: string, label?: string): Promise<HTMLOptionElement> {
    await waitUntil(() => (root(el).querySelector<HTMLSelectElement>(`select[name=${name}]`)?.options.length ?? 0) > 1, `no ${name} choices`);
    const select = root(el).querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
    const option = [...select.options].find((o) => (label ? o.text.trim() === label : o.value !== ''))!;
    select.value = option.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await loaded(el);
    return option;
  }

  it('filters on the Loket’s "Type dossier" concepts, status, orgaan, period and free text, and clears the filters', async () => {
    const el = await mount(fake);
    const typeSelect = root(el).querySelector<HTMLSelectElement>('select[name=type]')!;
    const besluitenlijst = await choose(el, 'type', 'Besluitenlijst');
    expect(last(submissionRequests(fake)).get('filter[form-data][types][id]')).to.equal(besluitenlijst.value);
    expect(fake.requests.some((r) => r.path === '/concepts' && new URL(r.url).searchParams.get('filter[concept-schemes][:uri:]') === 'http://lblod.data.gift/concept-schemes/71e6455e-1204-46a6-abf4-87319f58eaa5')).to.equal(true);
    expect(rows(el).length).to.be.greaterThan(0);
    for (const row of rows(el)) expect(text(row.querySelector('.title'))).to.contain('Besluitenlijst');

    await choose(el, 'status', 'Verstuurd');
    expect(last(submissionRequests(fake)).get('filter[status][:uri:]')).to.equal(`http://lblod.data.gift/concepts/${SUBMISSION_STATUSES.sent.id}`);
    for (const row of rows(el)) expect(text(row.querySelector('[part=badge]'))).to.equal('Verstuurd');

    const organ = await choose(el, 'organ', 'Gemeenteraad Aalst');
    expect(last(submissionRequests(fake)).get('filter[form-data][passed-by][is-tijdsspecialisatie-van][:id:]')).to.equal(organ.value);
    for (const row of rows(el)) expect(text(row.querySelector('.organ'))).to.contain('Gemeenteraad Aalst');

    const from = root(el).querySelector<HTMLInputElement>('input[name=from]')!;
    from.value = '2026-01-01';
    from.dispatchEvent(new Event('change'));
    const to = root(el).querySelector<HTMLInputElement>('input[name=to]')!;
    to.value = '2026-06-30';
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await loaded(el);
    const query = last(submissionRequests(fake));
    expect(query.get('filter[form-data][submission][:gte:modified]')).to.equal(new Date(2026, 0, 1).toISOString());
    expect(query.get('filter[form-data][submission][:lte:modified]')).to.equal(new Date(2026, 6, 1, 0, 0, 0, -1).toISOString());
    for (const row of rows(el)) {
      const modified = new Date(row.querySelector('.modified time')!.getAttribute('datetime')!);
      expect(modified >= new Date(2026, 0, 1) && modified < new Date(2026, 6, 1)).to.equal(true);
    }

    const clear = [...root(el).querySelectorAll<HTMLButtonElement>('.filters button')].find((b) => text(b) === 'Filters wissen')!;
    clear.click();
    await el.updateComplete;
    await loaded(el);
    expect(last(submissionRequests(fake)).has('filter[form-data][types][id]')).to.equal(false);
    expect(typeSelect.value).to.equal('');
  });

  it('offers as orgaan the bodies with more than one body in time, as the Loket', async () => {
    const el = await mount(fake);
    await waitUntil(() => (root(el).querySelector<HTMLSelectElement>('select[name=organ]')?.options.length ?? 0) > 1);
    const organs = [...root(el).querySelector<HTMLSelectElement>('select[name=organ]')!.options].map((o) => text(o));
    expect(organs).to.deep.equal(['Alle organen', 'College van burgemeester en schepenen Aalst', 'Gemeenteraad Aalst']);
    const asked = fake.requests.find((r) => r.path === '/bestuursorganen')!;
    expect(Object.fromEntries(new URL(asked.url).searchParams)).to.deep.include({
      'filter[:has-no:bevat-bestuursfunctie]': 't',
      'filter[bestuurseenheid][:id:]': fake.session!.groupId,
      include: 'heeft-tijdsspecialisaties',
      sort: 'naam',
    });
  });

  it('searches free text after a pause in typing, or at once on Enter', async () => {
    const el = await mount(fake);
    const search = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    search.focus();
    await sendKeys({ type: 'zone' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => last(submissionRequests(fake)).get('filter[:or:][form-data][description]') === 'zone');
    await loaded(el);
    expect(rows(el).length).to.be.greaterThan(0);
    for (const row of rows(el)) expect(text(row).toLowerCase()).to.contain('zone');
    await sendKeys({ type: ' 30' });
    await waitUntil(() => last(submissionRequests(fake)).get('filter[:or:][form-data][description]') === 'zone 30', 'debounced search', {
      timeout: 3000,
    });
  });

  it('keeps up when filters change faster than the Loket answers', async () => {
    fake.latency = 150;
    const el = await mount(fake);
    await waitUntil(() => (root(el).querySelector<HTMLSelectElement>('select[name=type]')?.options.length ?? 0) > 4);
    const select = root(el).querySelector<HTMLSelectElement>('select[name=type]')!;
    const options = [...select.options].slice(1, 4);
    for (const option of options) {
      select.value = option.value;
      select.dispatchEvent(new Event('change'));
      await aTimeout(20);
    }
    await loaded(el);
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
    expect(last(submissionRequests(fake)).get('filter[form-data][types][id]')).to.equal(options[2]!.value);
    for (const row of rows(el)) expect(text(row)).to.contain(options[2]!.text.trim());
  });

  it('falls back to sane values for a bad view or page size', async () => {
    const el = await fixture<LoketDossierList>(html`<loket-dossier-list .fetch=${fake.fetch} view="oud" page-size="-3"></loket-dossier-list>`);
    await loaded(el);
    expect(el.view).to.equal('alle');
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
    expect(text(root(el).querySelector('.message'))).to.equal('Er zijn nog geen dossiers.');
    expect(root(el).querySelector('.message button')).to.equal(null);
    el.view = 'lopend';
    await el.updateComplete;
    await loaded(el);
    expect(text(root(el).querySelector('.message'))).to.equal('U heeft geen lopende dossiers.');
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
    header('Orgaan').querySelector('button')!.click();
    await el.updateComplete;
    await loaded(el);
    expect(last(submissionRequests(fake)).get('sort')).to.equal(':no-case:form-data.passed-by.is-tijdsspecialisatie-van.naam,-modified');
    header('Dossier').querySelector('button')!.click();
    await el.updateComplete;
    await loaded(el);
    expect(header('Dossier').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('Laatst gewijzigd').getAttribute('aria-sort')).to.equal('none');
    expect(last(submissionRequests(fake)).get('sort')).to.equal(':no-case:form-data.types.label,-modified');
    const button = header('Dossier').querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await loaded(el);
    expect(header('Dossier').getAttribute('aria-sort')).to.equal('descending');
    // The list is not torn down while it reloads, so the keyboard user stays on the header.
    expect(root(el).activeElement).to.equal(button);
    // The title is the type: rows of one type are in descending order of it.
    const titles = rows(el)
      .map((r) => text(r.querySelector('.title a')).toLowerCase())
      .filter((title) => !title.includes(', '));
    expect(titles.length).to.be.greaterThan(1);
    expect(titles).to.deep.equal([...titles].sort().reverse());
  });

  it('pages the way the Loket pages, with a page size choice', async () => {
    const el = await mount(fake);
    el.view = 'afgerond';
    await loaded(el);
    const total = submissionCount(fake, 'sent');
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
      ([, s]) => s.relationships['organization'] === fake.session!.groupId && s.relationships['status'] === SUBMISSION_STATUSES.concept.id,
    )!;
    const formData = fake.store.get('form-data')!.get(submission.relationships['form-data'] as string)!;
    formData.attributes['description'] = '<img src=x onerror="window.__pwned=1">';
    submission.attributes['modified'] = '2099-01-01T00:00:00Z';
    const el = await mount(fake);
    const link = rows(el)[0]!.querySelector('a')!;
    expect(link.href.endsWith(id)).to.equal(true);
    expect(rows(el)[0]!.querySelector('.detail')!.textContent).to.contain('<img src=x');
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
    const headRow = () => getComputedStyle(root(el).querySelector('.head .row')!).display;
    el.style.width = '1000px';
    await aTimeout(50);
    expect(label()).to.equal('none');
    expect(headRow()).to.equal('grid');
    el.style.width = '360px';
    await aTimeout(50);
    expect(label()).to.equal('block');
    // Narrow, the column headers stay as a row of sort buttons.
    expect(headRow()).to.equal('flex');
    await expect(el).to.be.accessible();
  });

  it('exports the whole filtered list as CSV with a BOM', async () => {
    const el = await mount(fake);
    el.view = 'afgerond';
    await loaded(el);
    const total = submissionCount(fake, 'sent');
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
    expect(lines[0]).to.equal('Dossier;Omschrijving;Status;Orgaan;Datum zitting;Laatst gewijzigd;Verstuurd op;Gewijzigd door;Id');
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

  describe('subsidy applications (Subsidiepunt)', () => {
    const SUBSIDY_TEMPLATE = 'https://subsidiepunt.lokaalbestuur.vlaanderen.be/subsidy/applications/{id}';
    const subsidyRequests = () =>
      fake.requests.filter((r) => r.app === 'subsidiepunt' && r.path.startsWith('/subsidy-measure-consumptions')).map((r) => new URL(r.url).searchParams);
    /** The bestuur's applications by status label, from Subsidiepunt's store (its graph). */
    function subsidies(...labels: string[]): string[] {
      const app = fake.apps.subsidiepunt!;
      const statuses = app.store.get('subsidy-measure-consumption-statuses')!;
      return [...app.store.get('subsidy-measure-consumptions')!.values()]
        .filter((s) => s.owner === fake.session!.groupId)
        .filter((s) => !labels.length || labels.includes(statuses.get(s.relationships['status'] as string)!.attributes['label'] as string))
        .map((s) => s.id);
    }
    const found = (count: number) => (count === 0 ? 'Geen dossiers gevonden' : count === 1 ? '1 dossier gevonden' : `${count} dossiers gevonden`);
    async function mountSource(source: string, subsidiesApiBase: string | null = '/subsidiepunt-api'): Promise<{ el: LoketDossierList; errors: unknown[] }> {
      const errors: unknown[] = [];
      const el = await fixture<LoketDossierList>(html`<loket-dossier-list
        .fetch=${fake.fetch}
        source=${source}
        subsidies-api-base=${subsidiesApiBase ?? nothing}
        subsidy-url=${SUBSIDY_TEMPLATE}
        dossier-url=${TEMPLATE}
        @loket-error=${(e: CustomEvent) => errors.push(e.detail.error)}
      ></loket-dossier-list>`);
      await loaded(el);
      return { el, errors };
    }

    it('reads them from subsidies-api-base as Subsidiepunt’s list does: the graph scopes them, the real include, offer, deadline, modified', async () => {
      const ids = subsidies();
      expect(ids.length).to.be.greaterThan(3);
      const { el, errors } = await mountSource('subsidies');
      expect(errors).to.deep.equal([]);
      expect(countText(el)).to.equal(found(ids.length));
      const query = last(subsidyRequests());
      expect([...query.keys()].filter((key) => key.startsWith('filter'))).to.deep.equal([]);
      expect(query.get('include')!.split(',')).to.have.members([
        'status',
        'subsidy-measure-offer',
        'subsidy-application-forms',
        'subsidy-application-flow.subsidy-measure-offer-series.period',
        'active-subsidy-application-flow-step.subsidy-procedural-step.period',
        'participations',
        'last-modifier',
      ]);
      expect(query.get('sort')).to.equal('-modified');
      expect(submissionRequests(fake)).to.have.length(0);
      expect(fake.requests.some((r) => r.app === 'subsidiepunt' && r.path === '/sessions/current')).to.equal(true);
      const headers = [...root(el).querySelectorAll('[role=columnheader]')].map(text);
      expect(headers).to.deep.equal(['Dossier ↕', 'Status ↕', 'Indienen tot ↕', 'Laatst gewijzigd ▼']);
      const row = rows(el)[0]!;
      const link = row.querySelector<HTMLAnchorElement>('.title a')!;
      expect(ids.some((id) => link.href === SUBSIDY_TEMPLATE.replace('{id}', id))).to.equal(true);
      const offers = [...fake.apps.subsidiepunt!.store.get('subsidy-measure-offers')!.values()].map((o) => o.attributes['title']);
      expect(offers).to.include(text(link));
      // Dutch shows Subsidiepunt's own status names.
      expect(['Concept', 'Actief', 'Aanvraag ingediend']).to.include(text(row.querySelector('[part=badge]')));
      expect(row.querySelector('.deadline time')).not.to.equal(null);
      expect(text(root(el).querySelector('select[name=type]')!.closest('label'))).to.match(/^Subsidiemaatregel/);
      expect(root(el).querySelector('select[name=organ]')).to.equal(null);

      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('loket-dossier-select', cancel);
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'loket-dossier-select');
      el.removeEventListener('loket-dossier-select', cancel);
      expect(event.detail.kind).to.equal('subsidies');
      expect(event.detail.url).to.equal(link.href);

      el.view = 'afgerond';
      await loaded(el);
      expect(countText(el)).to.equal(found(subsidies('Aanvraag ingediend').length));
      el.view = 'lopend';
      await loaded(el);
      expect(countText(el)).to.equal(found(subsidies('Concept', 'Actief').length));
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
      await waitUntil(() => countText(el) === found(subsidies().length));
      expect(root(el).activeElement).to.equal(tabs[1]);
      expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(rows(el)[0]!.querySelector('.organ')).to.equal(null);
      expect(rows(el)[0]!.querySelector('.deadline')).not.to.equal(null);
      expect(last(subsidyRequests()).get('page[number]')).to.equal('0');
      expect(root(el).querySelector('.panel')!.getAttribute('aria-labelledby')).to.equal('sources-subsidies tabs-alle');
      tabs[0]!.click();
      await loaded(el);
      await waitUntil(() => rows(el)[0]!.querySelector('.organ'));
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('is not an error where no Subsidiepunt is configured: the submissions show, and Subsidiepunt is not asked', async () => {
      const asked = await mountSource('subsidies', null);
      expect(root(asked.el).querySelector('[role=alert]')).to.equal(null);
      expect(rows(asked.el)[0]!.querySelector('.organ')).not.to.equal(null);
      const all = await mountSource('all', null);
      expect(root(all.el).querySelector('[part=sources]')).to.equal(null);
      expect(rows(all.el).length).to.be.greaterThan(0);
      expect([...asked.errors, ...all.errors]).to.deep.equal([]);
      expect(fake.requests.filter((r) => r.app === 'subsidiepunt')).to.deep.equal([]);
    });

    it('is not an error where the Subsidiepunt root answers 404', async () => {
      const without = createFakeLoket({ now: NOW, size: { dossiers: 100, services: 5 }, roots: { subsidiepunt: null } });
      fake = without;
      const asked = await mountSource('subsidies');
      expect(root(asked.el).querySelector('[role=alert]')).to.equal(null);
      expect(rows(asked.el)[0]!.querySelector('.organ')).not.to.equal(null);
      const all = await mountSource('all');
      expect(root(all.el).querySelector('[part=sources]')).to.equal(null);
      expect([...asked.errors, ...all.errors]).to.deep.equal([]);
      expect(without.requests.some((r) => r.path.startsWith('/subsidiepunt-api') && r.status === 404)).to.equal(true);
    });
  });

  describe('roles and sessions', () => {
    const notices = (el: LoketDossierList) => [...root(el).querySelectorAll('[part=no-access]')].map(text);
    /**
     * A fake whose sessions have these roles (a session is read once per API root and page, as in
     * the real apps, so each case gets its own fake and clients).
     */
    function withRoles(loket: string[], subsidiepunt: string[] = loket): FakeLoket {
      fake = createFakeLoket({ now: NOW, size: { dossiers: 100, services: 5 }, session: { roles: loket } });
      fake.setSession({ roles: subsidiepunt }, 'subsidiepunt');
      return fake;
    }
    async function mountWith(source: string): Promise<LoketDossierList> {
      const el = await fixture<LoketDossierList>(html`<loket-dossier-list .fetch=${fake.fetch} source=${source} subsidies-api-base="/subsidiepunt-api"></loket-dossier-list>`);
      await loaded(el);
      return el;
    }

    it('says "no access", naming the role, where the Loket session lacks LoketLB-toezichtGebruiker, and reads no dossier', async () => {
      withRoles(['LoketLB-berichtenGebruiker']);
      const el = await mountWith('submissions');
      expect(notices(el)).to.deep.equal([
        'U hebt geen toegang tot de toezichtsdossiers. Vraag de beheerder van uw bestuur om u de rol LoketLB-toezichtGebruiker toe te kennen.',
      ]);
      expect(submissionRequests(fake)).to.have.length(0);
      expect(rows(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says so per source: subsidies without SubsidiepuntGebruiker, both when the user has neither role', async () => {
      withRoles(['LoketLB-toezichtGebruiker']);
      expect(notices(await mountWith('subsidies'))).to.deep.equal([
        'U hebt geen toegang tot de subsidieaanvragen. Vraag de beheerder van uw bestuur om u de rol SubsidiepuntGebruiker toe te kennen.',
      ]);
      withRoles(['LoketLB-berichtenGebruiker']);
      const el = await mountWith('all');
      expect(notices(el)).to.have.length(2);
      expect(notices(el)[1]).to.contain('SubsidiepuntGebruiker');
    });

    it('shows a user with only one of the two roles that one, without tabs', async () => {
      withRoles(['LoketLB-toezichtGebruiker']);
      const submissionsOnly = await mountWith('all');
      expect(root(submissionsOnly).querySelector('[part=sources]')).to.equal(null);
      expect(rows(submissionsOnly)[0]!.querySelector('.organ')).not.to.equal(null);
      withRoles(['SubsidiepuntGebruiker']);
      const subsidiesOnly = await mountWith('all');
      expect(root(subsidiesOnly).querySelector('[part=sources]')).to.equal(null);
      expect(notices(subsidiesOnly)).to.deep.equal([]);
      expect(rows(subsidiesOnly)[0]!.querySelector('.deadline')).not.to.equal(null);
      expect(submissionRequests(fake)).to.have.length(0);
    });

    for (const [name, setUp] of [
      ['no Loket session (400 "Invalid session")', (f: FakeLoket) => f.setSession(null, 'loket')],
      ['a 500 "Session header is missing"', (f: FakeLoket) => f.addFault({ path: '/submissions', fault: { kind: 'status', status: 500, title: 'Session header is missing' } })],
      ['a 401', (f: FakeLoket) => f.addFault({ path: '/submissions', fault: { kind: 'status', status: 401 } })],
    ] as const) {
      it(`reads ${name} as an expired session`, async () => {
        setUp(fake);
        const el = await mountWith('submissions');
        expect(text(root(el).querySelector('[role=alert]'))).to.match(/Uw sessie is verlopen/);
      });
    }

    it('reads no Subsidiepunt session as an expired session, for subsidies only', async () => {
      fake.setSession(null, 'subsidiepunt');
      expect(text(root(await mountWith('subsidies')).querySelector('[role=alert]'))).to.match(/Uw sessie is verlopen/);
      // With both, the submissions work; the subsidies tab tells why it cannot show them.
      const el = await mountWith('all');
      expect(rows(el).length).to.be.greaterThan(0);
      root(el).querySelector<HTMLElement>('#sources-subsidies')!.click();
      await loaded(el);
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      expect(text(root(el).querySelector('[role=alert]'))).to.match(/Uw sessie is verlopen/);
    });
  });

  describe('a code list that fails', () => {
    for (const [name, path, select] of [
      ['the document types', '/concepts', 'type'],
      ['the statuses', '/submission-document-statuses', 'status'],
      ['the bodies', '/bestuursorganen', 'organ'],
    ] as const) {
      it(`degrades only its filter (${name}), says so next to it, and is asked again later`, async () => {
        fake.addFault({ path, fault: { kind: 'status', status: 500 } });
        const errors: unknown[] = [];
        const el = await fixture<LoketDossierList>(html`<loket-dossier-list .fetch=${fake.fetch} @loket-error=${(e: CustomEvent) => errors.push(e.detail.error)}></loket-dossier-list>`);
        await loaded(el);
        await waitUntil(() => root(el).querySelector(`select[name=${select}][disabled]`), 'the filter was not degraded');
        expect(rows(el).length).to.be.greaterThan(0);
        expect(root(el).querySelector('[role=alert]')).to.equal(null);
        const field = root(el).querySelector<HTMLSelectElement>(`select[name=${select}]`)!;
        const message = root(el).querySelector(`#${field.getAttribute('aria-describedby')}`)!;
        expect(text(message)).to.equal('Deze keuzelijst kon niet geladen worden.');
        expect(errors.length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
        fake.clearFaults();
        el.view = 'lopend';
        await loaded(el);
        await waitUntil(() => !root(el).querySelector(`select[name=${select}]`)?.hasAttribute('disabled'), 'asked again');
      });
    }
  });
});
