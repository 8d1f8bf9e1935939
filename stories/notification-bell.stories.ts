import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createFakeLoket, FIRST_GEMEENTE_ID, type FakeLoket, type FaultRule } from '../fake-loket/index.js';
import { ABB_ID } from '../fake-loket/index.js';
import { LocalReadStateStore } from '../src/messages/read-state.js';
import '../components/notification-bell/notification-bell.js';
import type { LoketNotificationBell } from '../components/notification-bell/notification-bell.js';

interface BellArgs {
  interval: number;
  inboxUrl: string;
  messageUrl: string;
  desktopNotifications: boolean;
  maxItems: number;
}

interface Setup {
  latency?: number;
  faults?: FaultRule[];
  /** Everything up to now already read. */
  allRead?: boolean;
  empty?: boolean;
  fresh?: number;
}

let stories = 0;

/** A conversation from the Agentschap that has just arrived. */
function addConversation(loket: FakeLoket, subject: string, minutesAgo = 0): void {
  const n = ++stories;
  const bericht = `story-bericht-${n}`;
  loket.store.get('berichten')!.set(bericht, {
    type: 'berichten',
    id: bericht,
    attributes: { verzonden: new Date(Date.now() - minutesAgo * 60_000).toISOString(), 'type-communicatie': 'Opvraging', inhoud: 'Graag de stukken.' },
    relationships: { van: ABB_ID, naar: FIRST_GEMEENTE_ID, auteur: null, bijlagen: [] },
    // In the bestuur's messaging graph (config.ex o-messaging-rwf), as the seed's.
    owner: FIRST_GEMEENTE_ID,
    graph: 'o-messaging-rwf',
  });
  loket.store.get('conversaties')!.set(`story-conversatie-${n}`, {
    type: 'conversaties',
    id: `story-conversatie-${n}`,
    attributes: { betreft: subject, dossiernummer: `ABB/2026/${String(90000 + n)}`, 'current-type-communicatie': 'Opvraging', reactietermijn: 'P30D' },
    relationships: { berichten: [bericht], 'laatste-bericht': bericht },
    owner: FIRST_GEMEENTE_ID,
    graph: 'o-messaging-rwf',
  });
  loket.changed();
}

/** A fresh fake Loket, read-marker store and channel per story, so stories on one docs page never mix. */
function bell(args: BellArgs, setup: Setup = {}) {
  const loket = createFakeLoket({ only: ['messages'], now: new Date(), latency: setup.latency ?? 300, faults: setup.faults ?? [] });
  if (setup.empty) {
    loket.store.get('conversaties')!.clear();
    loket.changed();
  }
  for (let n = 0; n < (setup.fresh ?? 0); n++) addConversation(loket, `Opvraging stukken: dossier ${n + 1}`, n * 7);
  const store = new LocalReadStateStore(null);
  if (setup.allRead) {
    void store.markAllRead({ account: loket.session!.accountId, bestuurseenheid: loket.session!.groupId }, new Date().toISOString());
  }
  const channel = `story-${++stories}-${Math.random().toString(36).slice(2)}`;
  return {
    loket,
    template: html`<div style="display: flex; justify-content: flex-end; padding: 8px 16px; border-bottom: 1px solid #cfd5dd">
      <loket-notification-bell
        channel=${channel}
        interval=${args.interval}
        inbox-url=${args.inboxUrl}
        message-url=${args.messageUrl}
        max-items=${args.maxItems}
        ?desktop-notifications=${args.desktopNotifications}
        .fetch=${loket.fetch}
        .readStateStore=${store}
        @loket-message-select=${(event: Event) => event.preventDefault()}
      ></loket-notification-bell>
    </div>`,
  };
}

const openPopover = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const element = canvasElement.querySelector<LoketNotificationBell>('loket-notification-bell')!;
  await element.updateComplete;
  element.show();
};

const meta: Meta<BellArgs> = {
  title: 'Widgets/Notification bell',
  component: 'loket-notification-bell',
  args: {
    interval: 60,
    inboxUrl: 'https://loket.lokaalbestuur.vlaanderen.be/berichtencentrum/berichten',
    messageUrl: 'https://loket.lokaalbestuur.vlaanderen.be/berichtencentrum/berichten/{id}',
    desktopNotifications: false,
    maxItems: 10,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Unread formal communications of the message centre, with the latest conversations in a popover. ' +
          'Read markers are kept per account and bestuurseenheid; of all tabs with a bell for the same scope only one polls. ' +
          'In these stories `loket-message-select` is cancelled, so picking a conversation stays on the page.',
      },
    },
  },
  render: (args) => bell(args).template,
};
export default meta;

type Story = StoryObj<BellArgs>;

/** New messages from the Agentschap Binnenlands Bestuur: the badge counts them. */
export const Unread: Story = {};

/** The popover open: arrow keys move through the list, Escape closes it. */
export const Open: Story = { play: openPopover };

/** While the first answer is on its way: no badge, "bezig met laden". */
export const Loading: Story = {
  render: (args) => bell(args, { latency: 600_000 }).template,
  play: openPopover,
};

/** Everything read: no badge, the latest conversations without unread markers. */
export const NothingNew: Story = {
  render: (args) => bell(args, { allRead: true }).template,
  play: openPopover,
};

/** A bestuur without any conversation yet. */
export const Empty: Story = {
  render: (args) => bell(args, { empty: true }).template,
  play: openPopover,
};

/** More than 99 unread: the badge says "99+". */
export const Many: Story = {
  args: { maxItems: 100 },
  render: (args) => bell(args, { fresh: 130 }).template,
};

/** The Loket fails: "!" instead of a number that could be wrong, the reason and a retry. */
export const ServerError: Story = {
  render: (args) => bell(args, { faults: [{ path: '/conversaties', times: 8, fault: { kind: 'status', status: 500 } }] }).template,
  play: openPopover,
};

/** No connection. */
export const Offline: Story = {
  render: (args) => bell(args, { faults: [{ path: '/conversaties', times: 8, fault: { kind: 'drop' } }] }).template,
  play: openPopover,
};

/** The session expired. */
export const SessionExpired: Story = {
  render: (args) => bell(args, { faults: [{ path: '/conversaties', times: 8, fault: { kind: 'status', status: 401 } }] }).template,
  play: openPopover,
};

/** Live: a new message arrives every 8 seconds (ten times); the rise is announced in a polite live region. */
export const LiveUpdates: Story = {
  args: { interval: 2 },
  render: (args) => {
    const { loket, template } = bell(args, { latency: 100 });
    let n = 0;
    const timer = setInterval(() => {
      addConversation(loket, `Herinnering: indienen jaarrekening (${++n})`);
      if (n >= 10) clearInterval(timer);
    }, 8000);
    return template;
  },
};

/** Opt-in desktop notifications: the browser asks permission only after a click in the popover. */
export const DesktopNotifications: Story = {
  args: { desktopNotifications: true, interval: 5 },
  play: openPopover,
};

/** English UI (any `lang` on an ancestor works; the toolbar sets it for every story). */
export const English: Story = {
  render: (args) => html`<div lang="en">${bell(args).template}</div>`,
  play: openPopover,
};
