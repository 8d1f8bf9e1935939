import { expect, waitUntil } from '@open-wc/testing';
import { createFakeLoket, type FakeLoket } from '../../fake-loket/index.js';
import { PATIENTLY, TAGS, allRoots, mountWidgets, settled, shadowOf, type WidgetTag } from './page.js';

/**
 * What hosts like appuniversum and CMS themes do to the page the widgets land in, one rule at a
 * time, so that a failure names its cause.
 */
const HOSTILE_RULES: Record<string, string> = {
  'root font-size 62.5%': 'html { font-size: 62.5%; }',
  'global resets (all: unset on buttons, inputs, lists, tables, dialogs, links)':
    'button, input, select, textarea, ul, ol, li, table, dialog, a { all: unset; }',
  'body line-height 1 and a small body font': 'body { line-height: 1; font-size: 12px; }',
  'content-box everywhere': '*, *::before, *::after { box-sizing: content-box; }',
  'a max z-index fixed header': 'header.hostile-header { position: fixed; inset: 0 0 auto 0; height: 100vh; z-index: 2147483647; background: #222; }',
};
/**
 * Sizes and font sizes of the pieces that matter, in document order. The bell's popover itself is
 * left out: its height follows the room around the bell; its width is checked on its own.
 */
const MEASURED = 'button, input, select, h2, h3, th, td, [part="row"], [part="result"], [part="badge"], [part="item"], .summary, label';

interface Metric {
  what: string;
  width: number;
  height: number;
  fontSize: string;
}

function measure(root: ShadowRoot): Metric[] {
  return allRoots(root)
    .flatMap((each) => [...each.querySelectorAll<HTMLElement>(MEASURED)])
    .filter((element) => element.getClientRects().length > 0)
    .slice(0, 60)
    .map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        what: `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`,
        width: Math.round(rect.width),
        height: Math.round(rect.height),
        fontSize: getComputedStyle(element).fontSize,
      };
    });
}

function differences(plain: Metric[], hostile: Metric[]): string[] {
  const found: string[] = [];
  if (plain.length !== hostile.length) found.push(`${plain.length} measured pieces became ${hostile.length}`);
  plain.forEach((metric, index) => {
    const other = hostile[index];
    if (!other) return;
    if (Math.abs(metric.width - other.width) > 1 || Math.abs(metric.height - other.height) > 1 || metric.fontSize !== other.fontSize) {
      found.push(`${metric.what}: ${metric.width}x${metric.height} ${metric.fontSize} -> ${other.what} ${other.width}x${other.height} ${other.fontSize}`);
    }
  });
  return found;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function openBell(host: HTMLElement): Promise<HTMLElement> {
  const root = shadowOf(host, 'loket-notification-bell');
  if (!root.querySelector('[popover]:popover-open')) root.querySelector<HTMLButtonElement>('button.bell')!.click();
  await waitUntil(() => root.querySelector('[popover]:popover-open [part="list"]'), 'the bell popover did not open', PATIENTLY);
  await nextFrame();
  return root.querySelector<HTMLElement>('[popover]')!;
}

async function measureAll(host: HTMLElement): Promise<Map<WidgetTag, Metric[]>> {
  const popover = await openBell(host);
  const metrics = new Map(TAGS.map((tag) => [tag, measure(shadowOf(host, tag))]));
  popover.hidePopover();
  return metrics;
}

describe('a hostile host page', function () {
  this.timeout(60000);
  let loket: FakeLoket;
  let host: HTMLElement;
  let style: HTMLStyleElement;
  let header: HTMLElement;
  let plain: Map<WidgetTag, Metric[]>;
  let plainPopoverWidth: number;

  before(async function () {
    this.timeout(60000);
    loket = createFakeLoket({ size: { services: 20, dossiers: 20 } });
    host = await mountWidgets(loket);
    host.style.width = '1000px';
    await settled(host);
    // The editor's editing controls load lazily after its table: measure once they are there.
    await waitUntil(() => shadowOf(host, 'loket-mandate-editor').querySelector('[part="add-button"]:not([disabled])'), 'no add button', PATIENTLY);
    plain = await measureAll(host);
    plainPopoverWidth = Math.round((await openBell(host)).getBoundingClientRect().width);
    shadowOf(host, 'loket-notification-bell').querySelector<HTMLElement>('[popover]')!.hidePopover();
    style = document.createElement('style');
    document.head.append(style);
    header = document.createElement('header');
    header.className = 'hostile-header';
    header.textContent = 'Gemeente Hostilo';
    document.body.prepend(header);
  });
  afterEach(() => {
    style.textContent = '';
  });
  after(() => {
    style.remove();
    header.remove();
    host.remove();
  });

  for (const [name, css] of Object.entries(HOSTILE_RULES)) {
    it(`${name}: every widget keeps its font sizes and the sizes it has on a plain page`, async () => {
      style.textContent = css;
      await nextFrame();
      const hostile = await measureAll(host);
      for (const tag of TAGS) {
        expect(getComputedStyle(host.querySelector(tag)!).fontSize, `${tag} font size`).to.equal('16px');
        expect(hostile.get(tag)!.length, `nothing measured in ${tag}`).to.be.greaterThan(3);
        expect(differences(plain.get(tag)!, hostile.get(tag)!), tag).to.deep.equal([]);
      }
    });
  }

  it('the rules really reach the host page itself', () => {
    style.textContent = Object.values(HOSTILE_RULES).join('\n');
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
    const probe = document.createElement('button');
    document.body.append(probe);
    expect(getComputedStyle(probe).display).to.equal('inline');
    probe.remove();
    expect(getComputedStyle(header).zIndex).to.equal('2147483647');
  });

  it('all rules at once: the bell popover is on top of the max z-index header (top layer) and not clipped', async () => {
    style.textContent = Object.values(HOSTILE_RULES).join('\n');
    await nextFrame();
    const popover = await openBell(host);
    const rect = popover.getBoundingClientRect();
    expect(Math.round(rect.width)).to.equal(plainPopoverWidth);
    expect(rect.top).to.be.at.least(0);
    expect(rect.left).to.be.at.least(0);
    expect(rect.bottom).to.be.at.most(innerHeight);
    expect(rect.right).to.be.at.most(innerWidth);
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 40));
    expect(hit?.tagName).to.equal('LOKET-NOTIFICATION-BELL');
    popover.hidePopover();
  });
});
