import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import {
  $,
  $$,
  COLUMN,
  button,
  dialog,
  editor,
  fakeLoket,
  focused,
  fractieOf,
  lmb,
  messageOf,
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
const BEKRACHTIGD = '9d8fd14d-95d0-4f5e-b3a5-a56a126227b6';
const NIET_BEKRACHTIGD = 'd3b12468-3720-4cb0-95b4-6aa2996ab188';

async function college(el: LoketMandateEditor): Promise<{ eerste: string; toegevoegd: string }> {
  await selectBody(el, 'College');
  const table = rows(el);
  return {
    eerste: table.find((row) => row[COLUMN.rangorde] === 'Eerste schepen')![COLUMN.person]!,
    toegevoegd: table.find((row) => row[COLUMN.functie] === 'Toegevoegde schepen')![COLUMN.person]!,
  };
}

const correctionBox = (el: LoketMandateEditor) => [...$$<HTMLInputElement>(el, '#edit-dialog input[type="checkbox"]')].pop()!;

describe('<loket-mandate-editor>: correct, change, end, remove, as LMB does them', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('corrects a Niet bekrachtigd mandataris in place: one PATCH with the change and LMB\'s modified', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const { toegevoegd } = await college(el);
    const before = storedMandataris(fake, toegevoegd, 'Toegevoegde schepen');
    const modified = before.attributes['modified'];
    await openForm(el, toegevoegd, 'Toegevoegde schepen');
    expect($(el, '#form-title')!.textContent).to.equal('Mandataris wijzigen');
    expect($(el, '[part="bekrachtigd-notice"]')).to.equal(null);
    setValue(field(el, 'start'), '2025-07-02');
    await el.updateComplete;
    expect(field(el, 'changeDate')).to.equal(null);
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.action).to.equal('correct');
    expect(detail.mandataris.start).to.equal('2025-07-02');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
    // LMB stores the start of the Belgian day (summer time: UTC+2).
    expect(before.attributes['start']).to.equal('2025-07-01T22:00:00.000Z');
    expect(before.attributes['modified']).to.not.equal(modified);
    expect(before.relationships['publication-status']).to.equal(NIET_BEKRACHTIGD);
  });

  it('does not correct a bekrachtigd mandataris in place: the message is next to the field', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const { eerste } = await college(el);
    await openForm(el, eerste, 'Schepen');
    expect($(el, '[part="bekrachtigd-notice"]')!.textContent).to.contain('bekrachtigd');
    setValue(field(el, 'start'), '2025-01-02');
    await submitForm(el);
    expect(messageOf(el, 'start')).to.contain('Deze mandataris is bekrachtigd');
    expect(field(el, 'start').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(field(el, 'start'));
    expect(writes(fake)).to.deep.equal([]);
  });

  it('a new rangorde of a bekrachtigd schepen goes through LMB\'s rangorde service: ended, and copied Niet bekrachtigd', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const { eerste } = await college(el);
    const old = storedMandataris(fake, eerste, 'Schepen');
    await openForm(el, eerste, 'Schepen');
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
    expect(writes(fake)).to.deep.equal(['POST /mandataris-api/rangorde/update-rangordes']);
    const copy = [...lmb(fake, 'mandatarissen').values()].find(
      (record) => record.relationships['is-bestuurlijke-alias-van'] === old.relationships['is-bestuurlijke-alias-van'] && record.attributes['rangorde'] === 'Tweede schepen',
    )!;
    expect(copy.relationships['publication-status']).to.equal(NIET_BEKRACHTIGD);
    expect(old.relationships['publication-status']).to.equal(BEKRACHTIGD);
    expect(fractieOf(fake, copy)).to.equal(fractieOf(fake, old));
    $<HTMLInputElement>(el, '.toolbar input[type="checkbox"]')!.click();
    await waitUntil(() => rows(el).filter((row) => row[COLUMN.person] === eerste && row[COLUMN.functie] === 'Schepen').length === 2);
    const history = rows(el).filter((row) => row[COLUMN.person] === eerste && row[COLUMN.functie] === 'Schepen');
    expect(history.map((row) => `${row[COLUMN.rangorde]} ${row[COLUMN.publication]} ${row[COLUMN.start]}–${row[COLUMN.einde]}`).sort()).to.deep.equal([
      'Eerste schepen Bekrachtigd 1/01/2025–1/12/2026',
      'Tweede schepen Niet bekrachtigd 1/12/2026–',
    ]);
  });

  it('a new status is a new mandataris from the change date (POST, PATCH, history, lidmaatschap, fractie bookkeeping)', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const raadslid = rows(el).find((row) => row[COLUMN.functie] === 'Gemeenteraadslid' && row[COLUMN.publication] === 'Bekrachtigd')![COLUMN.person]!;
    const old = storedMandataris(fake, raadslid, 'Gemeenteraadslid');
    await openForm(el, raadslid, 'Gemeenteraadslid');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Verhinderd');
    await el.updateComplete;
    setValue(field(el, 'changeDate'), '2026-12-15');
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.action).to.equal('replace');
    expect(detail.mandataris.status!.label).to.equal('Verhinderd');
    expect(detail.mandataris.start).to.equal('2026-12-15');
    expect(detail.mandataris.publicationStatus!.label).to.equal('Niet bekrachtigd');
    expect(detail.mandataris.fractie!.naam).to.equal(fractieOf(fake, old));
    expect(writes(fake).sort()).to.deep.equal(
      [
        'POST /mandatarissen',
        'PATCH /mandatarissen/:id',
        'POST /form-content/mandataris-edit/instances/:id/history',
        'POST /lidmaatschappen',
        'POST /mandataris-api/fracties/:id/current-fractie',
        'DELETE /mandataris-api/fracties/cleanup/bestuursperiode/:id',
      ].sort(),
    );
    // The old one ends at the end of that Belgian day (winter: UTC+1).
    expect(old.attributes['einde']).to.equal('2026-12-15T22:59:59.999Z');
  });

  it('a change of status counts as a correction when the user says so', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const { toegevoegd } = await college(el);
    await openForm(el, toegevoegd, 'Toegevoegde schepen');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Waarnemend');
    await el.updateComplete;
    expect(field(el, 'changeDate')).to.not.equal(null);
    correctionBox(el).click();
    await el.updateComplete;
    expect(field(el, 'changeDate')).to.equal(null);
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    expect((await saved).detail.action).to.equal('correct');
    expect(writes(fake)).to.deep.equal(['PATCH /mandatarissen/:id']);
  });

  it('another fractie only as a correction; then a new lidmaatschap (no time interval) and MS\'s bookkeeping', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const table = rows(el);
    const row = table.find((r) => r[COLUMN.publication] === 'Niet bekrachtigd' && r[COLUMN.functie] === 'Gemeenteraadslid')!;
    const name = row[COLUMN.person]!;
    const record = storedMandataris(fake, name, 'Gemeenteraadslid');
    await openForm(el, name, 'Gemeenteraadslid');
    const select = field<HTMLSelectElement>(el, 'fractieId');
    const other = [...select.options].find((o) => o.value && o.textContent !== row[COLUMN.fractie] && o.textContent !== 'Onafhankelijk')!;
    setValue(select, other.value);
    await submitForm(el);
    expect(messageOf(el, 'fractieId')).to.contain('alleen als correctie');
    expect(writes(fake)).to.deep.equal([]);
    correctionBox(el).click();
    await el.updateComplete;
    expect(messageOf(el, 'fractieId')).to.equal('');
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    expect((await saved).detail.mandataris.fractie!.naam).to.equal(other.textContent!.trim());
    expect(writes(fake)).to.deep.equal([
      'PATCH /mandatarissen/:id',
      'POST /lidmaatschappen',
      'POST /mandataris-api/fracties/:id/current-fractie',
      'DELETE /mandataris-api/fracties/cleanup/bestuursperiode/:id',
    ]);
    const lid = lmb(fake, 'lidmaatschappen').get(record.relationships['heeft-lidmaatschap'] as string)!;
    expect(Object.keys(lid.attributes)).to.deep.equal(['uri']);
    const persoon = lmb(fake, 'personen').get(record.relationships['is-bestuurlijke-alias-van'] as string)!;
    expect(persoon.relationships['current-fracties']).to.include(other.value);
  });

  it('becoming onafhankelijk is a new situation: LMB\'s own onafhankelijke fractie for the person is made', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = rows(el).find((r) => r[COLUMN.publication] === 'Bekrachtigd' && r[COLUMN.functie] === 'Gemeenteraadslid')![COLUMN.person]!;
    await openForm(el, name, 'Gemeenteraadslid');
    selectByLabel(field<HTMLSelectElement>(el, 'fractieId'), 'Onafhankelijk');
    await el.updateComplete;
    expect(messageOf(el, 'fractieId')).to.equal('');
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.action).to.equal('replace');
    expect(detail.mandataris.fractie).to.include({ naam: 'Onafhankelijk', onafhankelijk: true });
    expect(writes(fake)).to.include('POST /fracties');
    const fractie = lmb(fake, 'fracties').get(detail.mandataris.fractie!.id)!;
    expect(fractie.relationships['fractietype']).to.equal('Onafhankelijk');
    expect((fractie.relationships['bestuursorganen-in-tijd'] as string[]).length).to.equal(3);
  });

  it('ends a mandate (also a bekrachtigd one), refusing an end before the start', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const { eerste } = await college(el);
    const opener = button(rowOf(el, eerste, 'Schepen'), 'Beëindigen');
    opener.focus();
    opener.click();
    await waitUntil(() => dialog(el, 'end-dialog').open);
    expect($(el, '#end-title')!.textContent).to.equal(`Mandaat van ${eerste} beëindigen`);
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
    await waitUntil(() => !rows(el).some((r) => r[COLUMN.person] === eerste && r[COLUMN.functie] === 'Schepen'));
  });

  it('removes a Niet bekrachtigd mandataris after confirmation: LMB makes it a tombstone', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const { toegevoegd } = await college(el);
    const removeButton = () => button(rowOf(el, toegevoegd, 'Toegevoegde schepen'), 'Verwijderen');
    removeButton().click();
    await waitUntil(() => dialog(el, 'remove-dialog').open);
    expect(dialog(el, 'remove-dialog').textContent).to.contain(`Wilt u ${toegevoegd} als Toegevoegde schepen verwijderen?`);
    button(dialog(el, 'remove-dialog'), 'Annuleren').click();
    await waitUntil(() => !dialog(el, 'remove-dialog').open);
    expect(writes(fake)).to.deep.equal([]);
    removeButton().click();
    await waitUntil(() => dialog(el, 'remove-dialog').open);
    const saved = oneEvent(el, 'loket-mandate-save');
    button(dialog(el, 'remove-dialog'), 'Verwijderen').click();
    const { detail } = await saved;
    expect(detail.action).to.equal('remove');
    expect(writes(fake)).to.deep.equal(['DELETE /mandatarissen/:id']);
    expect(fake.requests.find((r) => r.method === 'DELETE')!.url).to.contain('withLinked=false');
    expect(lmb(fake, 'mandatarissen').has(detail.mandataris.id)).to.equal(false);
    expect(lmb(fake, 'tombstones').get(detail.mandataris.id)!.attributes['former-type']).to.equal('http://data.vlaanderen.be/ns/mandaat#Mandataris');
    await waitUntil(() => !rows(el).some((r) => r[COLUMN.functie] === 'Toegevoegde schepen'));
    await waitUntil(() => focused(el) === $(el, '[part~="add-button"]'), 'focus did not go back to the toolbar');
  });

  it('does not remove a bekrachtigd mandataris, unless the user is LMB\'s admin', async () => {
    const fake = fakeLoket({ session: { roles: ['LoketLB-mandaatGebruiker'] } });
    const el = await editor(fake);
    const { eerste } = await college(el);
    button(rowOf(el, eerste, 'Schepen'), 'Verwijderen').click();
    await waitUntil(() => dialog(el, 'remove-dialog').open);
    expect(dialog(el, 'remove-dialog').textContent).to.contain('Mandatarissen die bekrachtigd zijn kunnen niet verwijderd worden.');
    expect([...dialog(el, 'remove-dialog').querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Sluiten']);
    await expect(dialog(el, 'remove-dialog')).to.be.accessible();
    button(dialog(el, 'remove-dialog'), 'Sluiten').click();
    expect(writes(fake)).to.deep.equal([]);

    const admin = await editor(fakeLoket({ session: { roles: ['LoketLB-mandaatGebruiker', 'LoketLB-admin'] } }));
    const names = await college(admin);
    button(rowOf(admin, names.eerste, 'Schepen'), 'Verwijderen').click();
    await waitUntil(() => dialog(admin, 'remove-dialog').open);
    expect(button(dialog(admin, 'remove-dialog'), 'Verwijderen')).to.not.equal(null);
  });
});
