import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { STATUS } from '../../src/mandates/codes.js';
import {
  $,
  $$,
  COLUMN,
  addPerson,
  button,
  dialog,
  editor,
  fakeLoket,
  focused,
  fractieOf,
  lmb,
  lmbChanged,
  messageOf,
  openForm,
  pickPerson,
  rows,
  selectBody,
  selectByLabel,
  setValue,
  submitForm,
  writes,
} from './helpers.js';
import { FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';

const field = <T extends HTMLElement = HTMLInputElement>(el: LoketMandateEditor, name: string) => $<T>(el, `#f-${name}`)!;
/** A rijksregisternummer no seeded person has: born 30 July 1985, serial 997. */
const NEW_RRN = '85073099734';

async function fillRaadslid(el: LoketMandateEditor): Promise<void> {
  selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
  const fractie = field<HTMLSelectElement>(el, 'fractieId');
  setValue(fractie, fractie.options[1]!.value);
  await el.updateComplete;
}

describe('<loket-mandate-editor>: adding through LMB\'s forms, and the rules in the form', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('adds a mandataris for a known person through form-content, Niet bekrachtigd, with its lidmaatschap', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    // The council is full: the next holder needs a seat more.
    for (const mandaat of lmb(fake, 'mandaten').values()) mandaat.attributes['aantal-houders'] = Number(mandaat.attributes['aantal-houders']) + 1;
    lmbChanged(fake);
    const el = await editor(fake);

    const form = await openForm(el);
    expect(form.contains(focused(el)) || form === focused(el)).to.equal(true);
    expect(field<HTMLSelectElement>(el, 'statusId').selectedOptions[0]!.textContent).to.equal('Effectief');
    expect(field(el, 'start').value).to.equal('2026-11-28');
    const mandaatOptions = [...field<HTMLSelectElement>(el, 'mandaatId').options].map((o) => o.textContent!.trim());
    expect(mandaatOptions.slice(1).sort()).to.deep.equal(['Gemeenteraadslid', 'Voorzitter van de gemeenteraad']);
    expect([...field<HTMLSelectElement>(el, 'fractieId').options].map((o) => o.textContent!.trim())).to.include('Onafhankelijk');

    await pickPerson(el, 'zwart', 'p-new');
    expect($(el, 'fieldset.persoon')!.textContent).to.contain('Gekozen: Zita Zwartjes');
    await fillRaadslid(el);
    const fractie = field<HTMLSelectElement>(el, 'fractieId').value;

    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.action).to.equal('create');
    expect(detail.mandataris.persoon?.achternaam).to.equal('Zwartjes');
    expect(detail.mandataris.status?.id).to.equal(STATUS.effectief);
    expect(detail.mandataris.fractie?.id).to.equal(fractie);
    expect(detail.mandataris.publicationStatus?.label).to.equal('Niet bekrachtigd');
    expect(writes(fake)).to.deep.equal([
      'POST /form-content/mandataris-new',
      'POST /mandataris-api/fracties/:id/current-fractie',
      'DELETE /mandataris-api/fracties/cleanup/bestuursperiode/:id',
    ]);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/form-content/mandataris-new')).to.equal(true);
    const stored = lmb(fake, 'mandatarissen').get(detail.mandataris.id)!;
    expect(stored.attributes['uri']).to.equal(`http://data.lblod.info/id/mandatarissen/${detail.mandataris.id}`);
    expect(stored.attributes['start']).to.equal('2026-11-27T23:00:00.000Z');
    expect(stored.attributes['modified']).to.be.a('string');
    expect(stored.owner).to.equal(FIRST_GEMEENTE_ID);
    expect(lmb(fake, 'personen').get('p-new')!.relationships['current-fracties']).to.deep.equal([fractie]);
    // FCS saved a history item for the instance (mandataris-new is `ext:withHistory`).
    expect([...lmb(fake, 'form-history').values()].map((item) => item.attributes['description'])).to.deep.equal(['Created']);
    await waitUntil(() => !dialog(el, 'edit-dialog').open);
    expect(rows(el).some((row) => row[COLUMN.person] === 'Zita Zwartjes')).to.equal(true);
    await waitUntil(() => focused(el)?.getAttribute('data-focus') === `edit-${detail.mandataris.id}`, 'focus did not return');
    await waitUntil(() => $(el, '[role="status"][aria-live]')!.textContent!.includes('bewaard'));
    expect(localStorage.length).to.equal(0);
  });

  it('adds a new person first, with the persoon form\'s rules next to each field', async () => {
    const fake = fakeLoket();
    for (const mandaat of lmb(fake, 'mandaten').values()) mandaat.attributes['aantal-houders'] = Number(mandaat.attributes['aantal-houders']) + 1;
    lmbChanged(fake);
    const el = await editor(fake);
    await openForm(el);
    setValue(field(el, 'persoonId'), 'Zita Zwartjes');
    await waitUntil(() => $(el, 'fieldset.persoon')!.textContent!.includes('Geen personen gevonden.'), 'no search answer');
    button(dialog(el, 'edit-dialog'), 'Nieuwe persoon toevoegen').click();
    await el.updateComplete;
    expect(field(el, 'voornaam').value).to.equal('Zita');
    expect(field(el, 'achternaam').value).to.equal('Zwartjes');
    await waitUntil(() => focused(el) === field(el, 'voornaam'));
    await fillRaadslid(el);
    await submitForm(el);
    expect(messageOf(el, 'rijksregisternummer')).to.equal('Dit veld is verplicht.');
    expect(messageOf(el, 'geboortedatum')).to.equal('Dit veld is verplicht.');
    expect(messageOf(el, 'geslachtId')).to.equal('Dit veld is verplicht.');
    expect(messageOf(el, 'persoonId')).to.equal('');
    expect(focused(el)!.id).to.equal('f-rijksregisternummer');
    setValue(field(el, 'rijksregisternummer'), '85.07.30-997.35');
    await el.updateComplete;
    expect(messageOf(el, 'rijksregisternummer')).to.equal('Vul een geldig rijksregisternummer in.');
    // Someone LMB knows already.
    const known = String([...lmb(fake, 'identificatoren').values()][0]!.attributes['identificator']);
    setValue(field(el, 'rijksregisternummer'), known);
    await waitUntil(() => messageOf(el, 'rijksregisternummer').includes('bestaat al een persoon'), 'no duplicate message');
    setValue(field(el, 'rijksregisternummer'), NEW_RRN);
    await el.updateComplete;
    expect(messageOf(el, 'rijksregisternummer')).to.equal('');
    expect(field(el, 'geboortedatum').value).to.equal('1985-07-30');
    selectByLabel(field<HTMLSelectElement>(el, 'geslachtId'), 'Vrouwelijk');
    await expect(dialog(el, 'edit-dialog')).to.be.accessible();
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.mandataris.persoon).to.include({ gebruikteVoornaam: 'Zita', achternaam: 'Zwartjes' });
    expect(writes(fake)).to.deep.equal([
      'POST /form-content/persoon',
      'POST /mandataris-api/personen/:id/put-person-in-right-graph/:id',
      'POST /form-content/mandataris-new',
      'POST /mandataris-api/fracties/:id/current-fractie',
      'DELETE /mandataris-api/fracties/cleanup/bestuursperiode/:id',
    ]);
    const persoon = lmb(fake, 'personen').get(detail.mandataris.persoon!.id)!;
    expect(persoon.attributes['possible-duplicate']).to.equal(true);
    expect(lmb(fake, 'identificatoren').get(persoon.relationships['identificator'] as string)!.attributes['identificator']).to.equal(NEW_RRN);
    expect(lmb(fake, 'geboortes').get(persoon.relationships['geboorte'] as string)!.attributes['datum']).to.equal('1985-07-30');
    expect(persoon.relationships['geslacht']).to.equal('5ab0e9b8a3b2ca7c5e000029');
    // The form-content service keeps no history for the persoon form (no `ext:withHistory`).
    expect([...lmb(fake, 'form-history').values()].map((item) => item.attributes['description'])).to.deep.equal(['Created']);
  });

  it('requires a start date: error summary, aria-invalid, focus on the field, link back to it', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    const el = await editor(fake);
    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    await fillRaadslid(el);
    setValue(field(el, 'start'), '');
    await el.updateComplete;
    expect(messageOf(el, 'start')).to.equal(''); // nothing shouts before the user tries to save
    await submitForm(el);
    const summary = $(el, '[part="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('Startdatum: Vul een startdatum in.');
    expect(field(el, 'start').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'start').getAttribute('aria-describedby')).to.contain('e-start');
    expect(messageOf(el, 'start')).to.equal('Vul een startdatum in.');
    expect(focused(el)!.id).to.equal('f-start');
    field(el, 'einde').focus();
    summary.querySelector('a')!.click();
    expect(focused(el)!.id).to.equal('f-start');
    expect(writes(fake)).to.deep.equal([]);
  });

  it('is accessible with errors shown', async () => {
    const fake = fakeLoket();
    lmb(fake, 'mandatarissen').clear();
    lmbChanged(fake);
    const el = await editor(fake);
    await openForm(el);
    setValue(field(el, 'start'), '');
    setValue(field(el, 'einde'), '2031-01-01');
    await submitForm(el);
    expect($(el, '[part="error-summary"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists every missing field (a fractie is required in the gemeenteraad) and focuses the first', async () => {
    const el = await editor();
    await openForm(el);
    setValue(field<HTMLSelectElement>(el, 'statusId'), '');
    await submitForm(el);
    expect($$(el, '[part="error-summary"] li')).to.have.length(4);
    expect(focused(el)!.id).to.equal('f-persoonId');
    expect(messageOf(el, 'mandaatId')).to.equal('Dit veld is verplicht.');
    expect(messageOf(el, 'statusId')).to.equal('Dit veld is verplicht.');
    expect(messageOf(el, 'fractieId')).to.equal('Kies een fractie: in dit bestuursorgaan is die verplicht.');
  });

  it('wants the end date after the start date', async () => {
    const el = await editor();
    await openForm(el);
    setValue(field(el, 'start'), '2026-03-01');
    setValue(field(el, 'einde'), '2026-02-01');
    await submitForm(el);
    expect(messageOf(el, 'einde')).to.equal('De einddatum moet na de startdatum liggen.');
    expect(field(el, 'einde').getAttribute('aria-invalid')).to.equal('true');
  });

  it('warns, without blocking, when dates fall outside the bestuursperiode', async () => {
    const el = await editor();
    await openForm(el);
    setValue(field(el, 'start'), '2024-06-01');
    await el.updateComplete;
    expect(messageOf(el, 'start')).to.equal('Let op: de startdatum valt buiten de legislatuur (1/01/2025 – 31/12/2030).');
    expect(field(el, 'start').hasAttribute('aria-invalid')).to.equal(false);
    expect(field(el, 'start').getAttribute('aria-describedby')).to.equal('e-start');
  });

  it('refuses a second, overlapping mandate of the same person', async () => {
    const el = await editor();
    const holder = rows(el)[1]![COLUMN.person]!;
    await openForm(el);
    setValue(field(el, 'persoonId'), holder);
    await waitUntil(() => $$(el, 'input[name="persoon"]').length > 0, 'holder not found');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    // Several people can share a name: the rule must fire for the one who holds the seat.
    let overlapped = false;
    for (const candidate of $$<HTMLInputElement>(el, 'input[name="persoon"]')) {
      candidate.checked = true;
      candidate.dispatchEvent(new Event('change'));
      await submitForm(el);
      overlapped ||= messageOf(el, 'persoonId').startsWith('Deze persoon heeft dit mandaat al in een overlappende periode');
    }
    expect(overlapped).to.equal(true);
  });

  it('finds a person by rijksregisternummer, as LMB\'s search form does', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const identificator = [...lmb(fake, 'identificatoren').values()].find((record) => record.owner === FIRST_GEMEENTE_ID)!;
    const persoon = [...lmb(fake, 'personen').values()].find((record) => record.relationships['identificator'] === identificator.id)!;
    await openForm(el);
    await pickPerson(el, String(identificator.attributes['identificator']), persoon.id);
    expect(fake.requests.some((r) => decodeURIComponent(r.url).includes('filter[identificator]='))).to.equal(true);
  });

  it('offers a rangorde only where the mandaat has one, and wants it to start with a Dutch ordinal word', async () => {
    const el = await editor();
    await openForm(el);
    expect(field(el, 'rangorde')).to.equal(null);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    await el.updateComplete;
    setValue(field(el, 'rangorde'), 'schepen 1');
    await submitForm(el);
    expect(messageOf(el, 'rangorde')).to.contain('rangtelwoord');
    setValue(field(el, 'rangorde'), 'Tweeëntwintigste lid');
    await el.updateComplete;
    expect(messageOf(el, 'rangorde')).to.equal('');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Voorzitter van de gemeenteraad');
    await el.updateComplete;
    expect(messageOf(el, 'rangorde')).to.equal('Dit mandaat heeft geen rangorde; alleen schepenen en gemeenteraadsleden hebben er een.');
    setValue(field(el, 'rangorde'), '');
    await el.updateComplete;
    expect(field(el, 'rangorde')).to.equal(null);
  });

  it('offers beleidsdomeinen only to the burgemeester and the schepenen', async () => {
    const el = await editor();
    await selectBody(el, 'College');
    await openForm(el);
    expect($(el, 'fieldset.domeinen')).to.equal(null);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Schepen');
    await el.updateComplete;
    expect($(el, 'fieldset.domeinen')).to.not.equal(null);
    field(el, 'beleidsdomeinIds').click();
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Toegevoegde schepen');
    await el.updateComplete;
    expect(messageOf(el, 'beleidsdomeinIds')).to.equal('');
  });

  it('allows Titelvoerend only for a burgemeester, Verhinderd never for one, and hides the rangorde of a Verhinderd schepen', async () => {
    const el = await editor();
    await selectBody(el, 'College');
    await openForm(el);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Schepen');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Titelvoerend');
    await submitForm(el);
    expect(messageOf(el, 'statusId')).to.equal('Alleen een burgemeester kan titelvoerend zijn.');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Verhinderd');
    await el.updateComplete;
    expect(field(el, 'rangorde')).to.equal(null);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Burgemeester');
    await el.updateComplete;
    expect(messageOf(el, 'statusId')).to.equal('Een burgemeester kan niet de status Verhinderd krijgen.');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Titelvoerend');
    await el.updateComplete;
    expect(messageOf(el, 'statusId')).to.equal('');
  });

  it('counts a Verhinderd schepen and the Waarnemend who stands in as one seat', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    await selectBody(el, 'College');
    const current = rows(el).filter((row) => row[COLUMN.functie] === 'Schepen');
    const hindered = [...lmb(fake, 'mandatarissen').values()].find(
      (record) => record.owner === FIRST_GEMEENTE_ID && record.relationships['status'] === STATUS.verhinderd && !record.attributes['einde'],
    )!;
    const schepen = lmb(fake, 'mandaten').get(hindered.relationships['bekleedt'] as string)!;
    const seats = Number(schepen.attributes['aantal-houders']);
    // One row more than seats: the hindered schepen and the stand-in share one.
    expect(current.length).to.equal(seats + 1);
    await openForm(el);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Schepen');
    await submitForm(el);
    expect(messageOf(el, 'mandaatId')).to.equal(`Dit mandaat heeft al ${seats} huidige houders, het maximum.`);
    // A mandate that already ended is no current holder.
    setValue(field(el, 'start'), '2025-01-01');
    setValue(field(el, 'einde'), '2025-06-01');
    await el.updateComplete;
    expect(messageOf(el, 'mandaatId')).to.equal('');
    button(dialog(el, 'edit-dialog'), 'Annuleren').click();
    // One seat more: a new schepen fits, because the pair holds one seat, not two.
    schepen.attributes['aantal-houders'] = seats + 1;
    lmbChanged(fake);
    localStorage.clear();
    await selectBody(el, 'Gemeenteraad');
    await selectBody(el, 'College');
    await openForm(el);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Schepen');
    await submitForm(el);
    expect(messageOf(el, 'mandaatId')).to.equal('');
  });

  it('shows the messages in the user language', async () => {
    const el = await editor();
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    await openForm(el);
    setValue(field(el, 'start'), '');
    await submitForm(el);
    expect(messageOf(el, 'start')).to.equal('Indiquez une date de début.');
    expect(messageOf(el, 'fractieId')).to.equal('Choisissez un groupe : il est obligatoire dans cet organe.');
    expect($(el, '[part="error-summary"]')!.textContent).to.contain('Date de début');
  });

  it('maps a mu-style 422 of a new situation onto the field, with the summary and focus', async () => {
    const fake = fakeLoket();
    const el = await editor(fake);
    const name = rows(el).find((row) => row[COLUMN.functie] === 'Gemeenteraadslid')![COLUMN.person]!;
    await openForm(el, name, 'Gemeenteraadslid');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Waarnemend');
    fake.addFault({ app: 'lmb', method: 'POST', path: '/mandatarissen', times: 1, fault: { kind: 'status', status: 422, title: 'Following fields are missing: bekleedt' } });
    const errors: string[] = [];
    el.addEventListener('loket-error', (event) => errors.push(event.detail.error.kind));
    await submitForm(el);
    await waitUntil(() => messageOf(el, 'mandaatId') !== '', 'no server message');
    expect(messageOf(el, 'mandaatId')).to.equal('Dit veld is verplicht.');
    expect($(el, '[part="error-summary"]')!.textContent).to.contain('Mandaat');
    await waitUntil(() => focused(el)?.id === 'f-mandaatId', 'focus did not move to the field');
    expect(errors).to.deep.equal(['validation']);
  });

  it('keeps the form and its draft when the form-content service fails, and says why', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    const el = await editor(fake);
    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    await fillRaadslid(el);
    setValue(field(el, 'start'), '2025-01-01');
    setValue(field(el, 'einde'), '2025-02-01');
    fake.addFault({ app: 'lmb', method: 'POST', path: '/form-content/mandataris-new', times: 1, fault: { kind: 'drop' } });
    await submitForm(el);
    await waitUntil(() => $(el, '#edit-dialog p.alert[role="alert"]'), 'no failure message');
    expect(dialog(el, 'edit-dialog').open).to.equal(true);
    expect(field(el, 'einde').value).to.equal('2025-02-01');
    const stored = Object.keys(localStorage).filter((key) => key.startsWith('loket-mandate-editor:draft'));
    expect(stored).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(stored[0]!)!).value.form.persoonId).to.equal('p-new');
    // The next try goes through, with the fractie bookkeeping after it.
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    expect(fractieOf(fake, lmb(fake, 'mandatarissen').get((await saved).detail.mandataris.id)!)).to.be.a('string');
  });

  it('says so when LMB saved nothing (a write mu-authorization dropped: `{id: null}`)', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    const el = await editor(fake);
    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    await fillRaadslid(el);
    setValue(field(el, 'start'), '2025-01-01');
    setValue(field(el, 'einde'), '2025-02-01');
    // The role is gone on the server meanwhile: FCS writes through mu-auth, which drops it all.
    fake.apps.lmb!.session = { ...fake.apps.lmb!.session!, roles: [] };
    await submitForm(el);
    await waitUntil(() => $(el, '#edit-dialog p.alert[role="alert"]'), 'no failure message');
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => `${r.status} ${r.path}`)).to.deep.equal(['200 /form-content/mandataris-new']);
    expect(dialog(el, 'edit-dialog').open).to.equal(true);
  });

  it('closes on Escape, gives focus back to the opener and keeps the draft', async () => {
    const el = await editor();
    const opener = $<HTMLButtonElement>(el, '[part~="add-button"]')!;
    opener.focus();
    await openForm(el);
    setValue(field(el, 'einde'), '2027-01-01');
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el, 'edit-dialog').open, 'dialog stayed open');
    expect(focused(el)).to.equal(opener);
    await waitUntil(() => $(el, '[part="drafts"]'), 'no draft offered');
    expect($(el, '[part="drafts"]')!.textContent).to.contain('Nieuwe mandataris');
  });

  it('opens no dialog, and throws nothing, on an editor already removed from the page', async () => {
    const el = await editor();
    const opener = $<HTMLButtonElement>(el, '[part~="add-button"]')!;
    el.remove();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      opener.click();
      await el.updateComplete;
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(dialog(el, 'edit-dialog').open).to.equal(false);
  });

  it('works with the keyboard alone', async () => {
    const el = await editor();
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el, 'edit-dialog').open, 'Enter did not open the form');
    expect(focused(el)!.id).to.equal('f-persoonId');
    await sendKeys({ type: 'zz' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="error-summary"]'), 'Enter did not submit');
    expect(focused(el)!.id).to.equal('f-persoonId');
    expect(messageOf(el, 'persoonId')).to.equal('Dit veld is verplicht.');
  });
});
