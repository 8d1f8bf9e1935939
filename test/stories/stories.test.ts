// Every story of the service finder renders, settles and passes axe (which includes the WCAG 2.1
// A/AA rules). The other widgets check their stories in their own folders, with what each story
// must show.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LitElement } from 'lit';
import * as finderStories from '../../stories/service-finder.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const files: [string, string, Record<string, unknown>][] = [
  ['service finder', 'loket-service-finder', finderStories],
];

for (const [title, tag, module] of files) {
  const meta = module['default'] as StoryLike;
  const names = Object.keys(module).filter((name) => name !== 'default');

  describe(`${title} stories`, () => {
    it('exist for the loading, empty, error and many-items states', () => {
      const all = names.join(' ');
      for (const state of [/Loading/, /Empty/, /Error|Offline|Malformed/, /Many/]) expect(all).to.match(state);
    });

    for (const name of names) {
      it(`${name} renders and passes axe`, async function () {
        this.timeout(30000);
        const story = module[name] as StoryLike;
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        const canvas = await fixture<HTMLDivElement>(html`<div>${render(args)}</div>`);
        await story.play?.({ canvasElement: canvas });
        const widget = canvas.querySelector<LitElement>(tag)!;
        expect(widget, `${name} has no <${tag}>`).to.exist;
        await widget.updateComplete;
        await waitUntil(() => (widget.shadowRoot?.textContent ?? '').trim().length > 0, `${name} rendered nothing`, { timeout: 20000 });
        // Let data, lazy chunks and announcements arrive; the state at that point is what axe judges.
        await new Promise((resolve) => setTimeout(resolve, 800));
        await widget.updateComplete;
        await expect(widget).to.be.accessible();
      });
    }
  });
}
