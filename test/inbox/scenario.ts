/**
 * A small, exact berichtencentrum for deadline tests: conversations of the first gemeente with
 * messages at given instants, in the bestuur's messaging graph as the seed puts them.
 */
import { ABB_ID, DEFAULT_USER_ID, FIRST_GEMEENTE_ID, type FakeLoket } from '../../fake-loket/index.js';
import { fakeLoket } from './helpers.js';

export interface ScenarioMessage {
  from: 'abb' | 'own';
  sentAt: string;
  text?: string;
}

export interface ScenarioConversation {
  id: string;
  subject: string;
  type?: string;
  period?: string;
  messages: ScenarioMessage[];
}

export function addConversation(loket: FakeLoket, conversation: ScenarioConversation): void {
  const table = (type: string) => loket.store.get(type)!;
  const place = { owner: FIRST_GEMEENTE_ID, graph: 'o-messaging-rwf' };
  const ids = conversation.messages.map((message, index) => {
    const id = `${conversation.id}-m${index + 1}`;
    table('berichten').set(id, {
      type: 'berichten',
      id,
      attributes: { verzonden: message.sentAt, inhoud: message.text ?? `Bericht ${index + 1}`, 'type-communicatie': conversation.type ?? 'Opvraging' },
      relationships: {
        van: message.from === 'abb' ? ABB_ID : FIRST_GEMEENTE_ID,
        naar: message.from === 'abb' ? FIRST_GEMEENTE_ID : ABB_ID,
        auteur: message.from === 'own' ? DEFAULT_USER_ID : null,
        bijlagen: [],
      },
      ...place,
    });
    return id;
  });
  table('conversaties').set(conversation.id, {
    type: 'conversaties',
    id: conversation.id,
    attributes: {
      betreft: conversation.subject,
      dossiernummer: `ABB/2025/${conversation.id}`,
      'current-type-communicatie': conversation.type ?? 'Opvraging',
      ...(conversation.period ? { reactietermijn: conversation.period } : {}),
    },
    relationships: { berichten: ids, 'laatste-bericht': ids.at(-1)! },
    ...place,
  });
  loket.changed();
}

/** Monday 14 April 2025, 12:00 in Brussels: the week before Easter Monday (21 April). */
export const NOW = new Date('2025-04-14T10:00:00Z');

/**
 * `close`: asked Friday 21 March, P30D → Easter Sunday → Tuesday 22 April, 5 working days left.
 * `open`: asked 10 April, P30D → Saturday 10 May → Monday 12 May.
 * `passed`: asked 1 February, P15D → Sunday 16 February → Monday 17 February.
 * `answered`: asked, then answered. `plain`: no period.
 */
export const SCENARIO: ScenarioConversation[] = [
  { id: 'close', subject: 'Opvraging stukken parkeerreglement', period: 'P30D', messages: [{ from: 'abb', sentAt: '2025-03-21T09:00:00Z' }] },
  { id: 'open', subject: 'Opvraging jaarrekening', period: 'P30D', messages: [{ from: 'abb', sentAt: '2025-04-10T09:00:00Z' }] },
  {
    id: 'passed',
    subject: 'Klacht over de gunning',
    period: 'P15D',
    messages: [{ from: 'abb', sentAt: '2025-02-01T09:00:00Z' }],
  },
  {
    id: 'answered',
    subject: 'Schorsing belastingreglement',
    type: 'Kennisgeving toezichtsbeslissing',
    period: 'P30D',
    messages: [
      { from: 'abb', sentAt: '2025-03-03T09:00:00Z' },
      { from: 'own', sentAt: '2025-03-20T09:00:00Z' },
    ],
  },
  { id: 'plain', subject: 'Omzendbrief digitale bekendmaking', type: 'Reactie', messages: [{ from: 'abb', sentAt: '2025-04-11T09:00:00Z' }] },
];

export function scenarioLoket(): FakeLoket {
  // No seeded conversations (only the besturen and users), then exactly these.
  const loket = fakeLoket({ only: ['none'], now: NOW });
  for (const conversation of SCENARIO) addConversation(loket, conversation);
  return loket;
}
