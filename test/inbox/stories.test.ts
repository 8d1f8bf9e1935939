import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LoketInbox } from '../../components/inbox/inbox.js';
import * as stories from '../../stories/inbox.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as StoryLike;
const patiently = { timeout: 10000 };

/** What each story must end up showing, inside the inbox's shadow root. */
const expected: Record<string, string> = {
  Conversations: 'table[aria-busy="false"] tbody tr.unread',
  Loading: '.skeletons',
  Empty: '.empty',
  NoAccess: '[part="no-access"]',
  ServerError: '[role="alert"] button',
  Offline: '[role="alert"] button',
  SessionExpired: '[role="alert"] button',
  LongThread: '.thread .messages [part="message"]:nth-child(14)',
  ManyAttachments: '.thread [part="attachment"]:nth-child(9)',
  ReplyDeadline: '.thread .deadline-box button',
  Replying: 'form.reply input[type="file"]',
  SendFails: 'form.reply input[type="file"]',
  HostileData: 'table[aria-busy="false"] tbody tr',
  Narrow: 'table[aria-busy="false"] tbody tr',
  French: 'table[aria-busy="false"] tbody tr',
};

describe('inbox stories', function () {
  this.timeout(20000);

  it('has a check for every story', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [name, selector] of Object.entries(expected)) {
    it(`renders ${name}`, async () => {
      const story = (stories as unknown as Record<string, StoryLike>)[name]!;
      const args = { ...meta.args, ...story.args };
      const render = story.render ?? meta.render!;
      const canvas = await fixture<HTMLDivElement>(html`<div>${render(args)}</div>`);
      await story.play?.({ canvasElement: canvas });
      const inbox = canvas.querySelector<LoketInbox>('loket-inbox')!;
      await waitUntil(() => inbox.shadowRoot!.querySelector(selector), `${name} never showed ${selector}`, patiently);
      if (name === 'French') expect(inbox.shadowRoot!.querySelector('thead')!.textContent).to.contain('Objet');
      await expect(inbox).to.be.accessible();
    });
  }
});
