import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { LoketError } from '../../src/api/errors.js';
import { FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import { $, $$, NOW, editor, fakeLoket, rows, selectBody, setValue } from './helpers.js';

describe('<loket-mandate-editor>: the list', () => {
  beforeEach(() => localStorage.clear());

  it('shows the gemeenteraad of the current legislature, ordered by function, and is accessible', async () => {
    const el = await editor();
    expect($<HTMLSelectElement>(el, '#orgaan')!.selectedOptions[0]!.textContent).to.equal('Gemeenteraad Aalst');
    expect($<HTMLSelectElement>(el, '#legislatuur')!.selectedOptions[0]!.textContent).to.equal('2025 – 2030');
    const table = rows(el);
    expect(table[0]![1]).to.equal('Voorzitter van de gemeenteraad');
    expect(table.slice(1).every((row) => row[1] === 'Gemeenteraadslid')).to.equal(true);
    // Only current mandates: nobody has an end date in the past.
    expect(table.every((row) => row[7] === '')).to.equal(true);
    expect($(el, 'caption')!.textContent).to.contain('Gemeenteraad Aalst');
  });

  it('is accessible, with the actions named after the person', async () => {
    const el = await editor();
    await selectBody(el, 'Vast bureau');
    const firstRow = $$(el, 'tbody tr')[0]!;
    const name = firstRow.querySelector('th')!.textContent!.trim();
    expect(firstRow.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Wijzigen ${name}`);
    await expect(el).to.be.accessible();
  });

  it('orders the college by function and then rangorde, with beleidsdomeinen', async () => {
    const el = await editor();
    await selectBody(el, 'College');
    const table = rows(el);
    expect(table[0]![1]).to.equal('Burgemeester');
    const schepenen = table.filter((row) => row[1] === 'Schepen');
    expect(schepenen.map((row) => row[4].split(' ')[0])).to.deep.equal(
      ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde', 'Zesde', 'Zevende'].slice(0, schepenen.length),
    );
    expect(schepenen.every((row) => row[5].length > 0)).to.equal(true);
    expect(table[table.length - 1]![1]).to.equal('Toegevoegde schepen');
  });

  it('toggles between current and all mandatarissen, and announces the count', async () => {
    const el = await editor();
    const current = rows(el).length;
    const toggle = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][0]!;
    toggle.click();
    await waitUntil(() => rows(el).length > current);
    const ended = rows(el).filter((row) => row[7] !== '');
    expect(ended.length).to.equal(1);
    await waitUntil(() => $(el, '[role="status"][aria-live]')!.textContent!.includes(`${current + 1} mandatarissen`));
  });

  it('switches legislature: the past one shows the composition it ended with, then everyone', async () => {
    const el = await editor();
    const select = $<HTMLSelectElement>(el, '#legislatuur')!;
    setValue(select, select.options[0]!.value);
    await el.updateComplete;
    await waitUntil(() => rows(el).length > 0, 'past legislature did not load', { timeout: 5000 });
    const final = rows(el);
    expect(final.every((row) => row[7] === '31/12/2024')).to.equal(true);
    expect(final.some((row) => row[6] === '1/09/2021')).to.equal(true);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await waitUntil(() => rows(el).length === final.length + 1);
    expect(rows(el).some((row) => row[7] === '1/09/2021')).to.equal(true);
  });

  it('is read-only without the mandates role', async () => {
    const fake = fakeLoket({ session: { roles: ['LoketLB-berichtenGebruiker'] } });
    const el = await editor(fake);
    expect($(el, '[part~="add-button"]')).to.equal(null);
    expect($$(el, 'tbody button')).to.have.length(0);
    expect($(el, '.hint')!.textContent).to.contain('alleen bekijken');
    expect(el.canEdit).to.equal(false);
  });

  it('without a session: an error for the own bestuur, read-only data for a named one', async () => {
    const fake = fakeLoket({ session: null });
    const el = await editor(fake);
    expect($(el, '[part="error"]')!.textContent).to.contain(new LoketError('unauthorized').userMessage('nl'));
    const named = await editor(fake, (f) => html`<loket-mandate-editor bestuurseenheid=${FIRST_GEMEENTE_ID} .fetch=${f.fetch} .now=${NOW}></loket-mandate-editor>`);
    expect(rows(named).length).to.be.greaterThan(0);
    expect(named.canEdit).to.equal(false);
  });

  it('is read-only with the readonly attribute, whatever the roles', async () => {
    const fake = fakeLoket();
    const el = await editor(fake, (f) => html`<loket-mandate-editor readonly .fetch=${f.fetch} .now=${NOW}></loket-mandate-editor>`);
    expect($(el, '[part~="add-button"]')).to.equal(null);
    expect($$(el, 'tbody button')).to.have.length(0);
    el.readonly = false;
    await waitUntil(() => $(el, '[part~="add-button"]'), 'editing did not come');
    expect($$(el, 'tbody button').length).to.be.greaterThan(0);
  });

  it('shows a loading state first', async () => {
    const fake = fakeLoket({ latency: 50 });
    const el = await fixture<LoketMandateEditor>(html`<loket-mandate-editor .fetch=${fake.fetch} .now=${NOW}></loket-mandate-editor>`);
    expect($(el, '[role="status"]')!.textContent).to.contain('Bezig met laden');
    await waitUntil(() => $(el, 'table'), 'never loaded', { timeout: 8000 });
  });

  it('says so when a body has no mandatarissen', async () => {
    const fake = fakeLoket();
    fake.store.get('mandatarissen')!.clear();
    fake.changed();
    const el = await editor(fake);
    expect($(el, '.empty')!.textContent).to.contain('geen mandatarissen');
    await expect(el).to.be.accessible();
  });

  it('says so when the bestuur has no bodies', async () => {
    const fake = fakeLoket();
    const withBodies = new Set([...fake.store.get('bestuursorganen')!.values()].map((o) => o.relationships['bestuurseenheid']));
    const without = [...fake.store.get('bestuurseenheden')!.values()].find((b) => !withBodies.has(b.id))!;
    expect(without.id).to.not.equal(FIRST_GEMEENTE_ID);
    const el = await editor(fake, (f) => html`<loket-mandate-editor bestuurseenheid=${without.id} .fetch=${f.fetch} .now=${NOW}></loket-mandate-editor>`);
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
      fake.addFault({ path: '/bestuursorganen', fault });
      const errors: string[] = [];
      const el = await editor(fake, (f) => html`<loket-mandate-editor lang="fr" .fetch=${f.fetch} .now=${NOW} @loket-error=${(e: CustomEvent) => errors.push(e.detail.error.kind)}></loket-mandate-editor>`);
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

  it('shows a failure of the body list in place, with retry', async () => {
    const fake = fakeLoket();
    fake.addFault({ path: '/mandatarissen', fault: { kind: 'status', status: 503 } });
    const el = await editor(fake);
    await waitUntil(() => $(el, '[part="error"]'), 'no body error', { timeout: 8000 });
    expect($(el, '#orgaan')).to.not.equal(null);
    fake.clearFaults();
    $(el, '[part="error"] button')!.click();
    await waitUntil(() => $(el, 'table'), 'retry did not load', { timeout: 8000 });
  });

  it('speaks French, German and English', async () => {
    for (const [lang, heading] of [['fr', 'Mandataires'], ['de', 'Mandatsträger'], ['en', 'Mandataries']]) {
      const el = await editor(fakeLoket(), (f) => html`<loket-mandate-editor lang=${lang!} .fetch=${f.fetch} .now=${NOW}></loket-mandate-editor>`);
      expect($(el, 'h2')!.textContent).to.equal(heading);
    }
  });

  it('does not crash on hostile data', async () => {
    const fake = fakeLoket();
    for (const record of fake.store.get('mandatarissen')!.values()) {
      record.attributes['start'] = 'not a date';
      record.attributes['rangorde'] = 42;
    }
    const first = [...fake.store.get('mandaten')!.values()][0]!;
    first.attributes['aantal-houders'] = 'many';
    fake.changed();
    const el = await editor(fake);
    expect(rows(el).length).to.be.greaterThan(0);
    expect(rows(el)[0]![6]).to.equal('');
    expect(rows(el).every((row) => row[4] === '')).to.equal(true);
  });
});
