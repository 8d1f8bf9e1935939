import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';
import { LoketElement } from '../../src/base-element.js';
import { defineElement } from '../../src/define.js';
import { lazyCatalog, loadLanguage, translate } from '../../src/i18n/translate.js';

let loads = 0;
const lazyMessages = lazyCatalog(
  { title: 'Hallo' },
  {
    fr: () => {
      loads++;
      return import('./lazy/probe.fr.js');
    },
    de: () => Promise.reject(new Error('chunk failed')),
  },
);

class LazyProbe extends LoketElement {
  static override catalogs = [lazyMessages];
  static override styles = css``;
  protected override render() {
    return litHtml`<p>${this.msgFrom(lazyMessages, 'title')}</p>`;
  }
}
defineElement('loket-lazy-probe', LazyProbe);

describe('lazy language packs', () => {
  it('render Dutch without loading anything', async () => {
    const before = loads;
    const el = await fixture<LazyProbe>(html`<loket-lazy-probe lang="nl"></loket-lazy-probe>`);
    expect(el.shadowRoot!.textContent).to.contain('Hallo');
    expect(loads).to.equal(before);
  });

  it('load a language before the first render in it, once', async () => {
    const el = await fixture<LazyProbe>(html`<loket-lazy-probe lang="fr"></loket-lazy-probe>`);
    expect(el.shadowRoot!.textContent).to.contain('Bonjour (chargé à la demande)');
    await fixture<LazyProbe>(html`<loket-lazy-probe lang="fr"></loket-lazy-probe>`);
    expect(loads).to.equal(1);
  });

  it('fall back to Dutch when a pack cannot be loaded', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      await loadLanguage(lazyMessages, 'de');
    } finally {
      console.warn = warn;
    }
    expect(translate(lazyMessages, 'de', 'title')).to.equal('Hallo');
  });
});
