import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LoketBestuurProfile } from '../../components/bestuur-profile/bestuur-profile.js';
import * as stories from '../../stories/bestuur-profile.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as StoryLike;

/** What each story must end up showing, inside the profile's shadow root. */
const expected: Record<string, string> = {
  Full: '[part="count"]',
  Compact: '[part="site"]',
  LoketContactPoints: '[part="site"]',
  Loading: '[part="loading"]',
  EmptyContacts: '[part~="contact"] [part="empty"]',
  EmptyBodies: '[part~="bodies"] [part="empty"]',
  SectionError: '[part~="bodies"] [part="error"]',
  ContactAppOffline: '[part~="contact"] [part="error"]',
  NoAccess: '[part~="preference"] [part="no-access"]',
  NoBerichtenRole: '[part~="preference"] [part="no-access"]',
  OtherBestuur: '[part~="contact"] [part="no-access"]',
  EditPreference: '[part="preference-form"]',
  ReportWrongData: '[part="correction-form"]',
  ManyBodies: '[part="body"]:nth-child(30)',
  Francais: '[part="site"]',
};

describe('bestuur profile stories', function () {
  this.timeout(40000);
  afterEach(() => localStorage.clear());

  it('has a check for every story, including loading, empty, error and many items', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [name, selector] of Object.entries(expected)) {
    it(`renders ${name} and passes axe`, async () => {
      const story = (stories as unknown as Record<string, StoryLike>)[name]!;
      const args = { ...meta.args, ...story.args };
      const canvas = await fixture<HTMLDivElement>(html`<div>${(story.render ?? meta.render!)(args)}</div>`);
      await story.play?.({ canvasElement: canvas });
      const el = canvas.querySelector<LoketBestuurProfile>('loket-bestuur-profile')!;
      await waitUntil(() => el.shadowRoot?.querySelector(selector), `${name} never showed ${selector}`, { timeout: 20000 });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
