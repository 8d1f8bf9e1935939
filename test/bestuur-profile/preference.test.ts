import { expect, waitUntil } from '@open-wc/testing';
import { ALL_ROLES, type FakeLoket } from '../../fake-loket/index.js';
import { isValidEmail, preferenceAttributes } from '../../src/profile/preference.js';
import type { LoketBestuurProfile } from '../../components/bestuur-profile/bestuur-profile.js';
import { FIRST_GEMEENTE_ID, PATIENTLY, fakeLoket, profileFixture, root, section, settled, text, typeInto } from './helpers.js';

interface Sent {
  method: string;
  path: string;
  body?: unknown;
}

/** The fake's fetch, recording what the widget writes. */
function recording(loket: FakeLoket): { fetch: typeof fetch; writes: Sent[] } {
  const writes: Sent[] = [];
  const transport = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method !== 'GET') {
      const raw = await request.clone().text();
      writes.push({ method: request.method, path: new URL(request.url).pathname, body: raw ? JSON.parse(raw) : undefined });
    }
    return loket.fetch(request);
  }) as typeof fetch;
  return { fetch: transport, writes };
}

const stored = (loket: FakeLoket) => loket.store.get('bestuurseenheden')!.get(FIRST_GEMEENTE_ID)!.attributes;
const form = (el: LoketBestuurProfile) => section(el, 'preference').querySelector<HTMLFormElement>('[part="preference-form"]');
const checkbox = (el: LoketBestuurProfile) => root(el).querySelector<HTMLInputElement>('#pref-wil')!;
const address = (el: LoketBestuurProfile) => root(el).querySelector<HTMLInputElement>('#pref-mail')!;

async function openForm(el: LoketBestuurProfile): Promise<void> {
  section(el, 'preference').querySelector<HTMLButtonElement>('[part="edit-preference"]')!.click();
  await waitUntil(() => form(el), 'the form never opened', PATIENTLY);
}

async function submit(el: LoketBestuurProfile): Promise<void> {
  form(el)!.requestSubmit();
  await el.updateComplete;
}

describe('<loket-bestuur-profile> e-mail preference', function () {
  this.timeout(20000);
  beforeEach(() => localStorage.clear());

  it('shows the stored preference and where it comes from', async () => {
    const { el } = await profileFixture();
    await settled(el);
    expect(text(section(el, 'preference').querySelector('[part="preference"]'))).to.equal('U ontvangt een e-mail bij nieuwe berichten, op info@aalst.be.');
    expect(text(section(el, 'preference').querySelector('[part="source"]'))).to.equal('Bron: Loket voor Lokale Besturen');
  });

  it('a valid change is saved with a PATCH of only the two preference attributes, read back, announced and reported', async () => {
    const loket = fakeLoket();
    const { fetch, writes } = recording(loket);
    const { el } = await profileFixture({ loket, fetch });
    await settled(el);
    const saves: unknown[] = [];
    el.addEventListener('loket-preference-save', (event) => saves.push(event.detail));
    await openForm(el);
    expect(root(el).activeElement, 'focus moves into the form').to.equal(checkbox(el));
    typeInto(address(el), 'secretariaat@aalst.be');
    await submit(el);
    await waitUntil(() => !form(el), 'the form never closed', PATIENTLY);
    expect(writes).to.deep.equal([
      {
        method: 'PATCH',
        path: `/bestuurseenheden/${FIRST_GEMEENTE_ID}`,
        body: { data: { type: 'bestuurseenheden', id: FIRST_GEMEENTE_ID, attributes: { 'wil-mail-ontvangen': true, 'mail-adres': 'secretariaat@aalst.be' } } },
      },
    ]);
    expect(stored(loket)['mail-adres']).to.equal('secretariaat@aalst.be');
    expect(stored(loket)['naam'], 'nothing else was touched').to.equal('Gemeente Aalst');
    expect(text(section(el, 'preference').querySelector('[part="preference"]'))).to.contain('secretariaat@aalst.be');
    expect(saves).to.deep.equal([{ bestuurseenheid: FIRST_GEMEENTE_ID, wilMailOntvangen: true, mailAdres: 'secretariaat@aalst.be' }]);
    await waitUntil(() => text(root(el).querySelector('[role="status"].visually-hidden')) === 'Uw voorkeur is bewaard.', 'not announced', PATIENTLY);
    expect(root(el).activeElement, 'focus back on "Wijzigen"').to.equal(section(el, 'preference').querySelector('[part="edit-preference"]'));
    expect(localStorage.length, 'no draft left').to.equal(0);
  });

  it('unchecking sends the flag and keeps a valid address; an empty field never wipes the stored address', async () => {
    expect(preferenceAttributes({ wilMailOntvangen: false, mailAdres: 'info@aalst.be' })).to.deep.equal({ 'wil-mail-ontvangen': false, 'mail-adres': 'info@aalst.be' });
    expect(preferenceAttributes({ wilMailOntvangen: false, mailAdres: '' })).to.deep.equal({ 'wil-mail-ontvangen': false });
    const loket = fakeLoket();
    const { fetch, writes } = recording(loket);
    const { el } = await profileFixture({ loket, fetch });
    await settled(el);
    await openForm(el);
    checkbox(el).click();
    await el.updateComplete;
    expect(root(el).querySelector('#pref-mail'), 'no address field when no mail is wanted').to.equal(null);
    await submit(el);
    await waitUntil(() => !form(el), 'the form never closed', PATIENTLY);
    expect((writes[0]!.body as { data: { attributes: unknown } }).data.attributes).to.deep.equal({ 'wil-mail-ontvangen': false, 'mail-adres': 'info@aalst.be' });
    expect(stored(loket)['wil-mail-ontvangen']).to.equal(false);
    expect(text(section(el, 'preference').querySelector('[part="preference"]'))).to.equal('U ontvangt geen e-mail bij nieuwe berichten.');
  });

  it('an invalid or missing address is refused next to the field, with focus on it, and nothing is sent', async () => {
    for (const bad of ['info@', 'geen adres', 'a@b', 'een spatie@aalst.be']) expect(isValidEmail(bad), bad).to.equal(false);
    expect(isValidEmail('secretariaat@aalst.be')).to.equal(true);
    const loket = fakeLoket();
    const { fetch, writes } = recording(loket);
    const { el } = await profileFixture({ loket, fetch });
    await settled(el);
    await openForm(el);
    typeInto(address(el), 'info@aalst');
    await submit(el);
    await el.updateComplete;
    expect(address(el).getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('#pref-mail-error'))).to.equal('Geef een geldig e-mailadres op, zoals secretariaat@gemeente.be.');
    expect(address(el).getAttribute('aria-describedby')).to.contain('pref-mail-error');
    await waitUntil(() => root(el).activeElement === address(el), 'focus not on the address', PATIENTLY);
    typeInto(address(el), '');
    await submit(el);
    expect(text(root(el).querySelector('#pref-mail-error'))).to.equal('Geef het e-mailadres op waarop u de meldingen wilt ontvangen.');
    expect(writes).to.deep.equal([]);
  });

  it('a failed save keeps the input in the form and in a draft; a reload brings the draft back', async () => {
    const loket = fakeLoket();
    loket.addFault({ method: 'PATCH', path: '/bestuurseenheden', fault: { kind: 'status', status: 500 } });
    const { el } = await profileFixture({ loket });
    await settled(el);
    await openForm(el);
    typeInto(address(el), 'nieuw@aalst.be');
    await submit(el);
    await waitUntil(() => form(el)?.querySelector('[role="alert"]'), 'no error shown', PATIENTLY);
    expect(text(form(el)!.querySelector('[role="alert"]'))).to.contain('Uw invoer blijft bewaard');
    expect(address(el).value).to.equal('nieuw@aalst.be');
    expect(stored(loket)['mail-adres']).to.equal('info@aalst.be');
    const key = `loket-bestuur-profile:preference:${loket.session!.accountId}:${FIRST_GEMEENTE_ID}`;
    expect(JSON.parse(localStorage.getItem(key)!).value).to.deep.equal({ wilMailOntvangen: true, mailAdres: 'nieuw@aalst.be' });

    // The page is reloaded: the same user sees the form again, with the draft and a note.
    loket.clearFaults();
    const again = await profileFixture({ loket });
    await settled(again.el);
    await waitUntil(() => form(again.el), 'the draft did not reopen the form', PATIENTLY);
    expect(address(again.el).value).to.equal('nieuw@aalst.be');
    expect(text(form(again.el)!.querySelector('[part="draft-restored"]'))).to.contain('teruggezet');
    await submit(again.el);
    await waitUntil(() => !form(again.el), 'the retried save did not close the form', PATIENTLY);
    expect(stored(loket)['mail-adres']).to.equal('nieuw@aalst.be');
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('cancel closes the form without a write and drops the draft', async () => {
    const loket = fakeLoket();
    const { fetch, writes } = recording(loket);
    const { el } = await profileFixture({ loket, fetch });
    await settled(el);
    await openForm(el);
    typeInto(address(el), 'iets@anders.be');
    expect(localStorage.length).to.equal(1);
    [...form(el)!.querySelectorAll('button')].find((button) => text(button) === 'Annuleren')!.click();
    await waitUntil(() => !form(el), 'the form never closed', PATIENTLY);
    expect(writes).to.deep.equal([]);
    expect(localStorage.length).to.equal(0);
  });

  it('a write the Loket drops (the role was taken away meanwhile) is not called saved', async () => {
    const loket = fakeLoket();
    const { el } = await profileFixture({ loket });
    await settled(el);
    await openForm(el);
    typeInto(address(el), 'nieuw@aalst.be');
    // mu-authorization drops the write of a session without the role, and answers 204 all the same.
    loket.setSession({ roles: ALL_ROLES.filter((role) => role !== 'LoketLB-berichtenGebruiker') }, 'loket');
    await submit(el);
    await waitUntil(() => form(el)?.querySelector('[role="alert"]'), 'no error shown', PATIENTLY);
    expect(text(form(el)!.querySelector('[role="alert"]'))).to.contain('Uw invoer blijft bewaard');
    expect(stored(loket)['mail-adres']).to.equal('info@aalst.be');
  });

  it('without the berichten role says "no access" and offers no change (the Loket hides both attributes)', async () => {
    const loket = fakeLoket({ session: { roles: ALL_ROLES.filter((role) => role !== 'LoketLB-berichtenGebruiker') } });
    const { el } = await profileFixture({ loket });
    await settled(el);
    const preference = section(el, 'preference');
    expect(text(preference.querySelector('[part="no-access"]'))).to.contain('de meldingen van het berichtencentrum').and.contain('LoketLB-berichtenGebruiker');
    expect(preference.querySelector('[part="edit-preference"]')).to.equal(null);
    const read = loket.requests.find((request) => request.path === `/bestuurseenheden/${FIRST_GEMEENTE_ID}`);
    expect(read, 'the core read still happens').to.exist;
  });

  it('the stored preference of a user without the role is not even sent to the browser', async () => {
    const loket = fakeLoket({ session: { roles: ['LoketLB-toezichtGebruiker'] } });
    const response = await loket.fetch(`https://loket.test/bestuurseenheden/${FIRST_GEMEENTE_ID}`, { headers: { Accept: 'application/vnd.api+json' } });
    const body = (await response.json()) as { data: { attributes: Record<string, unknown> } };
    expect(body.data.attributes).to.not.have.property('mail-adres');
    expect(body.data.attributes).to.not.have.property('wil-mail-ontvangen');
  });
});
