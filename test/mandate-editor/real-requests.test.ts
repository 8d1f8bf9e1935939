/**
 * Every view, mode and flow of the mandate editor against the strict fake Lokaal Mandatenbeheer:
 * whatever the editor asks, the real LMB would answer without a 4xx or 5xx.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import type { FakeLoket } from '../../fake-loket/index.js';
import { refusals, requestLines } from '../support/strict.js';
import {
  $,
  $$,
  COLUMN,
  addPerson,
  button,
  changeElsewhere,
  dialog,
  editor,
  editorTemplate,
  fakeLoket,
  lmb,
  lmbChanged,
  openForm,
  pickPerson,
  rowOf,
  rows,
  selectBody,
  selectByLabel,
  selectLegislature,
  setValue,
  storedMandataris,
  submitForm,
} from './helpers.js';

const field = <T extends HTMLElement = HTMLInputElement>(el: LoketMandateEditor, name: string) => $<T>(el, `#f-${name}`)!;

function expectNoRefusals(fake: FakeLoket): void {
  expect(refusals(fake), requestLines(fake)).to.deep.equal([]);
  // Everything went to LMB: the old Loket mandate paths are never asked.
  expect(fake.requests.filter((entry) => entry.app !== 'lmb').map((entry) => entry.url)).to.deep.equal([]);
}

async function saved(el: LoketMandateEditor, act: () => Promise<void> | void): Promise<string> {
  const event = oneEvent(el, 'loket-mandate-save');
  await act();
  return (await event).detail.action;
}

const correction = (el: LoketMandateEditor) => [...$$<HTMLInputElement>(el, '#edit-dialog input[type="checkbox"]')].pop()!;

function choosePublication(el: LoketMandateEditor, label: string): void {
  const input = [...$$<HTMLInputElement>(el, '#publication-dialog input[name="publication"]')].find((candidate) => candidate.parentElement!.textContent!.trim() === label)!;
  input.checked = true;
  input.dispatchEvent(new Event('change'));
}

describe('<loket-mandate-editor> sends only requests the real LMB answers', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('views: every body, both bestuursperiodes, current and all, in four languages, read-only and no access', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    for (const body of ['College', 'Burgemeester', 'Gemeenteraad']) {
      await selectBody(el, body);
      for (const periode of ['2019 - 2025', '2025 - heden']) {
        await selectLegislature(el, periode);
        $<HTMLInputElement>(el, '.toolbar input[type="checkbox"]')!.click();
        await el.updateComplete;
      }
    }
    for (const lang of ['fr', 'de', 'en'] as const) await editor(fake, (f) => editorTemplate(f, { lang }));
    await editor(fake, (f) => editorTemplate(f, { readonly: true }));
    const other = fakeLoket({ session: { roles: ['LoketLB-berichtenGebruiker'] } });
    await editor(other);
    expectNoRefusals(fake);
    expectNoRefusals(other);
  });

  it('adds with an existing person and with a new one; searches by name and rijksregisternummer', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    for (const mandaat of lmb(fake, 'mandaten').values()) mandaat.attributes['aantal-houders'] = Number(mandaat.attributes['aantal-houders']) + 2;
    lmbChanged(fake);
    const el = await editor(fake);

    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    selectByLabel(field<HTMLSelectElement>(el, 'fractieId'), 'Onafhankelijk');
    expect(await saved(el, () => submitForm(el))).to.equal('create');

    await openForm(el);
    setValue(field(el, 'persoonId'), '85073099734');
    await waitUntil(() => $(el, 'fieldset.persoon')!.textContent!.includes('Geen personen gevonden.'));
    button(dialog(el, 'edit-dialog'), 'Nieuwe persoon toevoegen').click();
    await el.updateComplete;
    setValue(field(el, 'voornaam'), 'Bram');
    setValue(field(el, 'achternaam'), 'Van den Bossche');
    setValue(field(el, 'rijksregisternummer'), '85073099734');
    selectByLabel(field<HTMLSelectElement>(el, 'geslachtId'), 'Mannelijk');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    const fractie = field<HTMLSelectElement>(el, 'fractieId');
    setValue(fractie, fractie.options[1]!.value);
    expect(await saved(el, () => submitForm(el))).to.equal('create');
    await openForm(el);
    setValue(field(el, 'persoonId'), 'Van den Bossche');
    await waitUntil(() => $$(el, 'input[name="persoon"]').length > 0, 'the new person is not found');
    expectNoRefusals(fake);
  });

  it('corrects, ends, changes status, fractie and rangorde, replaces, and removes', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const table = rows(el);
    const nietBekrachtigd = table.find((row) => row[COLUMN.publication] === 'Niet bekrachtigd' && row[COLUMN.functie] === 'Gemeenteraadslid')![COLUMN.person]!;
    const bekrachtigd = table.filter((row) => row[COLUMN.publication] === 'Bekrachtigd' && row[COLUMN.functie] === 'Gemeenteraadslid').map((row) => row[COLUMN.person]!);

    // Correct in place: dates, status, another fractie.
    await openForm(el, nietBekrachtigd, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-06-30');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Waarnemend');
    const select = field<HTMLSelectElement>(el, 'fractieId');
    setValue(select, [...select.options].find((o) => o.value && !o.selected && o.textContent !== 'Onafhankelijk')!.value);
    correction(el).click();
    expect(await saved(el, () => submitForm(el))).to.equal('correct');

    // New situations: a status, a fractie (onafhankelijk), beleidsdomeinen, a rangorde.
    await openForm(el, bekrachtigd[0]!, 'Gemeenteraadslid');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Verhinderd');
    expect(await saved(el, () => submitForm(el))).to.equal('replace');
    await openForm(el, bekrachtigd[1]!, 'Gemeenteraadslid');
    selectByLabel(field<HTMLSelectElement>(el, 'fractieId'), 'Onafhankelijk');
    expect(await saved(el, () => submitForm(el))).to.equal('replace');

    await selectBody(el, 'College');
    const college = rows(el);
    const eerste = college.find((row) => row[COLUMN.rangorde] === 'Eerste schepen')![COLUMN.person]!;
    const derde = college.find((row) => row[COLUMN.rangorde] === 'Derde schepen')![COLUMN.person]!;
    await openForm(el, eerste, 'Schepen');
    setValue(field(el, 'rangorde'), 'Negende schepen');
    await el.updateComplete;
    setValue(field(el, 'changeDate'), '2026-12-01');
    expect(await saved(el, () => submitForm(el))).to.equal('replace');
    await openForm(el, derde, 'Schepen');
    field(el, 'beleidsdomeinIds').click();
    await el.updateComplete;
    setValue(field(el, 'changeDate'), '2026-12-01');
    expect(await saved(el, () => submitForm(el))).to.equal('replace');
    // A rangorde corrected in place, with LMB's rangorde service.
    const toegevoegd = college.find((row) => row[COLUMN.functie] === 'Toegevoegde schepen')![COLUMN.person]!;
    await openForm(el, toegevoegd, 'Toegevoegde schepen');
    setValue(field(el, 'rangorde'), 'Tweede toegevoegde schepen');
    correction(el).click();
    expect(await saved(el, () => submitForm(el))).to.equal('correct');

    // End, and remove.
    const burgemeester = college.find((row) => row[COLUMN.functie] === 'Burgemeester')![COLUMN.person]!;
    button(rowOf(el, burgemeester, 'Burgemeester'), 'Beëindigen').click();
    await waitUntil(() => dialog(el, 'end-dialog').open);
    expect(await saved(el, () => button(dialog(el, 'end-dialog'), 'Beëindigen').click())).to.equal('end');
    button(rowOf(el, toegevoegd, 'Toegevoegde schepen'), 'Verwijderen').click();
    await waitUntil(() => dialog(el, 'remove-dialog').open);
    expect(await saved(el, () => button(dialog(el, 'remove-dialog'), 'Verwijderen').click())).to.equal('remove');
    expectNoRefusals(fake);
  });

  it('changes publication statuses: Draft to Niet bekrachtigd, Niet bekrachtigd to Bekrachtigd; a locked one asks nothing', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const draft = rows(el).find((row) => row[COLUMN.publication] === 'Draft')![COLUMN.person]!;
    button(rowOf(el, draft, 'Gemeenteraadslid'), 'Publicatiestatus wijzigen').click();
    await waitUntil(() => dialog(el, 'publication-dialog').open);
    choosePublication(el, 'Niet bekrachtigd');
    expect(await saved(el, () => button(dialog(el, 'publication-dialog'), 'Bewaren').click())).to.equal('publication');
    button(rowOf(el, draft, 'Gemeenteraadslid'), 'Publicatiestatus wijzigen').click();
    await waitUntil(() => dialog(el, 'publication-dialog').open);
    choosePublication(el, 'Bekrachtigd');
    await el.updateComplete;
    setValue($<HTMLInputElement>(el, '#f-link')!, 'https://publicatie.gelinkt-notuleren.vlaanderen.be/Aalst/Gemeente/zittingen/1/notulen');
    expect(await saved(el, () => button(dialog(el, 'publication-dialog'), 'Bewaren').click())).to.equal('publication');
    button(rowOf(el, draft, 'Gemeenteraadslid'), 'Publicatiestatus wijzigen').click();
    await waitUntil(() => $(el, '[part="publication-lock"]'));
    expectNoRefusals(fake);
  });

  it('detects a conflict by LMB\'s modified, merges per field, and restores a draft', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = rows(el).find((row) => row[COLUMN.publication] === 'Niet bekrachtigd' && row[COLUMN.functie] === 'Gemeenteraadslid')![COLUMN.person]!;
    await openForm(el, name, 'Gemeenteraadslid');
    setValue(field(el, 'einde'), '2029-03-01');
    await el.updateComplete;
    el.remove();
    const again = await editor(fake);
    await waitUntil(() => $(again, '[part="drafts"]'));
    button($(again, '[part="drafts"]')!, 'Herstellen').click();
    await waitUntil(() => dialog(again, 'edit-dialog').open);
    changeElsewhere(fake, storedMandataris(fake, name, 'Gemeenteraadslid').id, (record) => {
      record.attributes['einde'] = '2028-01-01T22:59:59.999Z';
    });
    await submitForm(again);
    await waitUntil(() => dialog(again, 'conflict-dialog').open);
    expect(await saved(again, () => button(dialog(again, 'conflict-dialog'), 'Deze keuzes bewaren').click())).to.equal('correct');
    expectNoRefusals(fake);
  });
});
