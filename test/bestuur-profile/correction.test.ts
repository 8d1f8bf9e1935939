import { expect, waitUntil } from '@open-wc/testing';
import type { CorrectionRequestDetail, LoketBestuurProfile } from '../../components/bestuur-profile/bestuur-profile.js';
import { correctionMailto } from '../../src/profile/correction.js';
import { FIRST_GEMEENTE_ID, PATIENTLY, fakeLoket, profileFixture, root, settled, text, typeInto } from './helpers.js';

const CORRECTIONS = 'https://intranet.aalst.test/api/meldingen';

const button = (el: LoketBestuurProfile, field: string) => root(el).querySelector<HTMLButtonElement>(`[data-field="${field}"] [part="correction-button"]`)!;
const form = (el: LoketBestuurProfile) => root(el).querySelector<HTMLElement>('[part="correction-form"]');
const proposed = (el: LoketBestuurProfile) => root(el).querySelector<HTMLInputElement>('#correction-proposed')!;
const comment = (el: LoketBestuurProfile) => root(el).querySelector<HTMLTextAreaElement>('#correction-comment')!;

async function open(el: LoketBestuurProfile, field: string): Promise<void> {
  button(el, field).click();
  await waitUntil(
    () => root(el).querySelector(`[data-field="${field}"] [part="correction-form"]`) && root(el).activeElement === proposed(el),
    `the form of ${field} did not open with focus in it`,
    PATIENTLY,
  );
}

async function fillAndSend(el: LoketBestuurProfile, value: string, why = ''): Promise<void> {
  typeInto(proposed(el), value);
  typeInto(comment(el), why);
  (form(el) as HTMLFormElement).requestSubmit();
  await el.updateComplete;
}

/** The fake's fetch, plus a host endpoint for corrections that records what it receives. */
function withEndpoint(loket: ReturnType<typeof fakeLoket>, status = 201) {
  const received: { body: unknown; contentType: string | null; method: string }[] = [];
  const transport = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.url === CORRECTIONS) {
      received.push({ method: request.method, contentType: request.headers.get('Content-Type'), body: JSON.parse(await request.text()) });
      return new Response(status < 300 ? '{}' : 'nope', { status, headers: { 'Content-Type': 'application/json' } });
    }
    return loket.fetch(request);
  }) as typeof fetch;
  return { fetch: transport, received };
}

describe('<loket-bestuur-profile> "Is iets niet juist?"', function () {
  this.timeout(20000);

  it('every field offers it, named after the field for screen readers', async () => {
    const { el } = await profileFixture();
    await settled(el);
    expect(text(button(el, 'naam'))).to.equal('Is iets niet juist? (Naam)');
    expect(button(el, 'naam').getAttribute('aria-expanded')).to.equal('false');
    const buttons = root(el).querySelectorAll('[part="correction-button"]');
    expect(buttons.length, 'core fields and every contact field').to.be.greaterThan(20);
  });

  it('sends a cancelable loket-correction-request with field, old value, proposed value and comment; a host that cancels it takes over', async () => {
    const { el } = await profileFixture({ correctionUrl: CORRECTIONS });
    await settled(el);
    const requests: CorrectionRequestDetail[] = [];
    el.addEventListener('loket-correction-request', (event) => {
      requests.push(event.detail);
      event.preventDefault();
    });
    await open(el, 'kbo');
    expect(button(el, 'kbo').getAttribute('aria-expanded')).to.equal('true');
    expect(text(form(el)!.querySelector('.editor-title'))).to.equal('Wat is er niet juist aan “KBO-nummer”?');
    expect(text(form(el))).to.contain('Nu: 0207.451.227');
    await fillAndSend(el, '0207.451.228', 'Het laatste cijfer is fout.');
    expect(requests).to.deep.equal([
      {
        field: 'kbo',
        label: 'KBO-nummer',
        oldValue: '0207.451.227',
        proposedValue: '0207.451.228',
        comment: 'Het laatste cijfer is fout.',
        bestuurseenheid: FIRST_GEMEENTE_ID,
        source: { app: 'contactgegevens', register: 'kbo' },
      },
    ]);
    await waitUntil(() => !form(el), 'the form did not close', PATIENTLY);
    await waitUntil(() => text(root(el).querySelector('[role="status"].visually-hidden')) === 'Uw melding over KBO-nummer is doorgegeven.', 'not announced', PATIENTLY);
    expect(root(el).activeElement, 'focus back on the button').to.equal(button(el, 'kbo'));
  });

  it('asks what it should be before sending anything', async () => {
    const { el } = await profileFixture();
    await settled(el);
    const requests: unknown[] = [];
    el.addEventListener('loket-correction-request', (event) => requests.push(event.detail));
    await open(el, 'naam');
    await fillAndSend(el, '   ');
    expect(text(root(el).querySelector('#correction-error'))).to.equal('Vul in wat het moet zijn.');
    expect(proposed(el).getAttribute('aria-invalid')).to.equal('true');
    expect(requests).to.deep.equal([]);
  });

  it('without a listener POSTs the request as JSON to correction-url', async () => {
    const loket = fakeLoket();
    const { fetch, received } = withEndpoint(loket);
    const { el } = await profileFixture({ loket, fetch, correctionUrl: CORRECTIONS });
    await settled(el);
    const email = root(el).querySelector('[data-field$=":email"]')!.getAttribute('data-field')!;
    await open(el, email);
    await fillAndSend(el, 'onthaal@aalst.be', 'Dit adres wordt niet meer gelezen.');
    await waitUntil(() => !form(el), 'the form did not close', PATIENTLY);
    expect(received).to.have.length(1);
    expect(received[0]!.method).to.equal('POST');
    expect(received[0]!.contentType).to.equal('application/json');
    expect(received[0]!.body).to.include({ field: email, label: 'E-mail', oldValue: 'info@aalst.be', proposedValue: 'onthaal@aalst.be', bestuurseenheid: FIRST_GEMEENTE_ID });
    await waitUntil(() => text(root(el).querySelector('[role="status"].visually-hidden')) === 'Uw melding over E-mail is verstuurd.', 'not announced', PATIENTLY);
  });

  it('a failed POST keeps the form and its input, says so, and sends again on a second try', async () => {
    const loket = fakeLoket();
    let status = 503;
    const received: unknown[] = [];
    const transport = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url !== CORRECTIONS) return loket.fetch(request);
      received.push(await request.text());
      return new Response('', { status });
    }) as typeof fetch;
    const errors: string[] = [];
    const { el } = await profileFixture({ loket, fetch: transport, correctionUrl: CORRECTIONS });
    await settled(el);
    el.addEventListener('loket-error', (event) => errors.push(event.detail.error.kind));
    await open(el, 'provincie');
    await fillAndSend(el, 'Oost-Vlaanderen (provincie)');
    await waitUntil(() => form(el)?.querySelector('[role="alert"]'), 'no error', PATIENTLY);
    expect(text(form(el)!.querySelector('[role="alert"]'))).to.contain('Uw invoer blijft bewaard');
    expect(proposed(el).value).to.equal('Oost-Vlaanderen (provincie)');
    expect(errors).to.deep.equal(['server']);
    status = 200;
    (form(el) as HTMLFormElement).requestSubmit();
    await waitUntil(() => !form(el), 'the second try did not close the form', PATIENTLY);
    expect(received).to.have.length(2);
  });

  it('without listener and correction-url prepares an e-mail to the Loket\'s helpdesk (or correction-email)', async () => {
    const { el } = await profileFixture({ correctionEmail: 'gegevens@aalst.be' });
    await settled(el);
    await open(el, 'werkingsgebied');
    await fillAndSend(el, 'Aalst', 'Het niveau klopt niet.');
    const link = await waitUntil(() => root(el).querySelector<HTMLAnchorElement>('[part="correction-mail"]'), 'no e-mail prepared', PATIENTLY).then(() => root(el).querySelector<HTMLAnchorElement>('[part="correction-mail"]')!);
    const href = new URL(link.href);
    expect(href.protocol).to.equal('mailto:');
    expect(href.pathname).to.equal('gegevens@aalst.be');
    const subject = new URLSearchParams(href.search).get('subject');
    const body = new URLSearchParams(href.search).get('body')!;
    expect(subject).to.equal('Melding van foutieve gegevens: Werkingsgebied (Gemeente Aalst)');
    expect(body).to.contain('Huidige waarde: Aalst (Gemeente)').and.contain('Moet zijn: Aalst').and.contain('Toelichting: Het niveau klopt niet.').and.contain(FIRST_GEMEENTE_ID);
    expect(text(form(el))).to.contain('gegevens@aalst.be');
    await waitUntil(() => root(el).activeElement === link, 'focus not on the e-mail link', PATIENTLY);
  });

  it('falls back to LoketLokaalBestuur@vlaanderen.be for an invalid correction-email, and encodes hostile text', async () => {
    const href = correctionMailto('LoketLokaalBestuur@vlaanderen.be', 'a&b=c?', [['x', 'line\r\nBcc: evil@x.test']]);
    const url = new URL(href);
    expect(url.pathname).to.equal('LoketLokaalBestuur@vlaanderen.be');
    expect(new URLSearchParams(url.search).get('subject')).to.equal('a&b=c?');
    expect([...new URLSearchParams(url.search).keys()]).to.deep.equal(['subject', 'body']);
    const { el } = await profileFixture({ correctionEmail: 'geen adres' });
    await settled(el);
    await open(el, 'naam');
    await fillAndSend(el, 'Stad Aalst');
    await waitUntil(() => root(el).querySelector('[part="correction-mail"]'), 'no e-mail prepared', PATIENTLY);
    expect(new URL(root(el).querySelector<HTMLAnchorElement>('[part="correction-mail"]')!.href).pathname).to.equal('LoketLokaalBestuur@vlaanderen.be');
  });

  it('Escape closes the form and gives focus back; opening another field closes the first', async () => {
    const { el } = await profileFixture();
    await settled(el);
    await open(el, 'naam');
    proposed(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !form(el), 'Escape did not close', PATIENTLY);
    await waitUntil(() => root(el).activeElement === button(el, 'naam'), 'focus not back', PATIENTLY);
    await open(el, 'naam');
    await open(el, 'provincie');
    expect(root(el).querySelectorAll('[part="correction-form"]')).to.have.length(1);
    expect(button(el, 'naam').getAttribute('aria-expanded')).to.equal('false');
    button(el, 'provincie').click();
    await waitUntil(() => !form(el), 'a second click did not close', PATIENTLY);
  });
});
