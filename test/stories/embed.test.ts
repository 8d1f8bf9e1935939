import { expect, fixture, html } from '@open-wc/testing';
import '../../stories/support/embed-builder.js';
import type { LoketEmbedBuilder } from '../../stories/support/embed-builder.js';

const root = (el: LoketEmbedBuilder) => el.shadowRoot!;

// The shape of custom-elements.json, as the analyzer writes it.
const manifest = {
  modules: [
    { declarations: [{ tagName: 'loket-provider', attributes: [{ name: 'api-base' }] }] },
    { declarations: [{ tagName: 'loket-service-finder', attributes: [{ name: 'sync-url', type: { text: 'boolean' } }, { name: 'target', description: 'Where links open' }, { name: 'api-base' }] }] },
    { declarations: [{ tagName: 'loket-dossier-list', attributes: [{ name: 'dossier-url' }] }] },
    { declarations: [{ tagName: 'loket-notification-bell', attributes: [{ name: 'inbox-url' }] }] },
    { declarations: [{ tagName: 'loket-mandate-editor', attributes: [{ name: 'readonly', type: { text: 'boolean' } }] }] },
  ],
};

describe('Storybook embed builder', () => {
  it('offers every widget and builds a snippet from the chosen attributes', async () => {
    const el = await fixture<LoketEmbedBuilder>(html`<loket-embed-builder .manifest=${manifest}></loket-embed-builder>`);
    const select = root(el).querySelector('select')!;
    const options = [...select.options].map((option) => option.value);
    expect(options).to.deep.equal(['loket-dossier-list', 'loket-mandate-editor', 'loket-notification-bell', 'loket-service-finder']);
    expect(options).not.to.include('loket-provider');
    select.value = 'loket-service-finder';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const syncUrl = [...root(el).querySelectorAll('label')].find((label) => label.textContent!.includes('sync-url'))!.querySelector('input')!;
    syncUrl.click();
    await el.updateComplete;
    expect(el.snippet).to.contain('<script type="module" src=');
    expect(el.snippet).to.match(/<loket-service-finder\n {2}api-base="https:\/\/loket\.lokaalbestuur\.vlaanderen\.be"\n {2}sync-url\n><\/loket-service-finder>/);
    expect(root(el).querySelector('pre')!.textContent).to.equal(el.snippet);
  });

  it('escapes what the webmaster types into attribute values', async () => {
    const el = await fixture<LoketEmbedBuilder>(html`<loket-embed-builder .manifest=${manifest}></loket-embed-builder>`);
    const apiBase = [...root(el).querySelectorAll('label')].find((label) => label.textContent!.startsWith('api-base'))!.querySelector('input')!;
    apiBase.value = '/api" onload="x';
    apiBase.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.snippet).to.contain('api-base="/api&quot; onload=&quot;x"');
    await expect(el).to.be.accessible();
  });
});
