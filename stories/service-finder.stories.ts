import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createFakeLoket, type FakeLoketOptions, type FaultRule } from '../fake-loket/index.js';
import { servicesFamily } from '../fake-loket/seed/services.js';
import '../components/service-finder/service-finder.js';
import type { LoketServiceFinder, ServiceFinderMode } from '../components/service-finder/service-finder.js';

interface FinderArgs {
  mode: ServiceFinderMode;
  target: string;
  serviceUrl: string;
  maxResults: number;
  syncUrl: boolean;
  query: string;
}

interface Setup extends Pick<FakeLoketOptions, 'latency' | 'session'> {
  /** Story name: each story gets its own API root, so one story's cached catalogue never shows in another. */
  name: string;
  services?: number;
  faults?: FaultRule[];
  bestuurseenheid?: string;
  lang?: string;
  /** Cancel `loket-service-select` so a click in the story stays in the story. */
  cancelSelect?: boolean;
}

function finder(args: FinderArgs, setup: Setup) {
  const loket = createFakeLoket({
    families: [servicesFamily],
    size: { services: setup.services ?? 500 },
    latency: setup.latency ?? 150,
    faults: setup.faults ?? [],
    ...(setup.session === undefined ? {} : { session: setup.session }),
  });
  return html`<div lang=${setup.lang ?? 'nl'} style="max-width: 1100px; padding: 16px">
    <loket-service-finder
      api-base="https://${setup.name}.loket.test"
      mode=${args.mode}
      target=${args.target || ''}
      service-url=${args.serviceUrl || ''}
      max-results=${args.maxResults}
      bestuurseenheid=${setup.bestuurseenheid ?? ''}
      ?sync-url=${args.syncUrl}
      .query=${args.query}
      .fetch=${loket.fetch}
      @loket-service-select=${(event: Event) => {
        if (setup.cancelSelect ?? true) event.preventDefault();
      }}
    ></loket-service-finder>
  </div>`;
}

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Service finder',
  component: 'loket-service-finder',
  args: { mode: 'index', target: '', serviceUrl: '', maxResults: 50, syncUrl: false, query: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['index', 'server'] },
    target: { control: 'text' },
    serviceUrl: { control: 'text' },
    maxResults: { control: { type: 'number', min: 5, max: 200 } },
    syncUrl: { control: 'boolean' },
    query: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Search the public service catalogue (IPDC/LPDC) and go to a service. Every story runs against its own in-browser fake Loket; ' +
          '`loket-service-select` is cancelled in the stories so that links stay inside Storybook.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** The default: the whole catalogue loaded once and searched in the browser. */
export const IndexMode: Story = { render: (args) => finder(args, { name: 'index' }) };

/** A search already typed: ranked results with the matched words marked, facets counted over the query. */
export const Searching: Story = { args: { query: 'premie cafe' }, render: (args) => finder(args, { name: 'searching' }) };

/** The Loket's own full-text search (mu-search) for catalogues too large for the browser. */
export const ServerMode: Story = { args: { mode: 'server' }, render: (args) => finder(args, { name: 'server' }) };

/** A slow Loket: the skeleton and the polite "loading" announcement. */
export const Loading: Story = { render: (args) => finder(args, { name: 'loading', latency: 60_000 }) };

/** A slow Loket in server mode. */
export const ServerModeLoading: Story = { args: { mode: 'server' }, render: (args) => finder(args, { name: 'server-loading', latency: 60_000 }) };

/** A bestuur without services in the catalogue. */
export const EmptyCatalogue: Story = { render: (args) => finder(args, { name: 'empty', bestuurseenheid: 'bestuur-zonder-diensten' }) };

/** Nothing matches: clear the facets or take a suggested close term. */
export const NoResults: Story = {
  args: { query: 'premiee vergunningg' },
  render: (args) => finder(args, { name: 'no-results' }),
};

/** 5,000 services: only the top 50 are rendered, with "show more". */
export const ManyServices: Story = { render: (args) => finder(args, { name: 'many', services: 5_000, latency: 0 }) };

/** The Loket fails (503): a translated message and a retry (the fault lasts for three requests). */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => finder(args, { name: 'error', faults: [{ path: '/public-services', times: 3, fault: { kind: 'status', status: 503 } }] }),
};

/** The Loket answers something that is not JSON:API. */
export const MalformedAnswer: Story = {
  render: (args) => finder(args, { name: 'malformed', faults: [{ path: '/public-services', times: 3, fault: { kind: 'malformed-json' } }] }),
};

/** The full-text search fails in server mode. */
export const ServerModeError: Story = {
  args: { mode: 'server' },
  render: (args) => finder(args, { name: 'server-error', faults: [{ path: '/public-services/search', times: 3, fault: { kind: 'status', status: 500 } }] }),
};

/** Without a session the Loket offers no bookmarks: the finder shows none (bestuurseenheid given). */
export const WithoutBookmarks: Story = {
  render: (args) =>
    finder(args, {
      name: 'no-bookmarks',
      session: null,
      bestuurseenheid: '974816591f269bb7d74aa1720922651529f3d3b2a787f5c60b73e5a0384950a4',
    }),
};

/** Expand a result: the catalogue's HTML is sanitised, only http(s) links survive. */
export const ExpandedDetails: Story = {
  args: { query: 'vergunning' },
  render: (args) => finder(args, { name: 'expanded' }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<LoketServiceFinder>('loket-service-finder')!;
    for (let tries = 0; tries < 100 && !element.shadowRoot?.querySelector('.actions button[aria-expanded]'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    element.shadowRoot?.querySelector<HTMLButtonElement>('.actions button[aria-expanded]')?.click();
  },
};

/** Links open in a new tab, and the name links to the municipality's own page. */
export const OwnPagesInNewTab: Story = {
  args: { target: '_blank', serviceUrl: 'https://www.aalst.be/diensten/{productId}' },
  render: (args) => finder(args, { name: 'own-pages', cancelSelect: false }),
};

/** `sync-url`: the query and the facets go into the location hash, to share a search. */
export const SyncUrl: Story = { args: { syncUrl: true }, render: (args) => finder(args, { name: 'sync-url' }) };

/** In French (the UI follows the nearest `lang`; the catalogue's content stays Dutch). */
export const French: Story = { render: (args) => finder(args, { name: 'french', lang: 'fr' }) };
