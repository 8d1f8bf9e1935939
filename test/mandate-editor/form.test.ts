import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import { STATUS } from '../../src/mandates/codes.js';
import {
  $,
  $$,
  addPerson,
  dialog,
  editor,
  fakeLoket,
  focused,
  messageOf,
  openForm,
  pickPerson,
  rows,
  selectBody,
  selectByLabel,
  setValue,
  submitForm,
} from './helpers.js';

const field = <T extends HTMLElement = HTMLInputElement>(el: LoketMandateEditor, name: string) => $<T>(el, `#f-${name}`)!;

describe('<loket-mandate-editor>: adding, and the rules in the form', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('adds a mandataris: person search, mandaat of the body, Effectief by default', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    // The council is full: the next holder needs a seat more.
    for (const mandaat of fake.store.get('mandaten')!.values()) {
      mandaat.attributes['aantal-houders'] = Number(mandaat.attributes['aantal-houders']) + 1;
    }
    fake.changed();
    const el = await editor(fake);

    const form = await openForm(el);
    expect(form.contains(focused(el)) || form === focused(el)).to.equal(true);
    expect(field<HTMLSelectElement>(el, 'statusId').selectedOptions[0]!.textContent).to.equal('Effectief');
    expect(field(el, 'start').value).to.equal('2026-11-28');
    const mandaatOptions = [...field<HTMLSelectElement>(el, 'mandaatId').options].map((o) => o.textContent!.trim());
    expect(mandaatOptions.slice(1).sort()).to.deep.equal(['Gemeenteraadslid', 'Voorzitter van de gemeenteraad']);

    await pickPerson(el, 'zwart', 'p-new');
    expect($(el, 'fieldset.persoon')!.textContent).to.contain('Gekozen: Zita Zwartjes');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    const fractie = field<HTMLSelectElement>(el, 'fractieId');
    setValue(fractie, fractie.options[1]!.value);
    await el.updateComplete;

    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    const { detail } = await saved;
    expect(detail.action).to.equal('create');
    expect(detail.mandataris.persoon?.achternaam).to.equal('Zwartjes');
    expect(detail.mandataris.status?.id).to.equal(STATUS.effectief);
    expect(detail.mandataris.fractie?.id).to.equal(fractie.options[1]!.value);
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.path)).to.deep.equal([
      '/tijdsintervallen',
      '/lidmaatschappen',
      '/mandatarissen',
    ]);
    await waitUntil(() => !dialog(el, 'edit-dialog').open);
    expect(rows(el).some((row) => row[0] === 'Zita Zwartjes')).to.equal(true);
    await waitUntil(() => focused(el)?.getAttribute('data-focus') === `edit-${detail.mandataris.id}`, 'focus did not return');
    await waitUntil(() => $(el, '[role="status"][aria-live]')!.textContent!.includes('bewaard'));
    expect(localStorage.length).to.equal(0);
  });

  it('requires a start date: error summary, aria-invalid, focus on the field, link back to it', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    const el = await editor(fake);
    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
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
    field(el, 'rangorde').focus();
    summary.querySelector('a')!.click();
    expect(focused(el)!.id).to.equal('f-start');
    expect(fake.requests.some((r) => r.method === 'POST')).to.equal(false);
  });

  it('is accessible with errors shown', async () => {
    const fake = fakeLoket();
    fake.store.get('mandatarissen')!.clear();
    fake.changed();
    const el = await editor(fake);
    await openForm(el);
    setValue(field(el, 'start'), '');
    setValue(field(el, 'einde'), '2031-01-01');
    await submitForm(el);
    expect($(el, '[part="error-summary"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists every missing field and focuses the first', async () => {
    const el = await editor();
    await openForm(el);
    const status = field<HTMLSelectElement>(el, 'statusId');
    setValue(status, '');
    await submitForm(el);
    expect($$(el, '[part="error-summary"] li')).to.have.length(3);
    expect(focused(el)!.id).to.equal('f-persoonId');
    expect(messageOf(el, 'mandaatId')).to.equal('Dit veld is verplicht.');
    expect(messageOf(el, 'statusId')).to.equal('Dit veld is verplicht.');
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

  it('warns, without blocking, when dates fall outside the legislature', async () => {
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
    const holder = rows(el)[1]![0]!;
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
      overlapped ||= messageOf(el, 'persoonId') === 'Deze persoon heeft dit mandaat al in een overlappende periode (vanaf 1/01/2025).';
    }
    expect(overlapped).to.equal(true);
  });

  it('wants rangorde to start with a Dutch ordinal word', async () => {
    const el = await editor();
    await openForm(el);
    setValue(field(el, 'rangorde'), 'schepen 1');
    await submitForm(el);
    expect(messageOf(el, 'rangorde')).to.contain('rangtelwoord');
    setValue(field(el, 'rangorde'), 'Tweeëntwintigste schepen');
    await el.updateComplete;
    expect(messageOf(el, 'rangorde')).to.equal('');
  });

  it('allows Titelvoerend only for a burgemeester, and Verhinderd never for one', async () => {
    const el = await editor();
    await selectBody(el, 'College');
    await openForm(el);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Schepen');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Titelvoerend');
    await submitForm(el);
    expect(messageOf(el, 'statusId')).to.equal('Alleen een burgemeester kan titelvoerend zijn.');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Burgemeester');
    await el.updateComplete;
    expect(messageOf(el, 'statusId')).to.equal('');
    selectByLabel(field<HTMLSelectElement>(el, 'statusId'), 'Verhinderd');
    await el.updateComplete;
    expect(messageOf(el, 'statusId')).to.equal('Een burgemeester kan niet de status Verhinderd krijgen.');
  });

  it('keeps the current holders within aantal-houders', async () => {
    const el = await editor();
    await selectBody(el, 'College');
    const schepenen = rows(el).filter((row) => row[1] === 'Schepen').length;
    await openForm(el);
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Schepen');
    await submitForm(el);
    expect(messageOf(el, 'mandaatId')).to.equal(`Dit mandaat heeft al ${schepenen} huidige houders, het maximum.`);
    // A mandate that already ended is no current holder.
    setValue(field(el, 'start'), '2025-01-01');
    setValue(field(el, 'einde'), '2025-06-01');
    await el.updateComplete;
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
    expect($(el, '[part="error-summary"]')!.textContent).to.contain('Date de début');
  });

  it('maps a mu-style 422 onto the field, with the summary and focus', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    const el = await editor(fake);
    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    setValue(field(el, 'start'), '2025-01-01');
    setValue(field(el, 'einde'), '2025-02-01');
    fake.addFault({ method: 'POST', path: '/mandatarissen', times: 1, fault: { kind: 'status', status: 422, title: 'Following fields are missing: start' } });
    const errors: string[] = [];
    el.addEventListener('loket-error', (event) => errors.push(event.detail.error.kind));
    await submitForm(el);
    await waitUntil(() => messageOf(el, 'start') !== '', 'no server message');
    expect(messageOf(el, 'start')).to.equal('Vul een startdatum in.');
    expect(field(el, 'start').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part="error-summary"]')!.textContent).to.contain('Startdatum');
    await waitUntil(() => focused(el)?.id === 'f-start', 'focus did not move to the field');
    expect(errors).to.deep.equal(['validation']);
    // Changing the field clears the server's message; the next save goes through.
    setValue(field(el, 'start'), '2025-01-02');
    await el.updateComplete;
    expect(messageOf(el, 'start')).to.equal('');
    const saved = oneEvent(el, 'loket-mandate-save');
    await submitForm(el);
    expect((await saved).detail.mandataris.start).to.equal('2025-01-02');
  });

  it('maps a 422 naming another field, and keeps a 422 without fields as a form message', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    const el = await editor(fake);
    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    setValue(field(el, 'start'), '2025-01-01');
    setValue(field(el, 'einde'), '2025-02-01');
    fake.addFault({ method: 'POST', path: '/mandatarissen', times: 1, fault: { kind: 'status', status: 422, title: 'Following fields are missing: bekleedt' } });
    await submitForm(el);
    await waitUntil(() => messageOf(el, 'mandaatId') !== '');
    expect(messageOf(el, 'mandaatId')).to.equal('Dit veld is verplicht.');
    fake.addFault({ method: 'POST', path: '/mandatarissen', times: 1, fault: { kind: 'status', status: 422, title: 'Something is off' } });
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    await submitForm(el);
    await waitUntil(() => $(el, '#edit-dialog p.alert[role="alert"]'), 'no form-level message');
    expect(dialog(el, 'edit-dialog').open).to.equal(true);
  });

  it('keeps the form and its draft when saving fails, and says why', async () => {
    const fake = fakeLoket();
    addPerson(fake, 'p-new', 'Zita', 'Zwartjes');
    const el = await editor(fake);
    await openForm(el);
    await pickPerson(el, 'zwart', 'p-new');
    selectByLabel(field<HTMLSelectElement>(el, 'mandaatId'), 'Gemeenteraadslid');
    setValue(field(el, 'start'), '2025-01-01');
    setValue(field(el, 'einde'), '2025-02-01');
    fake.addFault({ method: 'POST', path: '/mandatarissen', times: 1, fault: { kind: 'drop' } });
    await submitForm(el);
    const alert = await waitUntil(() => $(el, '#edit-dialog p.alert[role="alert"]'), 'no failure message');
    void alert;
    expect(dialog(el, 'edit-dialog').open).to.equal(true);
    expect(field(el, 'einde').value).to.equal('2025-02-01');
    const stored = Object.keys(localStorage).filter((key) => key.startsWith('loket-mandate-editor:draft'));
    expect(stored).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(stored[0]!)!).form.persoonId).to.equal('p-new');
  });

  it('closes on Escape, gives focus back to the opener and keeps the draft', async () => {
    const el = await editor();
    const opener = $<HTMLButtonElement>(el, '[part~="add-button"]')!;
    opener.focus();
    await openForm(el);
    setValue(field(el, 'rangorde'), 'Eerste schepen');
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
    field(el, 'rangorde').focus();
    await sendKeys({ type: 'schepen' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="error-summary"]'), 'Enter did not submit');
    expect(focused(el)!.id).to.equal('f-persoonId');
    expect(messageOf(el, 'rangorde')).to.contain('rangtelwoord');
  });
});
