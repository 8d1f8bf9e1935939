import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createFakeLoket, createWorld, type FakeLoket, type FakeLoketOptions, type FaultRule } from '../fake-loket/index.js';
import '../components/service-finder/service-finder.js';
import type { LoketServiceFinder, ServiceFinderMode } from '../components/service-finder/service-finder.js';

interface FinderArgs {
  mode: ServiceFinderMode;
  target: string;
  serviceUrl: string;
  pageSize: number;
  syncUrl: boolean;
  query: string;
}

interface Setup extends Pick<FakeLoketOptions, 'latency' | 'session'> {
  /** Story name: each story gets its own API root, so one story's cached catalogue never shows in another. */
  name: string;
  services?: number;
  faults?: FaultRule[];
  lang?: string;
  /** Requests whose URL matches fail with a 500 before they reach the fake (a code list, say). */
  failing?: RegExp;
  /** Cancel `loket-service-select` so a click in the story stays in the story. */
  cancelSelect?: boolean;
}

function transport(loket: FakeLoket, failing?: RegExp): typeof fetch {
  if (!failing) return loket.fetch;
  return (input, init) => {
    const url = decodeURIComponent(input instanceof Request ? input.url : String(input));
    if (!failing.test(url)) return loket.fetch(input, init);
    const body = JSON.stringify({ errors: { status: 'Server Error', code: '500', title: 'Something went wrong while processing the request' } });
    return Promise.resolve(new Response(body, { status: 500, headers: { 'Content-Type': 'application/json' } }));
  };
}

function finder(args: FinderArgs, setup: Setup) {
  const loket = createFakeLoket({
    only: ['services'],
    size: { services: setup.services ?? 500, dossiers: 0 },
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
      page-size=${args.pageSize}
      ?sync-url=${args.syncUrl}
      .query=${args.query}
      .fetch=${transport(loket, setup.failing)}
      @loket-service-select=${(event: Event) => {
        if (setup.cancelSelect ?? true) event.preventDefault();
      }}
    ></loket-service-finder>
  </div>`;
}

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Service finder',
  component: 'loket-service-finder',
  args: { mode: 'server', target: '', serviceUrl: '', pageSize: 25, syncUrl: false, query: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['server', 'index'] },
    target: { control: 'text' },
    serviceUrl: { control: 'text' },
    pageSize: { control: { type: 'number', min: 5, max: 100 } },
    syncUrl: { control: 'boolean' },
    query: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Loket’s own catalogue ("Digitale dienstverlening"): IPDC services of the Flemish government for local governments, ' +
          'relevant for the session bestuur’s kind. Every story runs against its own in-browser fake Loket; ' +
          '`loket-service-select` is cancelled in the stories so that links stay inside Storybook.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** The default: the Loket's search, page by page, newest first, for the user's own kind of bestuur. */
export const ServerMode: Story = { render: (args) => finder(args, { name: 'server' }) };

/** A search already typed: relevance order, the words mu-search found marked. */
export const Searching: Story = { args: { query: 'subsidie klimaat' }, render: (args) => finder(args, { name: 'searching' }) };

/** The catalogue read once and searched in the browser, with counts per filter value. */
export const IndexMode: Story = { args: { mode: 'index' }, render: (args) => finder(args, { name: 'index' }) };

/** A slow Loket: the skeleton and the polite "loading" announcement. */
export const Loading: Story = { render: (args) => finder(args, { name: 'loading', latency: 60_000 }) };

/** Nothing is offered to the bestuur's kind. */
export const EmptyCatalogue: Story = { render: (args) => finder(args, { name: 'empty', services: 0 }) };

/** Nothing matches: back to the default filters. */
export const NoResults: Story = { args: { query: 'qqqzzz' }, render: (args) => finder(args, { name: 'no-results' }) };

/** Nothing matches in index mode: close terms are offered. */
export const NoResultsIndexMode: Story = { args: { mode: 'index', query: 'subsidiee klimaatt qqq' }, render: (args) => finder(args, { name: 'no-results-index' }) };

/** 10,000 services: still 25 on a page, so the host page stays short. */
export const ManyServices: Story = { render: (args) => finder(args, { name: 'many', services: 10_000, latency: 0 }) };

/** The search fails (503): a translated message and a retry (the fault lasts for three requests). */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => finder(args, { name: 'error', faults: [{ path: '/public-services/search', times: 3, fault: { kind: 'status', status: 503 } }] }),
};

/** The Loket answers something that is not JSON. */
export const MalformedAnswer: Story = {
  render: (args) => finder(args, { name: 'malformed', faults: [{ path: '/public-services/search', times: 3, fault: { kind: 'malformed-json' } }] }),
};

/** The Thema code list cannot be read: that filter says so, the others and the results work. */
export const DegradedCodeList: Story = { render: (args) => finder(args, { name: 'degraded', failing: /conceptscheme\/Thema/ }) };

/** No session: the finder says the session expired (it needs no role, only a signed-in user). */
export const NoSession: Story = { render: (args) => finder(args, { name: 'no-session', session: null }) };

/** Logged in for an OCMW: the Doelgroep filter starts at OCMW. */
export const OtherKindOfBestuur: Story = {
  render: (args) => finder(args, { name: 'ocmw', session: { groupId: createWorld(1).besturen.find((bestuur) => bestuur.kind === 'ocmw')!.id } }),
};

/** Expand a result: the real page's detail read, the call to action, the sanitised description. */
export const ExpandedDetails: Story = {
  args: { query: 'meldingsplichtige' },
  render: (args) => finder(args, { name: 'expanded' }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<LoketServiceFinder>('loket-service-finder')!;
    for (let tries = 0; tries < 100 && !element.shadowRoot?.querySelector('.result-title button[aria-expanded]'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    element.shadowRoot?.querySelector<HTMLButtonElement>('.result-title button[aria-expanded]')?.click();
  },
};

/** The bookmarked services (the ipdc-bookmarks service; a new user gets some per role). */
export const Bookmarks: Story = {
  render: (args) => finder(args, { name: 'bookmarks' }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<LoketServiceFinder>('loket-service-finder')!;
    for (let tries = 0; tries < 100 && !element.shadowRoot?.querySelector('[data-action="bookmarks"]'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    element.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="bookmarks"]')?.click();
  },
};

/** Links open in a new tab, and the name links to the municipality's own page. */
export const OwnPagesInNewTab: Story = {
  args: { target: '_blank', serviceUrl: 'https://www.aalst.be/diensten?ipdc={id}' },
  render: (args) => finder(args, { name: 'own-pages', cancelSelect: false }),
};

/** `sync-url`: the query and the filters go into the location hash, to share a search. */
export const SyncUrl: Story = { args: { syncUrl: true }, render: (args) => finder(args, { name: 'sync-url' }) };

/** In French (the UI follows the nearest `lang`; the catalogue's content stays Dutch). */
export const French: Story = { render: (args) => finder(args, { name: 'french', lang: 'fr' }) };
