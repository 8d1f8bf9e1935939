import { expect, fixture, html } from '@open-wc/testing';
import './probe-element.js';
import type { LoketProbe } from './probe-element.js';
import { badgeStyles, baseStyles, inputStyles, sharedStyles, skeletonStyles } from '../../src/theme.js';

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

describe('style pieces', () => {
  it('keep the pieces apart, so a widget can carry only what it renders', () => {
    expect(baseStyles.cssText).to.include('.alert').and.include('.visually-hidden').and.include('button');
    expect(baseStyles.cssText).not.to.include('.badge');
    expect(baseStyles.cssText).not.to.include('.skeleton');
    expect(baseStyles.cssText).not.to.match(/\binput\b/);
  });

  it('add up to sharedStyles', () => {
    for (const piece of [baseStyles, inputStyles, badgeStyles, skeletonStyles]) {
      expect(sharedStyles.cssText).to.include(piece.cssText);
    }
  });

  it('style inputs and badges in a widget that uses sharedStyles', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    const root = probe.shadowRoot!;
    root.append(document.createElement('input'), Object.assign(document.createElement('span'), { className: 'badge' }));
    expect(getComputedStyle(root.querySelector('input')!).borderTopColor).to.equal('rgb(104, 116, 131)');
    expect(getComputedStyle(root.querySelector('.badge')!).borderRadius).to.equal('999px');
  });
});
