import { expect, fixture, html } from '@open-wc/testing';
import { MODULE_ROLES, mayUse } from '../../src/access.js';
import './probe-element.js';
import type { LoketProbe } from './probe-element.js';

const session = (roles: string[], groupId = 'g') => ({
  links: {},
  data: { type: 'sessions', id: 's', attributes: { roles } },
  relationships: { account: { data: { type: 'accounts', id: 'a' } }, group: { data: { type: 'bestuurseenheden', id: groupId } } },
});

describe('module access', () => {
  it('needs one of the module roles; LoketLB-admin opens no data', () => {
    expect(mayUse({ roles: ['LoketLB-berichtenGebruiker'] }, 'berichten')).to.equal(true);
    expect(mayUse({ roles: ['LoketLB-admin', 'LoketLB-toezichtGebruiker'] }, 'berichten')).to.equal(false);
    expect(mayUse({ roles: [] }, 'toezicht')).to.equal(false);
    expect(MODULE_ROLES.mandaten).to.deep.equal(['LoketLB-mandaatGebruiker']);
  });

  it("asks each app's own session", async () => {
    const fetcher = async (request: Request) =>
      new Response(JSON.stringify(session(request.url.includes('/lmb-api/') ? ['LoketLB-mandaatGebruiker'] : ['LoketLB-berichtenGebruiker'])), {
        headers: { 'Content-Type': 'application/vnd.api+json' },
      });
    const probe = await fixture<LoketProbe>(html`<loket-probe api-base="/loket-api" mandates-api-base="/lmb-api" .fetch=${fetcher}></loket-probe>`);
    expect(await probe.access('berichten')).to.equal(true);
    expect(await probe.access('mandaten')).to.equal(false);
    expect(await probe.access('mandaten', 'mandates')).to.equal(true);
  });

  it('says "no access" as a status that names the role, in the widget language', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    probe.noAccess = 'berichten';
    probe.requestUpdate();
    await probe.updateComplete;
    const notice = probe.shadowRoot!.querySelector('[part="no-access"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('U hebt geen toegang tot de berichten');
    expect(notice.textContent).to.contain('LoketLB-berichtenGebruiker');
    await expect(probe).to.be.accessible();
  });
});
