import { expect, fixture, html } from '@open-wc/testing';
import { LoketError } from '../../src/api/errors.js';
import { createFakeLoket } from '../../fake-loket/index.js';
import { errorMessages } from '../../src/api/errors.messages.js';
import { translate } from '../../src/i18n/translate.js';
import './probe-element.js';
import type { LoketProbe } from './probe-element.js';

describe('LoketElement', () => {
  it('shares one client between widgets configured alike, and not otherwise', async () => {
    const fake = createFakeLoket();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <loket-probe api-base="/api" .fetch=${fake.fetch}></loket-probe>
        <loket-probe api-base="/api" .fetch=${fake.fetch}></loket-probe>
        <loket-probe api-base="/other" .fetch=${fake.fetch}></loket-probe>
      </div>`,
    );
    const [a, b, c] = [...wrapper.querySelectorAll('loket-probe')];
    expect(a!.sharedClient).to.equal(b!.sharedClient);
    expect(a!.sharedClient).not.to.equal(c!.sharedClient);
  });

  it("takes the bestuurseenheid from the session when none is configured", async () => {
    const fake = createFakeLoket({ session: { groupId: 'group-from-session' } });
    const probe = await fixture<LoketProbe>(html`<loket-probe .fetch=${fake.fetch}></loket-probe>`);
    expect(await probe.bestuurseenheidId()).to.equal('group-from-session');
    const configured = await fixture<LoketProbe>(html`<loket-probe bestuurseenheid="own" .fetch=${fake.fetch}></loket-probe>`);
    expect(await configured.bestuurseenheidId()).to.equal('own');
  });

  it('reports failures as loket-error and shows a translated message with a retry', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe lang="fr"></loket-probe>`);
    const errors: LoketError[] = [];
    probe.addEventListener('loket-error', (event) => errors.push(event.detail.error));
    probe.fail(new LoketError('unauthorized', { status: 401 }));
    await probe.updateComplete;
    expect(errors.map((error) => error.kind)).to.deep.equal(['unauthorized']);
    const alert = probe.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Votre session a expiré.');
    expect(translate(errorMessages, 'fr', 'unauthorized')).to.contain('Votre session a expiré.');
    alert.querySelector('button')!.click();
    expect(probe.retried).to.equal(1);
    await expect(probe).to.be.accessible();
  });

  it('stays quiet about aborted requests and wraps foreign errors', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    const kinds: string[] = [];
    probe.addEventListener('loket-error', (event) => kinds.push(event.detail.error.kind));
    probe.fail(new LoketError('aborted'));
    probe.fail(new Error('boom'));
    expect(kinds).to.deep.equal(['bad-response']);
  });
});
