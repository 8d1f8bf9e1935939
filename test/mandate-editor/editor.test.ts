import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { LoketError } from '../../src/api/errors.js';
import { FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import { $, $$, COLUMN, NOW, editor, editorTemplate, fakeLoket, lmb, lmbChanged, rows, selectBody, selectLegislature } from './helpers.js';

describe('<loket-mandate-editor>: the list, from Lokaal Mandatenbeheer', () => {
  beforeEach(() => localStorage.clear());

  it('shows the gemeenteraad of the current bestuursperiode, ordered by function, with the publication status', async () => {
    const el = await editor();
    expect($<HTMLSelectElement>(el, '#orgaan')!.selectedOptions[0]!.textContent).to.equal('Gemeenteraad Aalst');
    expect($<HTMLSelectElement>(el, '#legislatuur')!.selectedOptions[0]!.textContent).to.equal('2025 - heden');
    const table = rows(el);
    expect(table[0]![COLUMN.functie]).to.equal('Voorzitter van de gemeenteraad');
    expect(table.slice(1).every((row) => row[COLUMN.functie] === 'Gemeenteraadslid')).to.equal(true);
    expect(table.every((row) => row[COLUMN.einde] === '')).to.equal(true);
    const statuses = new Set(table.map((row) => row[COLUMN.publication]));
    expect([...statuses].sort()).to.deep.equal(['Bekrachtigd', 'Draft', 'Niet bekrachtigd']);
    expect($(el, 'caption')!.textContent).to.contain('Gemeenteraad Aalst');
  });

  it('asks LMB, at mandates-api-base, the way its frontend does', async () => {
    const fake = fakeLoket();
    await editor(fake);
    const lines = fake.requests.map((entry) => `${entry.app} ${entry.method} ${decodeURIComponent(entry.url)}`);
    expect(lines.filter((line) => !line.startsWith('lmb '))).to.deep.equal([]);
    expect(lines.some((line) => line.includes('/lmb-api/bestuursorganen?') && line.includes('filter[:has-no:is-tijdsspecialisatie-van]'))).to.equal(true);
    expect(lines.some((line) => line.includes('/lmb-api/mandatarissen?') && line.includes('publication-status'))).to.equal(true);
    expect(lines.some((line) => line.includes('/lmb-api/mandataris-publication-status-codes?'))).to.equal(true);
  });

  it('is accessible, with the actions named after the person', async () => {
    const el = await editor();
    await selectBody(el, 'College');
    const firstRow = $$(el, 'tbody tr')[0]!;
    const name = firstRow.querySelector('th')!.textContent!.trim();
    expect(firstRow.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Wijzigen ${name}`);
    await expect(el).to.be.accessible();
  });

  it('orders the college by function and rangorde; a Verhinderd schepen and the Waarnemend who stands in', async () => {
    const el = await editor();
    await selectBody(el, 'College');
    const table = rows(el);
    expect(table[0]![COLUMN.functie]).to.equal('Burgemeester');
    const schepenen = table.filter((row) => row[COLUMN.functie] === 'Schepen');
    const ranks = schepenen.map((row) => row[COLUMN.rangorde].split(' ')[0]).filter(Boolean);
    expect(ranks[0]).to.equal('Eerste');
    expect(schepenen.some((row) => row[COLUMN.status] === 'Verhinderd')).to.equal(true);
    const standIn = schepenen.find((row) => row[COLUMN.status].startsWith('Waarnemend'))!;
    const hindered = schepenen.find((row) => row[COLUMN.status] === 'Verhinderd')!;
    expect(standIn[COLUMN.status]).to.equal(`Waarnemend voor ${hindered[COLUMN.person]}`);
    expect(table[table.length - 1]![COLUMN.functie]).to.equal('Toegevoegde schepen');
    expect(table[table.length - 1]![COLUMN.fractie]).to.equal('Onafhankelijk');
  });

  it('toggles between current and all mandatarissen, and announces the count', async () => {
    const el = await editor();
    const current = rows(el).length;
    $<HTMLInputElement>(el, '.toolbar input[type="checkbox"]')!.click();
    await waitUntil(() => rows(el).length > current);
    expect(rows(el).filter((row) => row[COLUMN.einde] !== '').length).to.equal(1);
    await waitUntil(() => $(el, '[role="status"][aria-live]')!.textContent!.includes(`${current + 1} mandatarissen`));
  });

  it('switches bestuursperiode: the past one shows the composition it ended with, then everyone', async () => {
    const el = await editor();
    await selectLegislature(el, '2019 - 2025');
    const final = rows(el);
    expect(final.every((row) => row[COLUMN.einde] === '31/12/2024')).to.equal(true);
    expect(final.every((row) => row[COLUMN.publication] === 'Bekrachtigd')).to.equal(true);
    expect(final.some((row) => row[COLUMN.start] === '1/09/2021')).to.equal(true);
    $<HTMLInputElement>(el, '.toolbar input[type="checkbox"]')!.click();
    await waitUntil(() => rows(el).length === final.length + 1);
    expect(rows(el).some((row) => row[COLUMN.einde] === '1/09/2021')).to.equal(true);
  });

  it('says "no access", naming the role, without LMB\'s mandates role, and reads nothing', async () => {
    const fake = fakeLoket({ session: { roles: ['LoketLB-berichtenGebruiker'] } });
    const el = await editor(fake);
    expect($(el, '[part="no-access"]')!.textContent).to.contain('LoketLB-mandaatGebruiker');
    expect($(el, 'table, .empty')).to.equal(null);
    expect(fake.requests.map((entry) => entry.path)).to.deep.equal(['/sessions/current']);
    await expect(el).to.be.accessible();
  });

  it('takes the role from LMB\'s own session, not the Loket\'s', async () => {
    const fake = fakeLoket();
    fake.setSession({ roles: ['LoketLB-berichtenGebruiker'] }, 'loket');
    const el = await editor(fake);
    expect(el.canEdit).to.equal(true);
    // Another page (sessions are read once per client): the Loket role alone opens nothing in LMB.
    const second = fakeLoket();
    second.setSession({ roles: ['LoketLB-berichtenGebruiker'] }, 'lmb');
    const other = await editor(second);
    expect($(other, '[part="no-access"]')).to.not.equal(null);
  });

  it('without an LMB session: the sign-in error, with retry', async () => {
    const fake = fakeLoket({ session: null });
    const el = await editor(fake);
    expect($(el, '[part="error"]')!.textContent).to.contain(new LoketError('unauthorized').userMessage('nl'));
  });

  it('is read-only with the readonly attribute, whatever the roles', async () => {
    const fake = fakeLoket();
    const el = await editor(fake, (f) => editorTemplate(f, { readonly: true }));
    expect($(el, '[part~="add-button"]')).to.equal(null);
    expect($$(el, 'tbody button')).to.have.length(0);
    expect($(el, '.hint')!.textContent).to.contain('alleen bekijken');
    expect(rows(el)[0]![COLUMN.publication]).to.not.equal('');
    el.readonly = false;
    await waitUntil(() => $(el, '[part~="add-button"]:not([disabled])'), 'editing did not come');
    expect($$(el, 'tbody button').length).to.be.greaterThan(0);
  });

  it('shows a loading state first', async () => {
    const fake = fakeLoket({ latency: 50 });
    const el = await fixture<LoketMandateEditor>(editorTemplate(fake));
    expect($(el, '[role="status"]')!.textContent).to.contain('Bezig met laden');
    await waitUntil(() => $(el, 'table'), 'never loaded', { timeout: 8000 });
  });

  it('says so when a body has no mandatarissen', async () => {
    const fake = fakeLoket();
    lmb(fake, 'mandatarissen').clear();
    lmbChanged(fake);
    const el = await editor(fake);
    expect($(el, '.empty')!.textContent).to.contain('geen mandatarissen');
    await expect(el).to.be.accessible();
  });

  it('says so when LMB shows no bodies for the bestuur (another bestuur\'s graph is invisible)', async () => {
    const fake = fakeLoket();
    const other = [...lmb(fake, 'bestuurseenheden').values()].find((b) => b.id !== FIRST_GEMEENTE_ID && String(b.attributes['naam']).startsWith('Gemeente'))!;
    const el = await editor(fake, (f) => editorTemplate(f, { bestuurseenheid: other.id }));
    expect($(el, '.empty')!.textContent).to.contain('geen bestuursorganen');
  });

  for (const [status, fault] of [
    ['500', { kind: 'status', status: 500 }],
    ['401', { kind: 'status', status: 401 }],
    ['403', { kind: 'status', status: 403 }],
    ['malformed JSON', { kind: 'malformed-json' }],
    ['wrong shape', { kind: 'wrong-shape' }],
    ['offline', { kind: 'drop' }],
  ] as const) {
    it(`shows a translated error with a working retry (${status})`, async () => {
      const fake = fakeLoket();
      fake.addFault({ app: 'lmb', path: '/bestuursorganen', fault });
      const errors: string[] = [];
      const el = await editor(fake, () =>
        html`<loket-mandate-editor mandates-api-base="/lmb-api" lang="fr" .fetch=${fake.fetch} .now=${NOW} @loket-error=${(e: CustomEvent) => errors.push(e.detail.error.kind)}></loket-mandate-editor>`,
      );
      const alert = $(el, '[part="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent!.trim().length).to.be.greaterThan(10);
      expect(errors.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      fake.clearFaults();
      alert.querySelector('button')!.click();
      await waitUntil(() => $(el, 'table'), 'retry did not load', { timeout: 8000 });
    });
  }

  it('shows a failure of the body in place, with retry', async () => {
    const fake = fakeLoket();
    fake.addFault({ app: 'lmb', path: '/mandatarissen', fault: { kind: 'status', status: 503 } });
    const el = await editor(fake);
    await waitUntil(() => $(el, '[part="error"]'), 'no body error', { timeout: 8000 });
    expect($(el, '#orgaan')).to.not.equal(null);
    fake.clearFaults();
    $(el, '[part="error"] button')!.click();
    await waitUntil(() => $(el, 'table'), 'retry did not load', { timeout: 8000 });
  });

  it('shows the network error when the view\'s code cannot load (offline), and its retry fetches it again', async () => {
    let offline = true;
    let imports = 0;
    class OfflineEditor extends LoketMandateEditor {
      protected override importView() {
        imports++;
        // What Chromium rejects a dynamic import with when the chunk cannot be fetched.
        return offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : super.importView();
      }
    }
    customElements.define('offline-mandate-editor', OfflineEditor);
    const fake = fakeLoket();
    const errors: string[] = [];
    const el = await fixture<LoketMandateEditor>(
      html`<offline-mandate-editor mandates-api-base="/lmb-api" lang="nl" .fetch=${fake.fetch} .now=${NOW} @loket-error=${(e: CustomEvent) => errors.push(e.detail.error.kind)}></offline-mandate-editor>`,
    );
    await waitUntil(() => $(el, '[part="error"]'), 'no error', { timeout: 5000 });
    expect($(el, '[part="error"]')!.textContent).to.contain('Geen verbinding');
    expect(errors).to.deep.equal(['network']);
    expect($(el, '#orgaan')).to.equal(null);
    offline = false;
    $(el, '[part="error"] button')!.click();
    await waitUntil(() => $(el, 'table'), 'retry did not load the view', { timeout: 8000 });
    expect(imports).to.equal(2);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('speaks French, German and English', async () => {
    for (const [lang, heading, publication] of [
      ['fr', 'Mandataires', 'Statut de publication'],
      ['de', 'Mandatsträger', 'Veröffentlichungsstatus'],
      ['en', 'Mandataries', 'Publication status'],
    ] as const) {
      const el = await editor(fakeLoket(), (f) => editorTemplate(f, { lang }));
      expect($(el, 'h2')!.textContent).to.equal(heading);
      expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.include(publication);
    }
  });

  it('does not crash on hostile data', async () => {
    const fake = fakeLoket();
    for (const record of lmb(fake, 'mandatarissen').values()) {
      record.attributes['start'] = 'not a date';
      record.attributes['rangorde'] = 42;
    }
    const first = [...lmb(fake, 'mandaten').values()][0]!;
    first.attributes['aantal-houders'] = 'many';
    lmbChanged(fake);
    const el = await editor(fake);
    expect(rows(el).length).to.be.greaterThan(0);
    expect(rows(el)[0]![COLUMN.start]).to.equal('');
    expect(rows(el).every((row) => row[COLUMN.rangorde] === '')).to.equal(true);
  });
});
