import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ALL_ROLES, type Fault, type FakeLoket } from '../../fake-loket/index.js';
import { makeHostile } from '../../fake-loket/hostile.js';
import type { LoketErrorKind } from '../../src/api/errors.js';
import { userMessageFor } from '../../src/api/errors.messages.js';
import { LocalReadStateStore } from '../../src/messages/read-state.js';
import type { LoketInbox } from '../../components/inbox/inbox.js';
import '../../components/provider/provider.js';
import { API, PATIENTLY, fakeLoket, inboxFixture, listRequests, root, rowButtons, rows, text, whenListed, whenThread } from './helpers.js';

/** An inbox inside a provider with a short timeout (so a hanging Loket is told quickly). */
async function mount(loket: FakeLoket, lang = 'nl'): Promise<LoketInbox> {
  const host = await fixture<HTMLElement>(html`<loket-provider api-base=${API} .fetch=${loket.fetch} .timeout=${1500} lang=${lang}>
    <loket-inbox .readStateStore=${new LocalReadStateStore(null)}></loket-inbox>
  </loket-provider>`);
  return host.querySelector('loket-inbox')!;
}

const alert = (inbox: LoketInbox) => root(inbox).querySelector<HTMLElement>('[role=alert]');

const FAULTS: { name: string; fault: Fault; kind: LoketErrorKind }[] = [
  { name: '500', fault: { kind: 'status', status: 500 }, kind: 'server' },
  { name: '503 with Retry-After', fault: { kind: 'status', status: 503, retryAfter: 1 }, kind: 'server' },
  { name: '403', fault: { kind: 'status', status: 403 }, kind: 'forbidden' },
  { name: '429', fault: { kind: 'status', status: 429, retryAfter: 1 }, kind: 'rate-limited' },
  { name: 'timeout', fault: { kind: 'hang' }, kind: 'timeout' },
  { name: 'offline', fault: { kind: 'drop' }, kind: 'network' },
  { name: 'malformed JSON', fault: { kind: 'malformed-json' }, kind: 'bad-response' },
];

describe('<loket-inbox> states', function () {
  this.timeout(30000);

  it('loading: placeholders, then the list', async () => {
    const loket = fakeLoket({ latency: 400 });
    const inbox = await mount(loket);
    expect(root(inbox).querySelector('.skeletons')).to.exist;
    expect(text(root(inbox).querySelector('.skeletons'))).to.equal('Bezig met laden…');
    await expect(inbox).to.be.accessible();
    await whenListed(inbox);
    expect(rows(inbox).length).to.equal(20);
  });

  it('empty: says there are no messages yet', async () => {
    const { inbox } = await inboxFixture({ loket: fakeLoket({ only: ['none'] }) });
    await whenListed(inbox);
    expect(text(root(inbox).querySelector('.empty'))).to.equal('Er zijn nog geen berichten.');
    await expect(inbox).to.be.accessible();
  });

  it('no access without LoketLB-berichtenGebruiker: says so and names the role, asks nothing of the berichten', async () => {
    const loket = fakeLoket({ session: { roles: ALL_ROLES.filter((role) => role !== 'LoketLB-berichtenGebruiker') } });
    const { inbox } = await inboxFixture({ loket });
    await waitUntil(() => root(inbox).querySelector('[part=no-access]'), 'no "no access" notice', PATIENTLY);
    expect(text(root(inbox).querySelector('[part=no-access]'))).to.equal(
      'U hebt geen toegang tot het berichtencentrum. Vraag de beheerder van uw bestuur om u de rol LoketLB-berichtenGebruiker toe te kennen.',
    );
    expect(root(inbox).querySelector('[part=no-access]')!.getAttribute('role')).to.equal('status');
    expect(listRequests(loket)).to.deep.equal([]);
    await expect(inbox).to.be.accessible();
  });

  it('an expired session: says to sign in again; retry works once signed in', async () => {
    const loket = fakeLoket();
    const session = loket.session!;
    loket.setSession(null);
    const inbox = await mount(loket);
    await waitUntil(() => alert(inbox)?.querySelector('button'), 'no error with a retry', PATIENTLY);
    expect(text(alert(inbox))).to.contain(userMessageFor('unauthorized', 'nl'));
    loket.setSession({ accountId: session.accountId, groupId: session.groupId, roles: session.roles });
    alert(inbox)!.querySelector('button')!.click();
    await whenListed(inbox);
    expect(rows(inbox).length).to.equal(20);
  });

  for (const { name, fault, kind } of FAULTS) {
    it(`${name} on the list: a clear message, loket-error, then retry recovers`, async () => {
      const loket = fakeLoket();
      const errors: string[] = [];
      const onError = (event: Event) => errors.push((event as CustomEvent<{ error: { kind: string } }>).detail.error.kind);
      document.addEventListener('loket-error', onError);
      try {
        loket.addFault({ method: 'GET', path: /^\/conversaties$/, fault });
        const inbox = await mount(loket);
        await waitUntil(() => alert(inbox)?.querySelector('button'), 'no error with a retry', PATIENTLY);
        expect(text(alert(inbox))).to.contain(userMessageFor(kind, 'nl'));
        expect(errors).to.include(kind);
        await expect(inbox).to.be.accessible();
        loket.clearFaults();
        alert(inbox)!.querySelector('button')!.click();
        await whenListed(inbox);
        expect(rows(inbox).length).to.equal(20);
        expect(alert(inbox)).to.equal(null);
      } finally {
        document.removeEventListener('loket-error', onError);
      }
    });
  }

  it('a failure opening a conversation shows in the thread with a retry; in French', async () => {
    const loket = fakeLoket();
    const inbox = await mount(loket, 'fr');
    await whenListed(inbox);
    loket.addFault({ method: 'GET', path: /^\/conversaties\/[^/]+$/, times: 1, fault: { kind: 'status', status: 500 } });
    rowButtons(inbox)[0]!.click();
    await waitUntil(() => alert(inbox)?.querySelector('button'), 'no error in the thread', PATIENTLY);
    expect(text(alert(inbox))).to.contain('Réessayer');
    alert(inbox)!.querySelector('button')!.click();
    const thread = await whenThread(inbox);
    expect(text(thread.querySelector('.back'))).to.equal('← Retour à l’aperçu');
  });

  for (const [lang, subject, back, reply] of [
    ['fr', 'Objet', 'Retour à l’aperçu', 'Répondre'],
    ['de', 'Betreff', 'Zurück zur Übersicht', 'Antworten'],
    ['en', 'Subject', 'Back to the overview', 'Reply'],
  ] as const) {
    it(`speaks ${lang}: list and thread`, async () => {
      const inbox = await mount(fakeLoket(), lang);
      await whenListed(inbox);
      expect(text(root(inbox).querySelector('thead th button'))).to.contain(subject);
      rowButtons(inbox)[0]!.click();
      const thread = await whenThread(inbox);
      await waitUntil(() => text(thread.querySelector('.back')).includes(back), `the thread is not in ${lang}`, PATIENTLY);
      expect(text(thread.querySelector('.reply-open'))).to.equal(reply);
      await expect(inbox).to.be.accessible();
    });
  }

  it('hostile data: scripts in subjects, texts and file names stay text, no javascript: link', async () => {
    delete (window as { __xss?: boolean }).__xss;
    const loket = fakeLoket();
    makeHostile(loket);
    // A file named like a link, and its extension too.
    for (const file of [...loket.store.get('files')!.values()].slice(0, 50)) Object.assign(file.attributes, { filename: 'javascript:alert(document.cookie)', extension: 'javascript:x' });
    loket.changed();
    const { inbox } = await inboxFixture({ loket });
    await whenListed(inbox);
    expect(text(root(inbox))).to.match(/<img src=x onerror|<script|<svg onload|<iframe|<a href=/);
    for (let index = 0; index < 3; index++) {
      rowButtons(inbox)[index]!.click();
      const thread = await whenThread(inbox);
      expect(thread.querySelectorAll('[part=message]').length).to.be.greaterThan(0);
      inbox.close();
      await whenListed(inbox);
    }
    rowButtons(inbox)[0]!.click();
    const thread = await whenThread(inbox);
    const injected = thread.querySelectorAll('[data-xss], script, iframe, img, svg:not([aria-hidden]), object, embed');
    expect([...injected].map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    for (const link of root(inbox).querySelectorAll<HTMLAnchorElement>('a[href]')) expect(link.protocol, link.href).to.equal('https:');
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });
});
