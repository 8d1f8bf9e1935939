import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../components/bestuur-profile/bestuur-profile.js';
import { ALL_ROLES, FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket, type FakeLoketOptions } from '../fake-loket/index.js';
import { bodiesOf } from '../fake-loket/apps/shared/bestuursorganen.js';

/** The same day in every story, so "current" does not drift. */
const NOW = new Date('2026-03-15T10:00:00Z');

/** Only the families the profile reads; a few current mandataries in Lokaal Mandatenbeheer. */
function fake(options: FakeLoketOptions = {}): FakeLoket {
  const loket = createFakeLoket({ now: NOW, only: ['bestuursorganen', 'contactinfo'], ...options });
  const lmb = loket.apps.lmb!;
  const owner = FIRST_GEMEENTE_ID;
  for (const body of bodiesOf(loket.world.bestuur(owner)!)) {
    const inTime = body.inTime.at(-1)!.id;
    const mandaat = `mandaat-${inTime}`;
    lmb.db.table('bestuursorganen').set(inTime, { type: 'bestuursorganen', id: inTime, attributes: {}, relationships: { bevat: [mandaat] }, owner });
    lmb.db.table('mandaten').set(mandaat, { type: 'mandaten', id: mandaat, attributes: {}, relationships: {}, owner });
    const holders: number = ({ gemeenteraad: 27, college: 7, burgemeester: 1, rmw: 27, vastBureau: 7 } as Partial<Record<string, number>>)[body.kind] ?? 0;
    for (let n = 0; n < holders; n++) {
      const person = `persoon-${body.kind}-${n}`;
      lmb.db.table('personen').set(person, { type: 'personen', id: person, attributes: {}, relationships: {}, owner });
      lmb.db.table('mandatarissen').set(`${inTime}-${n}`, {
        type: 'mandatarissen',
        id: `${inTime}-${n}`,
        attributes: { start: '2025-01-02T00:00:00.000Z' },
        relationships: { bekleedt: mandaat, 'is-bestuurlijke-alias-van': person, status: null, 'publication-status': null },
        owner,
      });
    }
  }
  lmb.db.changed();
  return loket;
}

interface Args {
  lang: string;
  width: number;
  contact: boolean;
  mandates: boolean;
  correctionUrl: string;
}

const profile = (loket: FakeLoket, args: Args, bestuurseenheid?: string) => html`<div style="max-width:${args.width}px">
  <loket-bestuur-profile
    lang=${args.lang}
    api-base="https://loket.test"
    contact-api-base=${args.contact ? 'https://loket.test/contactgegevens-api' : nothing}
    mandates-api-base=${args.mandates ? 'https://loket.test/lmb-api' : nothing}
    correction-url=${args.correctionUrl || nothing}
    bestuurseenheid=${bestuurseenheid ?? nothing}
    .fetch=${loket.fetch}
    .now=${NOW}
  ></loket-bestuur-profile>
</div>`;

const without = (...roles: string[]) => ({ session: { roles: ALL_ROLES.filter((role) => !roles.includes(role)) } });

/**
 * `<loket-bestuur-profile>` shows what the government holds about the bestuur: core data (Loket;
 * status, KBO and OVO from the Contactgegevens app), sites with addresses and contact points,
 * bodies with their current period and number of mandataries (Lokaal Mandatenbeheer), and the
 * berichtencentrum's e-mail preference. Each value says where it comes from and can be reported
 * as wrong ("Is iets niet juist?"). Sections the user may not see say so, each on its own.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Bestuur profile',
  component: 'loket-bestuur-profile',
  args: { lang: 'nl', width: 1100, contact: true, mandates: true, correctionUrl: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'fr', 'de', 'en'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 } },
    contact: { control: 'boolean', description: 'contact-api-base set: contact data from the Contactgegevens app' },
    mandates: { control: 'boolean', description: 'mandates-api-base set: mandataries counted in Lokaal Mandatenbeheer' },
    correctionUrl: { control: 'text' },
  },
  render: (args) => profile(fake(), args),
};
export default meta;

type Story = StoryObj<Args>;

/** Gemeente Aalst with every role: all four sections, its six sites and its three bodies. */
export const Full: Story = {};

/** In a sidebar: one column, labels above values (container query on the widget). */
export const Compact: Story = { args: { width: 340 } };

/** Without `contact-api-base`: the Loket's own contact points (role LoketLB-leidinggevendenGebruiker). */
export const LoketContactPoints: Story = { args: { contact: false } };

/** While the apps answer (two seconds of latency): a placeholder per section. */
export const Loading: Story = { render: (args) => profile(fake({ latency: 2000 }), args) };

/** An OCMW without contact data: the contact section says so. */
export const EmptyContacts: Story = {
  render: (args) => {
    const loket = fake();
    loket.setSession({ groupId: loket.world.besturen.find((bestuur) => bestuur.kind === 'ocmw' && bestuur.name === 'Berlare')!.id });
    return profile(loket, args);
  },
};

/** A politiezone: no bodies in the Loket. */
export const EmptyBodies: Story = {
  render: (args) => {
    const loket = fake();
    loket.setSession({ groupId: loket.world.besturen.find((bestuur) => bestuur.kind === 'agentschap')!.id });
    return profile(loket, args);
  },
};

/** The Loket fails on the bodies (HTTP 500): that section says so with a retry; the others show their data. */
export const SectionError: Story = {
  render: (args) => profile(fake({ faults: [{ app: 'loket', path: '/bestuursorganen', times: 1, fault: { kind: 'status', status: 500 } }] }), args),
};

/** The Contactgegevens app is offline: status, numbers and contact data fail; the Loket's data stays. */
export const ContactAppOffline: Story = {
  render: (args) => profile(fake({ faults: [{ app: 'contactgegevens', path: '/administrative-units', fault: { kind: 'drop' } }] }), args),
};

/** A user with none of the roles: public data, and "no access" with the role to ask for per section. */
export const NoAccess: Story = { render: (args) => profile(fake({ session: { roles: ['LoketLB-toezichtGebruiker'] } }), args) };

/** Without the berichten role: the preference cannot be read nor changed. */
export const NoBerichtenRole: Story = { render: (args) => profile(fake(without('LoketLB-berichtenGebruiker')), args) };

/** Another bestuur than the session's: its public data; the rest is for its own users. */
export const OtherBestuur: Story = {
  render: (args) => {
    const loket = fake();
    return profile(loket, args, loket.world.besturen.find((bestuur) => bestuur.kind === 'gemeente' && bestuur.name === 'Berlare')!.id);
  },
};

/** The preference form open: the address is checked before anything is sent. */
export const EditPreference: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('loket-bestuur-profile')!;
    let button: HTMLButtonElement | null | undefined;
    while (!(button = el.shadowRoot?.querySelector<HTMLButtonElement>('[part="edit-preference"]'))) await new Promise((resolve) => setTimeout(resolve, 50));
    button.click();
  },
};

/** "Is iets niet juist?" open on the KBO number. */
export const ReportWrongData: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('loket-bestuur-profile')!;
    let button: HTMLButtonElement | null | undefined;
    while (!(button = el.shadowRoot?.querySelector<HTMLButtonElement>('[data-field="kbo"] [part="correction-button"]'))) await new Promise((resolve) => setTimeout(resolve, 50));
    button.click();
  },
};

/** Many bodies and sites: Aalst's six sites, and thirty more bodies. */
export const ManyBodies: Story = {
  render: (args) => {
    const loket = fake();
    const table = loket.store.get('bestuursorganen')!;
    for (let n = 1; n <= 30; n++) {
      const id = `adviesraad-${n}`;
      table.set(id, {
        type: 'bestuursorganen',
        id,
        attributes: { uri: `http://data.lblod.info/id/bestuursorganen/${id}`, naam: `Adviesraad ${n}` },
        relationships: { bestuurseenheid: FIRST_GEMEENTE_ID, classificatie: null, 'is-tijdsspecialisatie-van': null, bevat: [], 'bevat-bestuursfunctie': [] },
      });
    }
    loket.changed();
    return profile(loket, args);
  },
};

/** In French (also: German, English through the `lang` control). */
export const Francais: Story = { args: { lang: 'fr' } };
