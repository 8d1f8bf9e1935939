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
    for (const tag of ['loket-service-finder', 'loket-dossier-list', 'loket-mandate-editor', 'loket-inbox']) {
      await waitUntil(() => shadowText(frame, tag).length > 20, `${tag} rendered nothing`, { timeout: 60000 });
    }
    const bell = () => frame.contentDocument!.querySelector('loket-notification-bell')?.shadowRoot?.querySelector('button');
    await waitUntil(() => /Meldingen/.test(bell()?.getAttribute('aria-label') ?? bell()?.textContent ?? ''), 'the bell has no name', { timeout: 60000 });
    // Let the widgets finish loading (lazy chunks, data) before judging.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(win.__violations).to.deep.equal([]);
  });

  it('keeps working without violations when the user expands a description and opens the bell', async function () {
    this.timeout(120000);
    const win = frame.contentWindow as StrictWindow;
    const finder = frame.contentDocument!.querySelector('loket-service-finder')!.shadowRoot!;
    // The expanded description is catalogue HTML, sanitised and inserted as DOM nodes.
    finder.querySelector<HTMLElement>('.result [data-action="toggle"]')!.click();
    await waitUntil(() => finder.querySelector('.result .details:not([hidden]) .rich-text, .result .details:not([hidden]) h4'), 'details never showed', { timeout: 60000 });
    const bellHost = frame.contentDocument!.querySelector('loket-notification-bell')! as HTMLElement & { show(): Promise<void> };
    await bellHost.show();
    await waitUntil(() => bellHost.shadowRoot!.querySelector('[popover]:popover-open [part="list"]'), 'the popover never listed anything', { timeout: 60000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.__violations).to.deep.equal([]);
  });

  it('keeps working without violations when the user opens a conversation in the inbox and starts a reply', async function () {
    this.timeout(120000);
    const win = frame.contentWindow as StrictWindow;
    const inbox = frame.contentDocument!.querySelector('loket-inbox')!.shadowRoot!;
    await waitUntil(() => inbox.querySelector('tbody button.conversation'), 'the inbox listed nothing', { timeout: 60000 });
    inbox.querySelector<HTMLButtonElement>('tbody button.conversation')!.click();
    // The thread is a chunk with its own styles, added to the shadow root when it loads.
    await waitUntil(() => inbox.querySelector('.thread [part="message"]'), 'the thread never showed', { timeout: 60000 });
    inbox.querySelector<HTMLButtonElement>('.reply-open')!.click();
    await waitUntil(() => inbox.querySelector('form.reply input[type="file"]'), 'no reply form', { timeout: 60000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(win.__violations).to.deep.equal([]);
  });
});
