import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../components/dossier-list/dossier-list.js';
import { createFakeLoket, type FakeLoket, type FakeLoketOptions } from '../fake-loket/index.js';

/** The same day in every story, so "last modified" does not drift. */
const NOW = new Date('2026-11-28T00:00:00Z');
const DOSSIER_URL = 'https://loket.lokaalbestuur.vlaanderen.be/supervision/submissions/{id}';
const SUBSIDY_URL = 'https://subsidiepunt.lokaalbestuur.vlaanderen.be/subsidy/applications/{id}';
/** Where the fake serves Subsidiepunt (and where a gateway would forward it). */
const SUBSIDIES_API = '/subsidiepunt-api';

/** Small catalogues of the other families: the stories only need dossiers. */
function fake(options: FakeLoketOptions & { subsidiepuntRoles?: string[] } = {}): FakeLoket {
  const { subsidiepuntRoles, ...rest } = options;
  const loket = createFakeLoket({ now: NOW, ...rest, size: { services: 5, dossiers: 300, ...rest.size } });
  if (subsidiepuntRoles) loket.setSession({ roles: subsidiepuntRoles }, 'subsidiepunt');
  return loket;
}

interface Args {
  lang: string;
  paging: 'pages' | 'virtual';
  source: 'submissions' | 'subsidies' | 'all';
  view: 'lopend' | 'afgerond' | 'alle';
  pageSize: number;
  width: number;
  /** `subsidies-api-base`; empty: no Subsidiepunt. */
  subsidiesApiBase: string;
}

const list = (loket: FakeLoket, args: Args) => html`<div style="max-width:${args.width}px">
  <loket-dossier-list
    lang=${args.lang}
    paging=${args.paging}
    source=${args.source}
    view=${args.view}
    page-size=${args.pageSize}
    subsidies-api-base=${args.subsidiesApiBase || nothing}
    dossier-url=${DOSSIER_URL}
    subsidy-url=${SUBSIDY_URL}
    .fetch=${loket.fetch}
    @loket-dossier-select=${(event: Event) => event.preventDefault()}
  ></loket-dossier-list>
</div>`;

/**
 * `<loket-dossier-list>` shows the bestuur's supervision dossiers from the Loket as the Loket's own
 * list does: Concept and Verstuurd ("Alle", the default), running ones ("Lopend") or sent ones
 * ("Afgerond"), never deleted ones, with the Loket's filters (type dossier, status, orgaan,
 * period) and free text, sortable columns, the Loket's paging (or `paging="virtual"` for one
 * scrolling list) and a CSV export of what the filters match. With `subsidies-api-base` it also
 * shows the bestuur's subsidy applications from Subsidiepunt. Choosing a dossier fires
 * `loket-dossier-select`; the stories cancel it so the canvas stays put (otherwise the widget opens
 * `dossier-url`).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Dossier list',
  component: 'loket-dossier-list',
  args: { lang: 'nl', paging: 'pages', source: 'submissions', view: 'alle', pageSize: 20, width: 1100, subsidiesApiBase: SUBSIDIES_API },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'fr', 'de', 'en'] },
    paging: { control: 'inline-radio', options: ['pages', 'virtual'] },
    source: { control: 'inline-radio', options: ['submissions', 'subsidies', 'all'] },
    view: { control: 'inline-radio', options: ['lopend', 'afgerond', 'alle'] },
    pageSize: { control: 'select', options: [10, 20, 50, 100] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 } },
    subsidiesApiBase: { control: 'inline-radio', options: [SUBSIDIES_API, ''] },
  },
  render: (args) => list(fake(), args),
};
export default meta;

type Story = StoryObj<Args>;

/** Concept and Verstuurd dossiers of the first gemeente (as the Loket's list), its page size. */
export const Alle: Story = {};

/** Running dossiers (drafts). */
export const Lopend: Story = { args: { view: 'lopend' } };

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
  args: { paging: 'virtual' },
  render: (args) => list(fake({ size: { dossiers: 10_000 } }), args),
};

/** 10,000 dossiers with the Loket's paging. */
export const ManyPaged: Story = {
  args: { pageSize: 50 },
  render: (args) => list(fake({ size: { dossiers: 10_000 } }), args),
};

/** The Loket fails (HTTP 500): a clear message and a retry, which works once the fault is gone. */
export const ServerError: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', times: 1, fault: { kind: 'status', status: 500 } }] }), args),
};

/** Not signed in (the login service's 400 "Invalid session"): read as an expired session. */
export const SessionExpired: Story = { render: (args) => list(fake({ session: null }), args) };

/** A session without `LoketLB-toezichtGebruiker`: the widget says so and names the role, instead of an empty list. */
export const NoAccess: Story = { render: (args) => list(fake({ session: { roles: ['LoketLB-berichtenGebruiker'] } }), args) };

/** `source="all"` for a user with the toezicht role but not `SubsidiepuntGebruiker`: the submissions only, no tabs. */
export const NoSubsidyAccess: Story = {
  args: { source: 'all' },
  render: (args) => list(fake({ subsidiepuntRoles: ['LoketLB-toezichtGebruiker'] }), args),
};

/** The "Type dossier" code list fails (HTTP 500): that filter says so; the list and the other filters work. */
export const DegradedFilter: Story = {
  render: (args) => list(fake({ faults: [{ path: '/concepts', fault: { kind: 'status', status: 500 } }] }), args),
};

/** The connection drops (offline); the client's own two retries fail too, the user's retry works. */
export const Offline: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', times: 3, fault: { kind: 'drop' } }] }), args),
};

/** An answer that is not JSON:API: a clear message instead of a blank widget. */
export const MalformedAnswer: Story = {
  render: (args) => list(fake({ faults: [{ path: '/submissions', times: 1, fault: { kind: 'malformed-json' } }] }), args),
};

/** Subsidy applications from Subsidiepunt (`source="subsidies"`): offer, project, status, deadline, modified. */
export const Subsidies: Story = { args: { source: 'subsidies' } };

/** Submissions and subsidy applications on two tabs (`source="all"`), each paged by its app on its own. */
export const SubmissionsAndSubsidies: Story = { args: { source: 'all' } };

/** No Subsidiepunt (no `subsidies-api-base`): `source="all"` shows the submissions, with no tab and no error. */
export const SubsidiesNotOffered: Story = { args: { source: 'all', subsidiesApiBase: '' } };

/** In French (also: German, English through the `lang` control). */
export const Francais: Story = { args: { lang: 'fr', view: 'afgerond' } };
