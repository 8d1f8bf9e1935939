import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LoketNotificationBell } from '../../components/notification-bell/notification-bell.js';
import * as stories from '../../stories/notification-bell.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as StoryLike;
const patiently = { timeout: 8000 };

/** What each story must end up showing: the bell's accessible name, and inside its popover if open. */
const expected: Record<string, { label: RegExp; panel?: string }> = {
  Unread: { label: /^Meldingen, \d+ ongelezen$/ },
  Open: { label: /^Meldingen, \d+ ongelezen$/, panel: '[part="list"]' },
  Loading: { label: /^Meldingen, bezig met laden$/, panel: '.skeleton' },
  NothingNew: { label: /^Meldingen, geen ongelezen$/, panel: '[part="list"]' },
  Empty: { label: /^Meldingen, geen ongelezen$/, panel: '.note' },
  Many: { label: /^Meldingen, 99\+ ongelezen$/ },
  ServerError: { label: /^Meldingen, niet beschikbaar$/, panel: '[role="alert"] button' },
  Offline: { label: /^Meldingen, niet beschikbaar$/, panel: '[role="alert"] button' },
  SessionExpired: { label: /^Meldingen, niet beschikbaar$/, panel: '[role="alert"] button' },
  LiveUpdates: { label: /^Meldingen, \d+ ongelezen$/ },
  DesktopNotifications: { label: /^Meldingen, \d+ ongelezen$/, panel: '.foot' },
  English: { label: /^Notifications, \d+ unread$/, panel: '[part="list"]' },
};

describe('notification bell stories', () => {
  it('has a check for every story', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [name, { label, panel }] of Object.entries(expected)) {
    it(`renders ${name}`, async () => {
      const story = (stories as unknown as Record<string, StoryLike>)[name]!;
      const args = { ...meta.args, ...story.args };
      const render = story.render ?? meta.render!;
      const canvas = await fixture<HTMLDivElement>(html`<div>${render(args)}</div>`);
      await story.play?.({ canvasElement: canvas });
      const bell = canvas.querySelector<LoketNotificationBell>('loket-notification-bell')!;
      const button = () => bell.shadowRoot!.querySelector('button.bell');
      await waitUntil(() => label.test(button()?.getAttribute('aria-label') ?? ''), `${name}: name never matched ${label}`, patiently);
      if (panel) {
        await waitUntil(() => bell.shadowRoot!.querySelector(`[popover]:popover-open ${panel}`), `${name} never showed ${panel}`, patiently);
      }
      await expect(bell).to.be.accessible();
    });
  }
});
