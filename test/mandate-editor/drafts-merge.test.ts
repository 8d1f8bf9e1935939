import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { DEFAULT_ACCOUNT_ID, FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import {
  $,
  $$,
  COLUMN,
  button,
  changeElsewhere,
  dialog,
  editor,
  fakeLoket,
  lmb,
  lmbChanged,
  openForm,
  rowOf,
  rows,
  selectBody,
  selectByLabel,
  setValue,
  storedMandataris,
  submitForm,
  writes,
} from './helpers.js';

const field = <T extends HTMLElement = HTMLInputElement>(el: LoketMandateEditor, name: string) => $<T>(el, `#f-${name}`)!;
const draftKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('loket-mandate-editor'));

/** A Niet bekrachtigd gemeenteraadslid (editable in place) of the current legislature. */
const editable = (el: LoketMandateEditor) => rows(el).find((row) => row[COLUMN.publication] === 'Niet bekrachtigd' && row[COLUMN.functie] === 'Gemeenteraadslid')![COLUMN.person]!;

describe('<loket-mandate-editor>: nothing typed is lost', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('offers an unsaved edit back after a reload, per LMB record, and restores it', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = editable(el);
    const record = storedMandataris(fake, name, 'Gemeenteraadslid');
    await openForm(el, name, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-03-01');
    await el.updateComplete;
    // One draft per account, body in time and LMB record.
    expect(draftKeys()).to.have.length(1);
    expect(draftKeys()[0]).to.match(new RegExp(`^loket-mandate-editor:draft:${DEFAULT_ACCOUNT_ID}:[^:]+:${record.id}$`));
    el.remove(); // the page goes away without saving

    const again = await editor(fake);
    await waitUntil(() => $(again, '[part="drafts"]'), 'no draft offered');
    expect($(again, '[part="drafts"]')!.textContent).to.contain(name);
    button($(again, '[part="drafts"]')!, 'Herstellen').click();
    await waitUntil(() => dialog(again, 'edit-dialog').open);
    expect(field(again, 'einde').value).to.equal('2029-03-01');
    expect($(again, '#form-title')!.textContent).to.equal('Mandataris wijzigen');
    expect($(again, '[part="draft-notice"]')!.textContent).to.equal('Uw niet-bewaarde wijzigingen zijn hersteld.');
    const saved = oneEvent(again, 'loket-mandate-save');
    await submitForm(again);
    expect((await saved).detail.mandataris.einde).to.equal('2029-03-01');
    expect(draftKeys()).to.deep.equal([]);
  });

  it('keeps a new person being typed in the draft, too', async () => {
    const el = await editor();
    await openForm(el);
    setValue(field(el, 'persoonId'), 'Zita Zwartjes');
    button(dialog(el, 'edit-dialog'), 'Nieuwe persoon toevoegen').click();
    await el.updateComplete;
    setValue(field(el, 'rijksregisternummer'), '85073099734');
    await el.updateComplete;
    el.remove();
    const again = await editor();
    await waitUntil(() => $(again, '[part="drafts"]'), 'no draft offered');
    expect($(again, '[part="drafts"]')!.textContent).to.contain('Zita Zwartjes');
    button($(again, '[part="drafts"]')!, 'Herstellen').click();
    await waitUntil(() => dialog(again, 'edit-dialog').open);
    expect(field(again, 'rijksregisternummer').value).to.equal('85073099734');
    expect(field(again, 'geboortedatum').value).to.equal('1985-07-30');
  });

  it('opening the same record again takes its draft up instead of overwriting it', async () => {
    const el = await editor();
    const name = editable(el);
    await openForm(el, name, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-03-01');
    await el.updateComplete;
    button(dialog(el, 'edit-dialog'), 'Annuleren').click();
    await waitUntil(() => !dialog(el, 'edit-dialog').open);
    await openForm(el, name, 'Gemeenteraadslid');
    expect(field(el, 'einde').value).to.equal('2029-03-01');
    expect($(el, '[part="draft-notice"]')).to.not.equal(null);
  });

  it('discards a draft on request', async () => {
    const el = await editor();
    await openForm(el);
    setValue(field(el, 'einde'), '2027-01-01');
    await el.updateComplete;
    button(dialog(el, 'edit-dialog'), 'Annuleren').click();
    await waitUntil(() => $(el, '[part="drafts"]'));
    button($(el, '[part="drafts"]')!, 'Verwerpen').click();
    await el.updateComplete;
    expect($(el, '[part="drafts"]')).to.equal(null);
    expect(draftKeys()).to.deep.equal([]);
  });

  it('keeps drafts per account', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    await openForm(el);
    setValue(field(el, 'einde'), '2027-01-01');
    await el.updateComplete;
    el.remove();
    const again = await editor(fakeLoket({ session: { accountId: 'someone-else' } }));
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
    setValue(field(el, 'einde'), '2027-01-01');
    await el.updateComplete;
    expect(leave()).to.equal(true);
    setValue(field(el, 'einde'), '');
    await el.updateComplete;
    expect(leave()).to.equal(false);
  });
});

describe('<loket-mandate-editor>: someone else changed the record (LMB\'s modified), merged per field', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  /** I change the end and the status; meanwhile someone else changes the end and the start. */
  async function editWithConflict() {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = editable(el);
    const record = storedMandataris(fake, name, 'Gemeenteraadslid');
    const start = rowOf(el, name, 'Gemeenteraadslid').children[COLUMN.start]!.textContent!.trim();
    await openForm(el, name, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-03-01');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Waarnemend');
    const correction = [...$$<HTMLInputElement>(el, '#edit-dialog input[type="checkbox"]')].pop()!;
    correction.click();
    await el.updateComplete;
    changeElsewhere(fake, record.id, (stored) => {
      stored.attributes['einde'] = '2028-01-01T22:59:59.999Z';
      stored.attributes['start'] = '2025-02-01T23:00:00.000Z';
    });
    await submitForm(el);
    await waitUntil(() => dialog(el, 'conflict-dialog').open, 'no conflict shown');
    return { fake, el, name, record, start };
  }

  const table = (el: LoketMandateEditor) =>
    [...$(el, '[part="conflict-table"]')!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].slice(0, 3).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' | '));
  const choose = (el: LoketMandateEditor, fieldName: string, value: 'mine' | 'theirs') => {
    const radio = $<HTMLInputElement>(el, `input[name="merge-${fieldName}"][value="${value}"]`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
  };

  it('shows each differing field with both values and who changed it, and writes nothing yet', async () => {
    const { fake, el, start } = await editWithConflict();
    expect(table(el)).to.deep.equal([
      'Status | Waarnemend (door u gewijzigd) | Effectief',
      `Startdatum | ${start} | 2/02/2025 (door hen gewijzigd)`,
      'Einddatum | 1/03/2029 (door u gewijzigd) | 1/01/2028 (door hen gewijzigd)',
    ]);
    // Where only they changed it, theirs is preselected; where I did, mine.
    expect($<HTMLInputElement>(el, 'input[name="merge-start"][value="theirs"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[name="merge-einde"][value="mine"]')!.checked).to.equal(true);
    expect(writes(fake)).to.deep.equal([]);
    await expect(dialog(el, 'conflict-dialog')).to.be.accessible();
  });

  it('saves the choices: per field mine or theirs, against their version', async () => {
    const { fake, el, record } = await editWithConflict();
    choose(el, 'einde', 'theirs');
    await el.updateComplete;
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'conflict-dialog'), 'Deze keuzes bewaren').click();
    const { detail } = await saved;
    expect(detail.mandataris).to.include({ start: '2025-02-02', einde: '2028-01-01' });
    expect(detail.mandataris.status!.label).to.equal('Waarnemend');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
    // Only what I still change is written: their start and end stay as they are.
    expect(record.attributes['start']).to.equal('2025-02-01T23:00:00.000Z');
  });

  it('keep mine: my whole version', async () => {
    const { fake, el, record } = await editWithConflict();
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'conflict-dialog'), 'Mijn versie bewaren').click();
    const { detail } = await saved;
    expect(detail.mandataris.einde).to.equal('2029-03-01');
    expect(detail.mandataris.start).to.not.equal('2025-02-02');
    expect(record.attributes['start']).to.not.equal('2025-02-01T23:00:00.000Z');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
  });

  it('take theirs: the form shows their version to continue from, and the draft follows', async () => {
    const { fake, el } = await editWithConflict();
    button(dialog(el, 'conflict-dialog'), 'Hun versie overnemen').click();
    await waitUntil(() => !dialog(el, 'conflict-dialog').open);
    expect(dialog(el, 'edit-dialog').open).to.equal(true);
    expect(field(el, 'einde').value).to.equal('2028-01-01');
    expect(field<HTMLSelectElement>(el, 'statusId').selectedOptions[0]!.textContent).to.equal('Effectief');
    expect(writes(fake)).to.deep.equal([]);
    setValue(field(el, 'einde'), '2028-06-30');
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(draftKeys()[0]!)!).value.base.einde).to.equal('2028-01-01');
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    expect((await saved).detail.mandataris.einde).to.equal('2028-06-30');
  });

  it('keeps the edit (and its draft) when the conflict dialog is closed', async () => {
    const { el } = await editWithConflict();
    dialog(el, 'conflict-dialog').close();
    await waitUntil(() => !dialog(el, 'conflict-dialog').open);
    expect(dialog(el, 'edit-dialog').open).to.equal(true);
    expect(field(el, 'einde').value).to.equal('2029-03-01');
    expect(draftKeys()).to.have.length(1);
  });

  it('a change outside the form (a publication status) is no conflict: the save goes on', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = editable(el);
    const record = storedMandataris(fake, name, 'Gemeenteraadslid');
    await openForm(el, name, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-03-01');
    changeElsewhere(fake, record.id, (stored) => {
      stored.attributes['link-to-besluit'] = 'https://example.org/besluit';
    });
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    expect((await saved).detail.mandataris.einde).to.equal('2029-03-01');
    expect(dialog(el, 'conflict-dialog').open).to.equal(false);
  });

  it('a record bekrachtigd meanwhile is no longer corrected in place', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = editable(el);
    const record = storedMandataris(fake, name, 'Gemeenteraadslid');
    await openForm(el, name, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-03-01');
    changeElsewhere(fake, record.id, (stored) => {
      stored.relationships['publication-status'] = '9d8fd14d-95d0-4f5e-b3a5-a56a126227b6';
    });
    await submitForm(el);
    await waitUntil(() => $(el, '#e-einde')?.textContent?.includes('bekrachtigd'), 'no bekrachtigd message');
    expect(writes(fake)).to.deep.equal([]);
  });

  it('says so when the record was removed meanwhile (a tombstone)', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = editable(el);
    await openForm(el, name, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-03-01');
    lmb(fake, 'mandatarissen').delete(storedMandataris(fake, name, 'Gemeenteraadslid').id);
    lmbChanged(fake);
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
    await selectBody(el, 'College');
    const name = rows(el).find((row) => row[COLUMN.rangorde] === 'Eerste schepen')![COLUMN.person]!;
    const record = storedMandataris(fake, name, 'Schepen');
    button(rowOf(el, name, 'Schepen'), 'Beëindigen').click();
    await waitUntil(() => dialog(el, 'end-dialog').open);
    changeElsewhere(fake, record.id, (stored) => {
      stored.attributes['rangorde'] = 'Tweede schepen';
    });
    button(dialog(el, 'end-dialog'), 'Beëindigen').click();
    await waitUntil(() => dialog(el, 'conflict-dialog').open);
    expect($(el, '[part="conflict-table"]')!.textContent).to.contain('Tweede schepen');
    expect(writes(fake)).to.deep.equal([]);
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'conflict-dialog'), 'Toch doorgaan').click();
    expect((await saved).detail.action).to.equal('end');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
    expect(record.owner).to.equal(FIRST_GEMEENTE_ID);
  });
});
