import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ALL_ROLES, FIRST_GEMEENTE_ID, createFakeLoket, type FakeLoket, type FaultRule } from '../fake-loket/index.js';
import { makeHostile } from '../fake-loket/hostile.js';
import { LocalReadStateStore } from '../src/messages/read-state.js';
import '../components/inbox/inbox.js';
import type { LoketInbox } from '../components/inbox/inbox.js';

interface InboxArgs {
  pageSize: number;
  unreadDays: number;
  warnDays: number;
  conversationUrl: string;
}

interface Setup {
  latency?: number;
  faults?: FaultRule[];
  empty?: boolean;
  noAccess?: boolean;
  signedOut?: boolean;
  hostile?: boolean;
  /** Opens the conversation this picks from the fake's store. */
  open?: (loket: FakeLoket) => string | undefined;
  width?: string;
}

/** Conversations of the first gemeente with their berichten and attachments counted. */
function conversations(loket: FakeLoket) {
  const berichten = loket.store.get('berichten')!;
  return [...loket.store.get('conversaties')!.values()]
    .filter((conversation) => conversation.owner === FIRST_GEMEENTE_ID)
    .map((conversation) => {
      const messages = (conversation.relationships['berichten'] as string[]).map((id) => berichten.get(id)!);
      const files = messages.map((message) => (message.relationships['bijlagen'] as string[]).length);
      return { id: conversation.id, period: conversation.attributes['reactietermijn'], messages, mostInOne: Math.max(0, ...files) };
    });
}

const longest = (loket: FakeLoket) => conversations(loket).sort((a, b) => b.messages.length - a.messages.length)[0]?.id;
/** The conversation with the bericht that carries the most attachments. */
const mostFiles = (loket: FakeLoket) => conversations(loket).sort((a, b) => b.mostInOne - a.mostInOne)[0]?.id;
/** A conversation whose request from ABB still waits for an answer. */
const waiting = (loket: FakeLoket) => conversations(loket).find((conversation) => conversation.period && conversation.messages.at(-1)?.relationships['van'] !== FIRST_GEMEENTE_ID)?.id;

/** A fresh fake Loket and read-marker store per story, so stories on one docs page never mix. */
function inbox(args: InboxArgs, setup: Setup = {}) {
  const loket = createFakeLoket({
    only: setup.empty ? ['none'] : ['messages'],
    now: new Date(),
    latency: setup.latency ?? 150,
    faults: setup.faults ?? [],
    ...(setup.noAccess ? { session: { roles: ALL_ROLES.filter((role) => role !== 'LoketLB-berichtenGebruiker') } } : {}),
    ...(setup.signedOut ? { session: null } : {}),
  });
  if (setup.hostile) makeHostile(loket);
  const conversation = setup.open?.(loket);
  return html`<div style="max-width: ${setup.width ?? '1100px'}">
    <loket-inbox
      page-size=${args.pageSize}
      unread-days=${args.unreadDays}
      deadline-warning-days=${args.warnDays}
      conversation-url=${args.conversationUrl}
      conversation=${conversation ?? nothing}
      .fetch=${loket.fetch}
      .readStateStore=${new LocalReadStateStore(null)}
    ></loket-inbox>
  </div>`;
}

/** Opens the reply form of the open conversation once it shows. */
const startReply = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const element = canvasElement.querySelector<LoketInbox>('loket-inbox')!;
  for (let tries = 0; tries < 100; tries++) {
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('.reply-open');
    if (button) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const meta: Meta<InboxArgs> = {
  title: 'Widgets/Inbox',
  component: 'loket-inbox',
  args: {
    pageSize: 20,
    unreadDays: 30,
    warnDays: 5,
    conversationUrl: 'https://intranet.gemeente.be/berichten#{id}',
  },
  parameters: {
    docs: {
      description: {
        component:
          'The berichtencentrum of the Loket: conversations with the Agentschap Binnenlands Bestuur, threads with their attachments, ' +
          'replies as the Loket sends them (with at least one attachment), and what the Loket lacks: read state shared with the bell, ' +
          'search and filters, and the reply deadline (`reactietermijn`) counted in Belgian working days. Needs `LoketLB-berichtenGebruiker`.',
      },
    },
  },
  render: (args) => inbox(args),
};
export default meta;

type Story = StoryObj<InboxArgs>;

/** Many conversations, paged by the Loket (20 a page); unread ones marked, deadlines flagged. */
export const Conversations: Story = {};

/** While the first page is on its way. */
export const Loading: Story = { render: (args) => inbox(args, { latency: 600_000 }) };

/** A bestuur without any conversation yet. */
export const Empty: Story = { render: (args) => inbox(args, { empty: true }) };

/** Without the role `LoketLB-berichtenGebruiker`: a notice that names it, no list. */
export const NoAccess: Story = { render: (args) => inbox(args, { noAccess: true }) };

/** The Loket fails: a translated message and a retry. */
export const ServerError: Story = {
  render: (args) => inbox(args, { faults: [{ path: /^\/conversaties$/, times: 8, fault: { kind: 'status', status: 500 } }] }),
};

/** No connection. */
export const Offline: Story = { render: (args) => inbox(args, { faults: [{ path: /^\/conversaties$/, times: 8, fault: { kind: 'drop' } }] }) };

/** The session expired: the user is told to sign in again. */
export const SessionExpired: Story = { render: (args) => inbox(args, { signedOut: true }) };

/** A long thread: every bericht oldest first, sender, author, dates, plain text. */
export const LongThread: Story = { render: (args) => inbox(args, { open: longest }) };

/** A bericht with a whole dossier attached: file cards with kind, name, size and download link. */
export const ManyAttachments: Story = { render: (args) => inbox(args, { open: mostFiles }) };

/** A request that waits for an answer: the deadline in working days, with its calendar export. */
export const ReplyDeadline: Story = { render: (args) => inbox(args, { open: waiting }) };

/** The reply form: add attachments (uploaded with progress), remove them, send. The draft survives a reload. */
export const Replying: Story = {
  render: (args) => inbox(args, { open: waiting, faults: [{ method: 'POST', path: '/files', fault: { kind: 'latency', ms: 2500 } }] }),
  play: startReply,
};

/** A reply whose second write fails once: text and attachments stay, "Opnieuw versturen" resumes. */
export const SendFails: Story = {
  render: (args) => inbox(args, { open: waiting, faults: [{ method: 'PATCH', path: '/conversaties', times: 1, fault: { kind: 'status', status: 503 } }] }),
  play: startReply,
};

/** Scripts in every text and file name: shown as text, never run. */
export const HostileData: Story = { render: (args) => inbox(args, { hostile: true }) };

/** A narrow column: each conversation as a card. */
export const Narrow: Story = { render: (args) => inbox(args, { width: '420px' }) };

/** French UI (any `lang` on an ancestor works; the toolbar sets it for every story). */
export const French: Story = { render: (args) => html`<div lang="fr">${inbox(args)}</div>` };
