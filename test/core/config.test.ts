import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/config.js';
import '../../components/provider/provider.js';
import './probe-element.js';
import { LoketProbe } from './probe-element.js';
import { LoketProvider } from '../../components/provider/provider.js';

describe('configuration', () => {
  afterEach(() => resetConfig());

  it('defaults to the cookie session and a 15 s timeout', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    expect(probe.config.credentials).to.equal('include');
    expect(probe.config.timeout).to.equal(15000);
  });

  it('takes page-wide values from configure(), also after the widget is on the page', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    configure({ apiBase: 'https://loket.example/api', bestuurseenheid: 'global' });
    expect(probe.config.apiBase).to.equal('https://loket.example/api');
    expect(probe.config.bestuurseenheid).to.equal('global');
  });

  it('hands provider configuration to a nested widget, through other elements and shadow roots', async () => {
    configure({ apiBase: '/global', bestuurseenheid: 'global' });
    const fetcher = async () => new Response('{}');
    const provider = await fixture<LoketProvider>(
      html`<loket-provider api-base="/provided" bestuurseenheid="b-1" .fetch=${fetcher}>
        <div><section></section></div>
      </loket-provider>`,
    );
    const host = document.createElement('div');
    provider.querySelector('section')!.append(host);
    const probe = document.createElement('loket-probe') as LoketProbe;
    host.attachShadow({ mode: 'open' }).append(probe);
    await probe.updateComplete;
    expect(probe.config.apiBase).to.equal('/provided');
    expect(probe.config.bestuurseenheid).to.equal('b-1');
    expect(probe.config.fetch).to.equal(fetcher);
  });

  it("lets the widget's own attributes win over the provider", async () => {
    const provider = await fixture<LoketProvider>(
      html`<loket-provider api-base="/provided" bestuurseenheid="b-1">
        <loket-probe api-base="/own"></loket-probe>
      </loket-provider>`,
    );
    const probe = provider.querySelector('loket-probe')!;
    await probe.updateComplete;
    expect(probe.config.apiBase).to.equal('/own');
    expect(probe.config.bestuurseenheid).to.equal('b-1');
  });

  it('passes provider changes on to the widgets inside', async () => {
    const provider = await fixture<LoketProvider>(
      html`<loket-provider api-base="/one"><loket-probe></loket-probe></loket-provider>`,
    );
    const probe = provider.querySelector('loket-probe')!;
    provider.apiBase = '/two';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.config.apiBase).to.equal('/two');
  });

  it('has the configuration in place when the widgets inside connect, before any update', async () => {
    const seen: (string | undefined)[] = [];
    class EagerProbe extends LoketProbe {
      override connectedCallback() {
        super.connectedCallback();
        seen.push(this.config.apiBase);
      }
    }
    customElements.define('loket-eager-probe', EagerProbe);
    const container = document.createElement('div');
    container.innerHTML = '<loket-provider api-base="/eager"><loket-eager-probe></loket-eager-probe></loket-provider>';
    document.body.append(container);
    try {
      expect(seen).to.deep.equal(['/eager']);
    } finally {
      container.remove();
    }
  });

  it('answers widgets registered before the provider, once it upgrades', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<loket-late-provider api-base="/late"><loket-probe></loket-probe></loket-late-provider>';
    document.body.append(container);
    const probe = container.querySelector('loket-probe')!;
    await probe.updateComplete;
    expect(probe.config.apiBase).to.equal('');
    customElements.define('loket-late-provider', class extends LoketProvider {});
    await probe.updateComplete;
    expect(probe.config.apiBase).to.equal('/late');
    container.remove();
  });

  it('lets an inner provider refine an outer one', async () => {
    const outer = await fixture<LoketProvider>(
      html`<loket-provider api-base="/outer" bestuurseenheid="outer">
        <loket-provider bestuurseenheid="inner"><loket-probe></loket-probe></loket-provider>
      </loket-provider>`,
    );
    const probe = outer.querySelector('loket-probe')!;
    await probe.updateComplete;
    expect(probe.config.apiBase).to.equal('/outer');
    expect(probe.config.bestuurseenheid).to.equal('inner');
  });

  describe('per-app API roots', () => {
    it('defaults every app to api-base', async () => {
      const probe = await fixture<LoketProbe>(html`<loket-probe api-base="/loket-api"></loket-probe>`);
      for (const app of ['loket', 'mandates', 'subsidies', 'contact'] as const) {
        expect(probe.appClient(app).apiBase, app).to.equal('/loket-api');
      }
      expect(probe.appClient('loket')).to.equal(probe.sharedClient);
    });

    it('takes each root from attributes, the provider and configure(), strongest first', async () => {
      configure({ apiBase: '/loket-api', contactApiBase: '/contact-global' });
      const provider = await fixture<LoketProvider>(
        html`<loket-provider mandates-api-base="/lmb-provided" subsidies-api-base="/subsidiepunt-provided">
          <loket-probe subsidies-api-base="/subsidiepunt-own"></loket-probe>
        </loket-provider>`,
      );
      const probe = provider.querySelector('loket-probe')!;
      await probe.updateComplete;
      expect(probe.appClient('loket').apiBase).to.equal('/loket-api');
      expect(probe.appClient('mandates').apiBase).to.equal('/lmb-provided');
      expect(probe.appClient('subsidies').apiBase).to.equal('/subsidiepunt-own');
      expect(probe.appClient('contact').apiBase).to.equal('/contact-global');
    });

    it('gives each app its own client (and so its own session), shared by widgets configured alike', async () => {
      const [a, b] = [
        await fixture<LoketProbe>(html`<loket-probe api-base="/loket-api" mandates-api-base="/lmb-api"></loket-probe>`),
        await fixture<LoketProbe>(html`<loket-probe api-base="/loket-api" mandates-api-base="/lmb-api"></loket-probe>`),
      ];
      expect(a.appClient('mandates')).to.not.equal(a.appClient('loket'));
      expect(a.appClient('mandates')).to.equal(b.appClient('mandates'));
    });
  });
});
