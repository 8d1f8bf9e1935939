import { expect, fixture, html } from '@open-wc/testing';
import './probe-element.js';
import type { LoketProbe } from './probe-element.js';

const button = (probe: LoketProbe) => probe.shadowRoot!.querySelector('button')!;

describe('theme tokens', () => {
  it('default to the Flemish government palette', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    const style = getComputedStyle(button(probe));
    expect(style.backgroundColor).to.equal('rgb(0, 85, 204)');
    expect(getComputedStyle(probe).color).to.equal('rgb(51, 51, 50)');
  });

  it('follow --loket-* custom properties set by the host page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--loket-color-action: rgb(200, 0, 100); --loket-font-size: 20px"><loket-probe></loket-probe></div>`,
    );
    const probe = wrapper.querySelector('loket-probe')!;
    expect(getComputedStyle(button(probe)).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(probe).fontSize).to.equal('20px');
  });

  it('keep their pixel sizes when the host shrinks the root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
      expect(getComputedStyle(probe).fontSize).to.equal('16px');
      expect(parseFloat(getComputedStyle(button(probe)).minHeight)).to.equal(36);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
