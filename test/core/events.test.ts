import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './probe-element.js';
import type { LoketProbe } from './probe-element.js';

describe('loket-* events', () => {
  it('bubble out of a shadow root to the document, with their detail', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const probe = document.createElement('loket-probe') as LoketProbe;
    shadow.append(probe);
    let reachedOuterHost = false;
    outer.addEventListener('loket-probe', () => (reachedOuterHost = true));
    setTimeout(() => probe.fire(42));
    const event = await oneEvent(document, 'loket-probe');
    expect(event.detail).to.deep.equal({ value: 42 });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(reachedOuterHost).to.equal(true);
  });

  it('report cancellation of cancelable events to the widget', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    const stop = (event: Event) => event.preventDefault();
    document.addEventListener('loket-probe', stop);
    try {
      expect(probe.fire(1, true)).to.equal(false);
      expect(probe.fire(1, false)).to.equal(true);
    } finally {
      document.removeEventListener('loket-probe', stop);
    }
  });

  it('abort the connection signal when the widget leaves the page', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    const signal = probe.signal;
    expect(signal.aborted).to.equal(false);
    probe.remove();
    expect(signal.aborted).to.equal(true);
    document.body.append(probe);
    expect(probe.signal.aborted).to.equal(false);
    probe.remove();
  });
});
