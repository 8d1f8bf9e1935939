import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/dossier-list/dossier-list.js';
import { createFakeLoket, type FakeLoket, type FakeLoketOptions } from '../fake-loket/index.js';

/** The same day in every story, so "last modified" does not drift. */
const NOW = new Date('2026-11-28T00:00:00Z');
const DOSSIER_URL = 'https://loket.lokaalbestuur.vlaanderen.be/supervision/submissions/{id}';
const SUBSIDY_URL = 'https://loket.lokaalbestuur.vlaanderen.be/subsidy/applications/{id}';

/** Small catalogues of the other families: the stories only need dossiers. */
function fake(options: FakeLoketOptions = {}): FakeLoket {
  return createFakeLoket({ now: NOW, ...options, size: { services: 5, dossiers: 300, ...options.size } });
}

interface Args {
  lang: string;
  paging: 'pages' | 'virtual';
  source: 'submissions' | 'subsidies' | 'all';
  view: 'lopend' | 'afgerond' | 'alle';
  pageSize: number;
  width: number;
}

const list = (loket: FakeLoket, args: Args) => html`<div style="max-width:${args.width}px">
  <loket-dossier-list
    lang=${args.lang}
    paging=${args.paging}
    source=${args.source}
    view=${args.view}
    page-size=${args.pageSize}
    dossier-url=${DOSSIER_URL}
    subsidy-url=${SUBSIDY_URL}
    .fetch=${loket.fetch}
    @loket-dossier-select=${(event: Event) => event.preventDefault()}
  ></loket-dossier-list>
</div>`;

/**
 * `<loket-dossier-list>` shows the bestuur's supervision dossiers: running ones ("Lopend"), sent
 * ones ("Afgerond") or all, with filters on status, type, period and text, sortable columns, the
 * Loket's paging (or `paging="virtual"` for one scrolling list) and a CSV export of what the
 * filters match. Choosing a dossier fires `loket-dossier-select`; the stories cancel it so the
 * canvas stays put (otherwise the widget opens `dossier-url`).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Dossier list',
  component: 'loket-dossier-list',
  args: { lang: 'nl', paging: 'pages', source: 'submissions', view: 'lopend', pageSize: 20, width: 1100 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'fr', 'de', 'en'] },
    paging: { control: 'inline-radio', options: ['pages', 'virtual'] },
    source: { control: 'inline-radio', options: ['submissions', 'subsidies', 'all'] },
    view: { control: 'inline-radio', options: ['lopend', 'afgerond', 'alle'] },
    pageSize: { control: 'select', options: [10, 20, 50, 100] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 } },
  },
  render: (args) => list(fake(), args),
};
export default meta;

type Story = StoryObj<Args>;

/** Running dossiers (drafts) of the first gemeente, the Loket's default page size. */
export const Lopend: Story = {};

/** Sent dossiers, reaching back three years. */
export const Afgerond: Story = { args: { view: 'afgerond' } };

/** The widget in a narrow column (a sidebar): the rows become cards. */
export const Narrow: Story = { args: { view: 'afgerond', width: 360 } };

/** While the Loket answers (two seconds of latency). */
export const Loading: Story = { render: (args) => list(fake({ latency: 2000 }), args) };

/** A bestuur without any dossier yet: each view says so. */
export const Empty: Story = { render: (args) => list(fake({ size: { dossiers: 0 } }), args) };

/** Filters that match nothing: the message offers to clear them. */
export const EmptyFiltered: Story = {
  args: { view: 'alle' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('loket-dossier-list')!;
    let search: HTMLInputElement | null | undefined;
    while (!(search = el.shadowRoot?.querySelector<HTMLInputElement>('input[type=search]'))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    search.value = 'geen dossier heet zo';
    search.form!.requestSubmit();
  },
};

/** 10,000 dossiers in one scrolling list that loads pages as you scroll. */
export const ManyVirtual: Story = {
  args: { view: 'alle', paging: 'virtual' },
  render: (args) => list(fake({ size: { dossiers: 10_000 } }), args),
};

/** 10,000 dossiers with the Loket's paging. */
export const ManyPaged: Story = {
  args: { view: 'alle', pageSize: 50 },
  render: (args) => list(fake({ size: { dossiers: 10_000 } }), args),
};

/** The Loket fails (HTTP 500): a clear message and a retry, which works once the fault is gone. */
export const ServerError: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', times: 1, fault: { kind: 'status', status: 500 } }] }), args),
};

/** The session expired (HTTP 401). */
export const SessionExpired: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', fault: { kind: 'status', status: 401 } }] }), args),
};

/** No access to supervision dossiers (HTTP 403). */
export const Forbidden: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', fault: { kind: 'status', status: 403 } }] }), args),
};

/** The connection drops (offline); the client's own two retries fail too, the user's retry works. */
export const Offline: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', times: 3, fault: { kind: 'drop' } }] }), args),
};

/** An answer that is not JSON:API: a clear message instead of a blank widget. */
export const MalformedAnswer: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', times: 1, fault: { kind: 'malformed-json' } }] }), args),
};

/** Subsidy applications (`source="subsidies"`): measure offer, status, created and modified. */
export const Subsidies: Story = { args: { source: 'subsidies', view: 'alle' } };

/** Submissions and subsidy applications on two tabs (`source="all"`), each paged by the Loket on its own. */
export const SubmissionsAndSubsidies: Story = { args: { source: 'all', view: 'alle' } };

/** A Loket without subsidy applications (404): `source="all"` shows the submissions, with no tab and no error. */
export const SubsidiesNotOffered: Story = {
  args: { source: 'all' },
  render: (args) => list(fake({ faults: [{ path: '/subsidy-measure', fault: { kind: 'status', status: 404 } }] }), args),
};

/** In French (also: German, English through the `lang` control). */
export const Francais: Story = { args: { lang: 'fr', view: 'afgerond' } };
