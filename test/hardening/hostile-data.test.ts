import { expect, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { makeHostile } from '../../fake-loket/hostile.js';
import { PATIENTLY, TAGS, allRoots, mountWidgets, settled, shadowOf, shadowText, type WidgetTag } from './page.js';

type XssWindow = Window & { __xss?: boolean };

/** Elements a payload would create, in a widget's shadow roots: none may exist. */
const INJECTED = '[data-xss], script, iframe, frame, object, embed, base, meta, img[onerror], svg[onload]';

function injected(root: ShadowRoot): string[] {
  return allRoots(root).flatMap((each) => [
    ...[...each.querySelectorAll(INJECTED)].map((element) => element.outerHTML.slice(0, 120)),
    ...[...each.querySelectorAll('*')]
      .filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name)))
      .map((element) => element.outerHTML.slice(0, 120)),
  ]);
}

function nonHttpLinks(root: ShadowRoot): string[] {
  return allRoots(root)
    .flatMap((each) => [...each.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')])
    .filter((anchor) => anchor.protocol !== 'http:' && anchor.protocol !== 'https:')
    .map((anchor) => anchor.getAttribute('href') ?? '');
}

describe('hostile data in every text field, all widgets on one page', function () {
  this.timeout(60000);
  let loket: FakeLoket;
  let host: HTMLElement;
  const errorEvents: string[] = [];
  const onLoketError = (event: Event) => errorEvents.push((event.target as Element).tagName);

  before(async function () {
    this.timeout(60000);
    delete (window as XssWindow).__xss;
    loket = createFakeLoket({ size: { services: 60, dossiers: 60 } });
    makeHostile(loket);
    document.addEventListener('loket-error', onLoketError);
    host = await mountWidgets(loket);
    await settled(host);
  });
  after(() => {
    document.removeEventListener('loket-error', onLoketError);
    host.remove();
  });

  const assertClean = (tag: WidgetTag) => {
    const root = shadowOf(host, tag);
    expect((window as XssWindow).__xss, `a payload ran (${tag})`).to.equal(undefined);
    expect(injected(root), `markup injected in ${tag}`).to.deep.equal([]);
    expect(nonHttpLinks(root), `non-http links in ${tag}`).to.deep.equal([]);
  };

  it('loads every widget without an error (the hostile store is still valid data)', () => {
    expect(errorEvents).to.deep.equal([]);
    for (const tag of TAGS) expect(shadowOf(host, tag).querySelector('[role="alert"]'), `${tag} shows an error`).to.equal(null);
  });

  it('the service finder shows payloads as text after a search and an expanded result', async () => {
    const finder = host.querySelector('loket-service-finder')!;
    const root = shadowOf(host, 'loket-service-finder');
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'onerror';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // Server mode: the list is replaced once the Loket's search answers (it is busy until then).
    await waitUntil(() => root.querySelector('.result') && !root.querySelector('[aria-busy="true"]'), 'no result for a payload word', PATIENTLY);
    root.querySelector<HTMLElement>('.result [data-action="toggle"]')!.click();
    await finder.updateComplete;
    await waitUntil(() => root.querySelector('.result .details:not([hidden]) .rich-text, .result .details:not([hidden]) h4'), 'details never showed', PATIENTLY);
    // Sanitised HTML arrives after a lazy import: give it its turn before judging.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadowText(root)).to.match(/<img src=x onerror|<script|<svg onload|<iframe|<a href=/);
    assertClean('loket-service-finder');
  });

  it('the dossier list shows payloads as text and its row opens without running one', async () => {
    const root = shadowOf(host, 'loket-dossier-list');
    expect(shadowText(root)).to.match(/<img src=x onerror|<script|<svg onload|<iframe|<a href=/);
    const selected: unknown[] = [];
    const cancel = (event: Event) => {
      event.preventDefault();
      selected.push((event as CustomEvent).detail);
    };
    host.addEventListener('loket-dossier-select', cancel);
    root.querySelector<HTMLElement>('[part="row"] [part="link"]')!.click();
    host.removeEventListener('loket-dossier-select', cancel);
    expect(selected).to.have.length(1);
    assertClean('loket-dossier-list');
  });

  it('the notification bell shows payloads as text in its open popover', async () => {
    const bell = host.querySelector('loket-notification-bell')!;
    const root = shadowOf(host, 'loket-notification-bell');
    root.querySelector<HTMLButtonElement>('button.bell')!.click();
    await waitUntil(() => root.querySelector('[popover]:popover-open') && shadowText(root).includes('<'), 'the popover shows no conversations', PATIENTLY);
    expect(shadowText(root)).to.match(/<img src=x onerror|<script|<svg onload|<iframe|<a href=/);
    assertClean('loket-notification-bell');
    bell.hide();
  });

  it('the mandate editor shows payloads as text in its table and its add dialog', async () => {
    const root = shadowOf(host, 'loket-mandate-editor');
    expect(shadowText(root)).to.match(/<img src=x onerror|<script|<svg onload|<iframe|<a href=/);
    await waitUntil(() => root.querySelector<HTMLButtonElement>('[part="add-button"]:not([disabled])'), 'no add button', PATIENTLY);
    root.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog[open] form'), 'the add dialog never opened', PATIENTLY);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assertClean('loket-mandate-editor');
    root.querySelector<HTMLDialogElement>('dialog[open]')!.close();
  });

  it('no payload ran anywhere and the host page got no injected nodes', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((window as XssWindow).__xss).to.equal(undefined);
    expect(document.querySelectorAll('[data-xss]').length).to.equal(0);
    for (const tag of TAGS) assertClean(tag);
  });
});
