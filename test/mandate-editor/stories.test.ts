import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LoketMandateEditor } from '../../components/mandate-editor/mandate-editor.js';
import * as stories from '../../stories/mandate-editor.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as StoryLike;

/** What each story must end up showing, inside the editor's shadow root. */
const expected: Record<string, string> = {
  Default: 'table',
  College: 'table',
  PastLegislatureAll: 'table',
  NoAccess: '[part="no-access"]',
  ReadOnlyAttribute: 'table',
  Loading: '[role="status"]',
  EmptyBody: '.empty',
  LoadError: '[part="error"]',
  ValidationErrors: '[part="error-summary"]',
  NewPerson: '#e-rijksregisternummer',
  PublicationDraft: '#publication-dialog[open] input[name="publication"]',
  PublicationNietBekrachtigd: '#publication-dialog[open] #f-link',
  PublicationBekrachtigd: '#publication-dialog[open] [part="publication-lock"]',
  BekrachtigdNotInPlace: '#e-einde',
  SaveFailed: '#edit-dialog[open] p.alert[role="alert"]',
  DraftRestored: '#edit-dialog[open] [part="draft-notice"]',
  MergeConflict: '#conflict-dialog[open] [part="conflict-table"] input[name="merge-einde"]',
  French: 'table',
};

describe('mandate editor stories', () => {
  afterEach(() => localStorage.clear());

  it('has a check for every story', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [name, selector] of Object.entries(expected)) {
    it(`renders ${name} and passes axe`, async () => {
      const story = (stories as unknown as Record<string, StoryLike>)[name]!;
      const args = { ...meta.args, ...story.args };
      const render = story.render ?? meta.render!;
      const canvas = await fixture<HTMLDivElement>(html`<div>${render(args)}</div>`);
      await story.play?.({ canvasElement: canvas });
      const el = canvas.querySelector<LoketMandateEditor>('loket-mandate-editor')!;
      await waitUntil(() => el.shadowRoot!.querySelector(selector), `${name} never showed ${selector}`, { timeout: 8000 });
      await expect(el).to.be.accessible();
    });
  }
});
