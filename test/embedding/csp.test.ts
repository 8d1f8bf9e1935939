import { expect, waitUntil } from '@open-wc/testing';

type StrictWindow = Window & { __violations: string[]; __ready?: boolean };

async function openStrictPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = new URL('./strict-page.html', import.meta.url).href;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as StrictWindow | null)?.__ready === true, 'strict page did not start', { timeout: 60000 });
  return frame;
}

const shadowText = (frame: HTMLIFrameElement, tag: string) =>
  frame.contentDocument!.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('strict Content Security Policy with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  before(async function () {
    this.timeout(90000);
    frame = await openStrictPage();
  });
  after(() => frame?.remove());

  it('is really enforced on the test page (a string assigned to a script sink is refused and reported)', async () => {
    const win = frame.contentWindow as StrictWindow;
    const script = frame.contentDocument!.createElement('script');
    expect(() => (script.textContent = 'window.__inlineRan = true')).to.throw(/TrustedScript/);
    await waitUntil(() => win.__violations.length > 0, 'no violation reported');
    win.__violations.length = 0;
  });

  it('renders every widget with data and no violation', async function () {
    this.timeout(180000);
    const win = frame.contentWindow as StrictWindow;
    for (const tag of ['loket-service-finder', 'loket-dossier-list', 'loket-mandate-editor']) {
      await waitUntil(() => shadowText(frame, tag).length > 20, `${tag} rendered nothing`, { timeout: 60000 });
    }
    const bell = () => frame.contentDocument!.querySelector('loket-notification-bell')?.shadowRoot?.querySelector('button');
    await waitUntil(() => /Meldingen/.test(bell()?.getAttribute('aria-label') ?? bell()?.textContent ?? ''), 'the bell has no name', { timeout: 60000 });
    // Let the widgets finish loading (lazy chunks, data) before judging.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(win.__violations).to.deep.equal([]);
  });
});
