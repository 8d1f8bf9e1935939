import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import {
  $,
  $$,
  button,
  dialog,
  editor,
  fakeLoket,
  focused,
  messageOf,
  openForm,
  rows,
  selectBody,
  setValue,
  storedMandataris,
  submitForm,
} from './helpers.js';
import type { FakeLoket } from '../../fake-loket/index.js';

const field = <T extends HTMLElement = HTMLInputElement>(el: LoketMandateEditor, name: string) => $<T>(el, `#f-${name}`)!;
const writes = (fake: FakeLoket) => fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}$/, ':id')}`);

async function firstSchepen(el: LoketMandateEditor): Promise<string> {
  await selectBody(el, 'College');
  return rows(el).find((row) => row[4] === 'Eerste schepen')![0]!;
}

describe('<loket-mandate-editor>: correct, replace, end, remove', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('corrects in place: only the changed attribute is PATCHed', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    await openForm(el, name);
    expect($(el, '#form-title')!.textContent).to.equal('Mandataris wijzigen');
    setValue(field(el, 'start'), '2025-01-02');
    await el.updateComplete;
    expect(field(el, 'changeDate')).to.equal(null);
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.action).to.equal('correct');
    expect(detail.mandataris.start).to.equal('2025-01-02');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
    await waitUntil(() => rows(el).find((row) => row[0] === name)![6] === '2/01/2025');
  });

  it('a new rangorde ends the current mandataris and starts a new one on the date of the change', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    await openForm(el, name);
    setValue(field(el, 'rangorde'), 'Tweede schepen');
    await el.updateComplete;
    expect(field(el, 'changeDate').value).to.equal('2026-11-28');
    setValue(field(el, 'changeDate'), '2025-01-01');
    await submitForm(el);
    expect(messageOf(el, 'changeDate')).to.contain('binnen de looptijd');
    setValue(field(el, 'changeDate'), '2026-12-01');
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.action).to.equal('replace');
    expect(detail.mandataris.rangorde).to.equal('Tweede schepen');
    expect(detail.mandataris.start).to.equal('2026-12-01');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id', 'POST /tijdsintervallen', 'POST /lidmaatschappen', 'POST /mandatarissen']);
    el.shadowRoot!.querySelector<HTMLInputElement>('.toolbar input[type="checkbox"]')!.click();
    await waitUntil(() => rows(el).filter((row) => row[0] === name && row[1] === 'Schepen').length === 2);
    const history = rows(el).filter((row) => row[0] === name && row[1] === 'Schepen');
    expect(history.map((row) => `${row[4]} ${row[6]}–${row[7]}`).sort()).to.deep.equal([
      'Eerste schepen 1/01/2025–1/12/2026',
      'Tweede schepen 1/12/2026–',
    ]);
  });

  it('a change of status counts as a correction when the user says so', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    await openForm(el, name);
    const status = field<HTMLSelectElement>(el, 'statusId');
    setValue(status, [...status.options].find((o) => o.textContent === 'Waarnemend')!.value);
    await el.updateComplete;
    expect(field(el, 'changeDate')).to.not.equal(null);
    const correction = [...$$<HTMLInputElement>(el, '#edit-dialog input[type="checkbox"]')].pop()!;
    correction.click();
    await el.updateComplete;
    expect(field(el, 'changeDate')).to.equal(null);
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    expect((await saved).detail.action).to.equal('correct');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
  });

  it('ends a mandate, refusing an end before the start', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    const row = $$(el, 'tbody tr').find((tr) => tr.querySelector('th')!.textContent!.trim() === name)!;
    const opener = button(row, 'Beëindigen');
    opener.focus();
    opener.click();
    await waitUntil(() => dialog(el, 'end-dialog').open);
    expect($(el, '#end-title')!.textContent).to.equal(`Mandaat van ${name} beëindigen`);
    const date = $<HTMLInputElement>(el, '#end-date')!;
    expect(date.value).to.equal('2026-11-28');
    setValue(date, '2024-01-01');
    button(dialog(el, 'end-dialog'), 'Beëindigen').click();
    await el.updateComplete;
    expect($(el, '#end-error')!.textContent).to.contain('De einddatum moet na de startdatum liggen.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    setValue($<HTMLInputElement>(el, '#end-date')!, '2026-11-28');
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'end-dialog'), 'Beëindigen').click();
    const { detail } = await saved;
    expect(detail.action).to.equal('end');
    expect(detail.mandataris.einde).to.equal('2026-11-28');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
    await waitUntil(() => !rows(el).some((r) => r[0] === name && r[1] === 'Schepen'));
  });

  it('removes after confirmation (the server archives), and cancelling removes nothing', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    const removeButton = () => button($$(el, 'tbody tr').find((tr) => tr.querySelector('th')!.textContent!.trim() === name && tr.textContent!.includes('Eerste schepen'))!, 'Verwijderen');
    removeButton().click();
    await waitUntil(() => dialog(el, 'remove-dialog').open);
    expect(dialog(el, 'remove-dialog').textContent).to.contain(`Wilt u ${name} als Schepen verwijderen?`);
    button(dialog(el, 'remove-dialog'), 'Annuleren').click();
    await waitUntil(() => !dialog(el, 'remove-dialog').open);
    expect(writes(fake)).to.deep.equal([]);
    removeButton().click();
    await waitUntil(() => dialog(el, 'remove-dialog').open);
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'remove-dialog'), 'Verwijderen').click();
    const { detail } = await saved;
    expect(detail.action).to.equal('remove');
    expect(detail.mandataris.rangorde).to.equal('Eerste schepen');
    expect(writes(fake)).to.deep.equal(['DELETE /mandatarissen/:id']);
    expect(fake.store.get('mandatarissen-archief')!.has(detail.mandataris.id)).to.equal(true);
    await waitUntil(() => !rows(el).some((r) => r[4] === 'Eerste schepen'));
    await waitUntil(() => focused(el) === $(el, '[part~="add-button"]'), 'focus did not go back to the toolbar');
  });
});

describe('<loket-mandate-editor>: nothing typed is lost', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('offers an unsaved edit back after a reload, and restores it', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    await openForm(el, name);
    setValue(field(el, 'einde'), '2029-03-01');
    await el.updateComplete;
    el.remove(); // the page goes away without saving

    const again = await editor(fake);
    await selectBody(again, 'College');
    const banner = await waitUntil(() => $(again, '[part="drafts"]'), 'no draft offered');
    void banner;
    expect($(again, '[part="drafts"]')!.textContent).to.contain(name);
    button($(again, '[part="drafts"]')!, 'Herstellen').click();
    await waitUntil(() => dialog(again, 'edit-dialog').open);
    expect(field(again, 'einde').value).to.equal('2029-03-01');
    expect($(again, '#form-title')!.textContent).to.equal('Mandataris wijzigen');
    expect($(again, '[part="draft-notice"]')!.textContent).to.equal('Uw niet-bewaarde wijzigingen zijn hersteld.');
    const saved = oneEvent(again, 'loket-mandate-save');
    await submitForm(again);
    expect((await saved).detail.mandataris.einde).to.equal('2029-03-01');
    expect(Object.keys(localStorage).filter((key) => key.startsWith('loket-mandate-editor'))).to.deep.equal([]);
  });

  it('opening the same record again takes its draft up instead of overwriting it', async () => {
    const el = await editor();
    const name = await firstSchepen(el);
    await openForm(el, name);
    setValue(field(el, 'einde'), '2029-03-01');
    await el.updateComplete;
    button(dialog(el, 'edit-dialog'), 'Annuleren').click();
    await waitUntil(() => !dialog(el, 'edit-dialog').open);
    await openForm(el, name);
    expect(field(el, 'einde').value).to.equal('2029-03-01');
    expect($(el, '[part="draft-notice"]')).to.not.equal(null);
  });

  it('discards a draft on request', async () => {
    const el = await editor();
    await openForm(el);
    setValue(field(el, 'rangorde'), 'Derde schepen');
    await el.updateComplete;
    button(dialog(el, 'edit-dialog'), 'Annuleren').click();
    await waitUntil(() => $(el, '[part="drafts"]'));
    button($(el, '[part="drafts"]')!, 'Verwerpen').click();
    await el.updateComplete;
    expect($(el, '[part="drafts"]')).to.equal(null);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('loket-mandate-editor'))).to.deep.equal([]);
  });

  it('keeps drafts per account', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    await openForm(el);
    setValue(field(el, 'rangorde'), 'Derde schepen');
    await el.updateComplete;
    el.remove();
    const other = fakeLoket({ session: { accountId: 'someone-else' } });
    const again = await editor(other);
    expect($(again, '[part="drafts"]')).to.equal(null);
  });

  it('asks before leaving the page with unsaved edits, and only then', async () => {
    const el = await editor();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await openForm(el);
    expect(leave()).to.equal(false);
    setValue(field(el, 'rangorde'), 'Derde schepen');
    await el.updateComplete;
    expect(leave()).to.equal(true);
    setValue(field(el, 'rangorde'), '');
    await el.updateComplete;
    expect(leave()).to.equal(false);
  });
});

describe('<loket-mandate-editor>: someone else changed the record', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function editWithConflict() {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    await openForm(el, name);
    setValue(field(el, 'einde'), '2029-03-01');
    await el.updateComplete;
    // Meanwhile, in another browser:
    const record = storedMandataris(fake, name, 'Schepen');
    record.attributes['einde'] = '2028-01-01T00:00:00.000Z';
    record.attributes['datum-eedaflegging'] = '2025-01-03';
    await submitForm(el);
    await waitUntil(() => dialog(el, 'conflict-dialog').open, 'no conflict shown');
    return { fake, el, name, record };
  }

  it('shows both versions and never overwrites silently', async () => {
    const { fake, el } = await editWithConflict();
    const table = $(el, '[part="conflict-table"]')!;
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Einddatum 1/03/2029 1/01/2028',
    ]);
    expect(writes(fake)).to.deep.equal([]);
    await expect(dialog(el, 'conflict-dialog')).to.be.accessible();
  });

  it('keep mine: saves my version', async () => {
    const { fake, el } = await editWithConflict();
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'conflict-dialog'), 'Mijn versie bewaren').click();
    expect((await saved).detail.mandataris.einde).to.equal('2029-03-01');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
  });

  it('take theirs: the form shows their version to continue from', async () => {
    const { fake, el } = await editWithConflict();
    button(dialog(el, 'conflict-dialog'), 'Hun versie overnemen').click();
    await waitUntil(() => !dialog(el, 'conflict-dialog').open);
    expect(dialog(el, 'edit-dialog').open).to.equal(true);
    expect(field(el, 'einde').value).to.equal('2028-01-01');
    setValue(field(el, 'rangorde'), 'Eerste schepen van financiën');
    const correction = [...$$<HTMLInputElement>(el, '#edit-dialog input[type="checkbox"]')].pop()!;
    correction.click();
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.mandataris.einde).to.equal('2028-01-01');
    expect(detail.mandataris.rangorde).to.equal('Eerste schepen van financiën');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
  });

  it('says so when the record was removed meanwhile', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    await openForm(el, name);
    setValue(field(el, 'einde'), '2029-03-01');
    const record = storedMandataris(fake, name, 'Schepen');
    fake.store.get('mandatarissen')!.delete(record.id);
    fake.changed();
    await submitForm(el);
    await waitUntil(() => dialog(el, 'conflict-dialog').open);
    expect(dialog(el, 'conflict-dialog').textContent).to.contain('verwijderd');
    button(dialog(el, 'conflict-dialog'), 'Sluiten').click();
    await waitUntil(() => !dialog(el, 'edit-dialog').open);
    expect(writes(fake)).to.deep.equal([]);
  });

  it('checks before ending, too', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = await firstSchepen(el);
    const record = storedMandataris(fake, name, 'Schepen');
    button($$(el, 'tbody tr').find((tr) => tr.querySelector('th')!.textContent!.trim() === name)!, 'Beëindigen').click();
    await waitUntil(() => dialog(el, 'end-dialog').open);
    record.attributes['rangorde'] = 'Tweede schepen';
    button(dialog(el, 'end-dialog'), 'Beëindigen').click();
    await waitUntil(() => dialog(el, 'conflict-dialog').open);
    expect($(el, '[part="conflict-table"]')!.textContent).to.contain('Tweede schepen');
    expect(writes(fake)).to.deep.equal([]);
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'conflict-dialog'), 'Mijn versie bewaren').click();
    expect((await saved).detail.action).to.equal('end');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
  });
});

