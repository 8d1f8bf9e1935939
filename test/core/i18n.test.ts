import { expect, fixture, html } from '@open-wc/testing';
import { normalizeLang, resolveLang } from '../../src/i18n/lang.js';
import { translate } from '../../src/i18n/translate.js';
import { formatDate, formatRelative } from '../../src/i18n/format.js';
import { probeMessages, type LoketProbe } from './probe-element.js';
import './probe-element.js';

const text = (probe: LoketProbe, selector: string) => probe.shadowRoot!.querySelector(selector)!.textContent!.trim();

describe('i18n', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('normalises language tags to the shipped languages', () => {
    expect(normalizeLang('nl-BE')).to.equal('nl');
    expect(normalizeLang('FR')).to.equal('fr');
    expect(normalizeLang('de_BE')).to.equal('de');
    expect(normalizeLang('nl-be-x-formal')).to.equal('nl');
    expect(normalizeLang('es')).to.equal(undefined);
    expect(normalizeLang('')).to.equal(undefined);
  });

  it('renders Dutch by default', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    expect(text(probe, '.greeting')).to.equal('Welkom');
    expect(text(probe, 'button')).to.equal('Opnieuw proberen');
  });

  it('follows the nearest [lang], across shadow roots, then <html lang>', async () => {
    document.documentElement.lang = 'de';
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><section></section></div>`);
    const host = document.createElement('div');
    wrapper.querySelector('section')!.append(host);
    const probe = document.createElement('loket-probe') as LoketProbe;
    host.attachShadow({ mode: 'open' }).append(probe);
    expect(resolveLang(probe)).to.equal('fr');
    const loose = await fixture<LoketProbe>(html`<loket-probe></loket-probe>`);
    expect(text(loose, '.greeting')).to.equal('Willkommen');
  });

  it('re-renders when the lang attribute changes, on an ancestor or on <html>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><loket-probe></loket-probe></div>`);
    const probe = wrapper.querySelector('loket-probe')!;
    expect(text(probe, '.greeting')).to.equal('Welkom');
    wrapper.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe, '.greeting')).to.equal('Bienvenue');
    expect(text(probe, 'button')).to.equal('Réessayer');
    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe, '.greeting')).to.equal('Welcome');
  });

  it('falls back to Dutch per missing key and for unsupported languages', async () => {
    const probe = await fixture<LoketProbe>(html`<loket-probe lang="en"></loket-probe>`);
    expect(text(probe, '.items')).to.equal('Geen dossiers');
    const spanish = await fixture<LoketProbe>(html`<loket-probe lang="es"></loket-probe>`);
    expect(text(spanish, '.greeting')).to.equal('Welkom');
  });

  it('chooses plural forms and formats numbers per language', () => {
    expect(translate(probeMessages, 'nl', 'items', { count: 0 })).to.equal('Geen dossiers');
    expect(translate(probeMessages, 'nl', 'items', { count: 1 })).to.equal('1 dossier');
    expect(translate(probeMessages, 'nl', 'items', { count: 12000 })).to.equal('12.000 dossiers');
    expect(translate(probeMessages, 'de', 'items', { count: 2 })).to.equal('2 Akten');
    expect(translate(probeMessages, 'fr', 'items', { count: 1 })).to.equal('1 dossier');
  });

  it('formats dates and relative times for the language', () => {
    const date = new Date(2026, 10, 28, 12);
    expect(formatDate('nl', date)).to.equal('28 november 2026');
    expect(formatDate('fr', date)).to.equal('28 novembre 2026');
    expect(formatRelative('nl', new Date(2026, 10, 25, 12), date)).to.equal('3 dagen geleden');
    expect(formatRelative('en', new Date(2026, 10, 27, 12), date)).to.equal('yesterday');
    expect(formatDate('nl', new Date('not a date'))).to.equal('');
  });
});
