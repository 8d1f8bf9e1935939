// What each dossier-list story must end up showing, and that it passes axe (test/stories/stories.test.ts
// checks every story of two widgets generically; this one checks the state each story is there for).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LoketDossierList } from '../../components/dossier-list/dossier-list.js';
import * as stories from '../../stories/dossier-list.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const meta = stories.default as unknown as StoryLike;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
type Check = (root: ShadowRoot) => unknown;

const count = (pattern: RegExp): Check => (root) => pattern.test(text(root.querySelector('.count')));
const rowsWith = (selector: string): Check => (root) => root.querySelectorAll('.body [role=row]').length > 0 && root.querySelector(`.body [role=row] ${selector}`);
const alert = (pattern: RegExp): Check => (root) => pattern.test(text(root.querySelector('[role=alert]')));
const noTabs = (check: Check): Check => (root) => !root.querySelector('[part=sources]') && check(root);

/** What each story must show once settled. */
const expected: Record<string, Check> = {
  Alle: count(/^\d+ dossiers gevonden$/),
  Lopend: (root) => rowsWith('.badge.draft')(root) && !root.querySelector('.body .badge.sent'),
  Afgerond: (root) => rowsWith('.badge.sent')(root) && !root.querySelector('.body .badge.draft'),
  Narrow: rowsWith('.card-label'),
  Loading: (root) => root.querySelector('.panel[aria-busy=true] .skeleton'),
  Empty: (root) => text(root.querySelector('.message')) === 'Er zijn nog geen dossiers.',
  EmptyFiltered: (root) => text(root.querySelector('.message')).startsWith('Geen dossiers voldoen aan uw filters.'),
  ManyVirtual: (root) => root.querySelector('.body.virtual [role=row]') && Number(root.querySelector('[role=grid]')?.getAttribute('aria-rowcount')) > 5000,
  ManyPaged: (root) => /van \d{3,}/.test(text(root.querySelector('nav[part=pagination]'))),
  ServerError: alert(/Er ging iets mis bij het Loket/),
  SessionExpired: alert(/Uw sessie is verlopen/),
  NoAccess: (root) => text(root.querySelector('[part=no-access]')).includes('LoketLB-toezichtGebruiker'),
  NoSubsidyAccess: noTabs(rowsWith('.organ')),
  DegradedFilter: (root) =>
    root.querySelector('select[name=type][disabled]') &&
    text(root.querySelector('#type-failed')) === 'Deze keuzelijst kon niet geladen worden.' &&
    rowsWith('.organ')(root),
  Offline: alert(/Geen verbinding met het Loket/),
  MalformedAnswer: alert(/onverwacht antwoord/),
  Subsidies: rowsWith('.deadline'),
  SubmissionsAndSubsidies: (root) => root.querySelectorAll('[part=sources] [role=tab]').length === 2 && rowsWith('.organ')(root),
  SubsidiesNotOffered: noTabs(rowsWith('.organ')),
  Francais: count(/dossiers trouvés$/),
};

describe('dossier list stories', () => {
  // The virtualizer's re-measuring makes Chromium report a harmless "ResizeObserver loop" error (w3c/csswg-drafts#5488).
  let previous: OnErrorEventHandler;
  before(() => {
    previous = window.onerror;
    window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : (previous?.call(window, message, ...rest) ?? false));
  });
  after(() => (window.onerror = previous));

  it('has a check for every story, among them loading, empty, error, many, no access and a degraded filter', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(expected).sort());
    for (const name of ['Loading', 'Empty', 'ServerError', 'ManyPaged', 'NoAccess', 'DegradedFilter']) expect(names).to.include(name);
  });

  for (const [name, check] of Object.entries(expected)) {
    it(`shows ${name}, accessibly`, async function () {
      this.timeout(30000);
      const story = (stories as unknown as Record<string, StoryLike>)[name]!;
      const render = story.render ?? meta.render!;
      const canvas = await fixture<HTMLDivElement>(html`<div>${render({ ...meta.args, ...story.args })}</div>`);
      await story.play?.({ canvasElement: canvas });
      const el = canvas.querySelector<LoketDossierList>('loket-dossier-list')!;
      await waitUntil(() => el.shadowRoot && check(el.shadowRoot), `${name} never showed its state`, { timeout: 20000 });
      await expect(el).to.be.accessible();
    });
  }
});
