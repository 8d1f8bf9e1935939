import { expect, waitUntil } from '@open-wc/testing';
import { ALL_ROLES } from '../../fake-loket/index.js';
import type { LoketBestuurProfile } from '../../components/bestuur-profile/bestuur-profile.js';
import { PATIENTLY, fakeLoket, fieldValue, profileFixture, root, section, settled, text } from './helpers.js';

const columns = (el: LoketBestuurProfile) => getComputedStyle(root(el).querySelector('.sections')!).gridTemplateColumns.split(' ').length;
const fieldColumns = (el: LoketBestuurProfile) => getComputedStyle(root(el).querySelector('[data-field="naam"]')!).gridTemplateColumns.split(' ').length;

/** Every CSS rule of the shadow root, as text. */
function rules(el: LoketBestuurProfile): string {
  const sheets = [...root(el).adoptedStyleSheets];
  return sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
}

describe('<loket-bestuur-profile> layout, accessibility, languages', function () {
  this.timeout(30000);
  beforeEach(() => localStorage.clear());

  it('is compact in a sidebar (one column, labels above values) and full in a wide container', async () => {
    const narrow = await profileFixture({ width: 320 });
    await settled(narrow.el);
    expect(columns(narrow.el)).to.equal(1);
    expect(fieldColumns(narrow.el)).to.equal(1);
    const wide = await profileFixture({ width: 1000 });
    await settled(wide.el);
    expect(columns(wide.el)).to.equal(2);
    expect(fieldColumns(wide.el)).to.equal(2);
    // The container, not the viewport, decides: the same page, a wider box.
    (narrow.el.parentElement as HTMLElement).style.width = '900px';
    await waitUntil(() => columns(narrow.el) === 2, 'did not follow its container', PATIENTLY);
  });

  it('has print styles that drop the controls', async () => {
    const { el } = await profileFixture();
    await settled(el);
    expect(rules(el)).to.match(/@media print\s*\{[^]*button[^]*display: none !important/);
  });

  it('passes axe: full, compact, with every no-access state, and with the forms open', async () => {
    const full = await profileFixture({ mandates: true });
    await settled(full.el);
    await expect(full.el).to.be.accessible();

    const compact = await profileFixture({ width: 320 });
    await settled(compact.el);
    await expect(compact.el).to.be.accessible();

    const none = await profileFixture({ loket: fakeLoket({ session: { roles: ['LoketLB-toezichtGebruiker'] } }), mandates: true });
    await settled(none.el);
    expect(root(none.el).querySelectorAll('[part="no-access"]').length).to.equal(4);
    await expect(none.el).to.be.accessible();

    const { el } = full;
    section(el, 'preference').querySelector<HTMLButtonElement>('[part="edit-preference"]')!.click();
    await waitUntil(() => root(el).querySelector('[part="preference-form"]'), 'no preference form', PATIENTLY);
    root(el).querySelector<HTMLButtonElement>('[data-field="naam"] [part="correction-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part="correction-form"]'), 'no correction form', PATIENTLY);
    (root(el).querySelector('[part="correction-form"]') as HTMLFormElement).requestSubmit();
    await waitUntil(() => root(el).querySelector('#correction-error'), 'no validation message', PATIENTLY);
    await expect(el).to.be.accessible();
  });

  it('passes axe with errors in its sections', async () => {
    const loket = fakeLoket();
    loket.addFault({ app: 'loket', path: '/bestuursorganen', fault: { kind: 'status', status: 500 } });
    loket.addFault({ app: 'contactgegevens', path: '/sites', fault: { kind: 'drop' } });
    const { el } = await profileFixture({ loket });
    await settled(el);
    expect(root(el).querySelectorAll('[part="error"]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('gives headings one level below its title, from heading-level', async () => {
    const { el } = await profileFixture();
    el.headingLevel = 3;
    await settled(el);
    expect(root(el).querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect([...root(el).querySelectorAll('.section > [role="heading"]')].map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4', '4']);
    for (const name of ['core', 'contact', 'bodies', 'preference'] as const) {
      expect(section(el, name).getAttribute('aria-labelledby'), name).to.equal(`profile-${name}`);
    }
  });

  it('is operable from the keyboard: Enter on a correction button opens the form with focus in it, Escape returns', async () => {
    const { el } = await profileFixture();
    await settled(el);
    const correct = root(el).querySelector<HTMLButtonElement>('[data-field="classificatie"] [part="correction-button"]')!;
    correct.focus();
    expect(root(el).activeElement).to.equal(correct);
    // A native button: Enter and Space activate it as a click.
    correct.click();
    await waitUntil(() => root(el).activeElement?.id === 'correction-proposed', 'focus did not move into the form', PATIENTLY);
    root(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement === root(el).querySelector('[data-field="classificatie"] [part="correction-button"]'), 'focus did not return', PATIENTLY);
    // Everything that acts is a button, a link or a form control: reachable with Tab.
    const interactive = [...root(el).querySelectorAll('button, a[href], input, textarea')];
    expect(interactive.every((element) => (element as HTMLElement).tabIndex >= 0)).to.equal(true);
  });

  for (const [lang, title, kbo, noAccess] of [
    ['fr', 'Données de base', 'Numéro BCE', "Vous n'avez pas accès aux"],
    ['de', 'Stammdaten', 'ZDU-Nummer', 'Sie haben keinen Zugriff auf'],
    ['en', 'Core data', 'Enterprise number (KBO)', 'You have no access to'],
  ] as const) {
    it(`speaks ${lang}: sections, fields, sources, no access, dates`, async () => {
      const loket = fakeLoket({ session: { roles: ALL_ROLES.filter((role) => role !== 'LoketLB-berichtenGebruiker') } });
      const { el } = await profileFixture({ loket, lang });
      await settled(el);
      await waitUntil(() => text(section(el, 'core').querySelector('[role="heading"]')) === title, `no ${lang} heading`, PATIENTLY);
      expect(text(root(el).querySelector('[data-field="kbo"] dt'))).to.equal(kbo);
      expect(text(section(el, 'preference').querySelector('[part="no-access"]'))).to.contain(noAccess.replace(' aux', ''));
      await waitUntil(() => !text(section(el, 'contact')).includes('Primair contact'), `${lang} contact texts never loaded`, PATIENTLY);
      expect(text(section(el, 'bodies'))).to.not.contain('januari');
      expect(fieldValue(el, 'naam'), 'data stays as it is').to.equal('Gemeente Aalst');
    });
  }

  it('follows a language change after loading, contact section included', async () => {
    const { el } = await profileFixture();
    await settled(el);
    expect(text(section(el, 'contact'))).to.contain('Primair contact');
    el.parentElement!.setAttribute('lang', 'de');
    await waitUntil(() => text(section(el, 'contact')).includes('Hauptkontakt'), 'the contact section stayed Dutch', PATIENTLY);
    expect(text(section(el, 'core').querySelector('[role="heading"]'))).to.equal('Stammdaten');
    // The sections' own texts (the view chunk's catalog) follow in the same render.
    expect(text(root(el).querySelector('[data-field="kbo"] dt'))).to.equal('ZDU-Nummer');
  });
});
