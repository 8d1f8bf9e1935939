import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFakeLoket, type FakeLoket, type LanguageString } from '../../fake-loket/index.js';
import { PATIENTLY, deepActiveElement, focusPath, mountWidgets, settled, shadowOf } from './page.js';

/** Presses Tab (or Shift+Tab) until `reached` holds for the focused element; fails after `limit` presses. */
async function tabUntil(reached: (active: Element | null) => boolean, what: string, limit = 250): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (reached(active)) return active!;
  }
  throw new Error(`Tab never reached ${what}; focus is at ${focusPath()}`);
}

const inside = (tag: string) => (active: Element | null) => (active?.getRootNode() as ShadowRoot | undefined)?.host?.tagName === tag.toUpperCase();

describe('a keyboard-only walk through a page with every widget', function () {
  this.timeout(120000);
  let loket: FakeLoket;
  let host: HTMLElement;
  let start: HTMLButtonElement;

  before(async function () {
    this.timeout(60000);
    loket = createFakeLoket({ size: { services: 12, dossiers: 8 } });
    host = await mountWidgets(loket, ['loket-notification-bell', 'loket-service-finder', 'loket-dossier-list', 'loket-mandate-editor']);
    await settled(host);
    // The walk starts where a keyboard user lands: at the top of the page.
    start = document.createElement('button');
    start.textContent = 'Naar de inhoud';
    host.before(start);
    start.focus();
  });
  after(() => {
    start.remove();
    host.remove();
  });

  it('opens the bell with Enter and closes it with Escape, focus back on the bell', async () => {
    const root = shadowOf(host, 'loket-notification-bell');
    const bellButton = root.querySelector('button.bell')!;
    await tabUntil((active) => active === bellButton, 'the bell');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[popover]:popover-open'), 'Enter did not open the popover', PATIENTLY);
    await waitUntil(() => inside('loket-notification-bell')(deepActiveElement()) && deepActiveElement() !== bellButton, 'focus did not move into the popover', PATIENTLY);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root.querySelector('[popover]:popover-open'), 'Escape did not close the popover', PATIENTLY);
    expect(focusPath()).to.equal('LOKET-PROVIDER > LOKET-NOTIFICATION-BELL > BUTTON'.replace('LOKET-PROVIDER > ', ''));
    expect(deepActiveElement() === bellButton, 'focus is not on the bell').to.equal(true);
  });

  it('types in the service finder and arrows down to a result', async () => {
    const root = shadowOf(host, 'loket-service-finder');
    const input = root.querySelector('input[type="search"]')!;
    await tabUntil((active) => active === input, 'the search field');
    const first = [...loket.store.get('public-services')!.values()][0]!;
    const word = (first.attributes['name'] as LanguageString[]).find((entry) => entry.language.startsWith('nl'))!.content.split(/\s+/)[0]!;
    await sendKeys({ type: word });
    await waitUntil(() => root.querySelector('.result'), `no result for "${word}"`, PATIENTLY);
    await sendKeys({ press: 'ArrowDown' });
    const active = deepActiveElement();
    expect(active?.closest('.result'), `ArrowDown left focus at ${focusPath()}`).to.not.equal(null);
    expect(focusPath()).to.match(/^LOKET-SERVICE-FINDER > (A|BUTTON)$/);
  });

  it('reaches a dossier and selects it with Enter', async () => {
    const root = shadowOf(host, 'loket-dossier-list');
    const selected: unknown[] = [];
    const cancel = (event: Event) => {
      event.preventDefault();
      selected.push((event as CustomEvent).detail);
    };
    host.addEventListener('loket-dossier-select', cancel);
    try {
      // The list is one tab stop (a grid with roving focus): Tab lands on a dossier's title cell.
      await tabUntil((active) => !!active && active.matches('.title[role="gridcell"]') && root.contains(active), 'a dossier row');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => selected.length === 1, 'Enter did not select the dossier', PATIENTLY);
      expect(location.href).to.not.match(/dossier/);
    } finally {
      host.removeEventListener('loket-dossier-select', cancel);
    }
  });

  it('reaches the mandate editor\'s add button, opens its dialog and closes it with Escape', async () => {
    const root = shadowOf(host, 'loket-mandate-editor');
    await waitUntil(() => root.querySelector('[part="add-button"]:not([disabled])'), 'no add button', PATIENTLY);
    const add = root.querySelector('[part="add-button"]')!;
    await tabUntil((active) => active === add, 'the add button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('dialog[open]'), 'Enter did not open the dialog', PATIENTLY);
    await waitUntil(() => root.querySelector('dialog[open]')!.contains(deepActiveElement()), 'focus is not in the dialog', PATIENTLY);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root.querySelector('dialog[open]'), 'Escape did not close the dialog', PATIENTLY);
    await waitUntil(() => deepActiveElement() === root.querySelector('[part="add-button"]'), `focus did not return to the add button: ${focusPath()}`, PATIENTLY);
  });
});
