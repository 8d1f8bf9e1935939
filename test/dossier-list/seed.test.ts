import { expect } from '@open-wc/testing';
import { createFakeLoket, FIRST_GEMEENTE_ID, type FakeLoket } from '../../fake-loket/index.js';
import { SUBMISSION_STATUSES, TYPE_SCHEMES } from '../../fake-loket/apps/loket/seed/dossiers.js';
import { CONSUMPTION_STATUSES, APPLICANT_ROLE } from '../../fake-loket/apps/subsidiepunt/seed/subsidies.js';
import type { StoredResource } from '../../fake-loket/schema.js';

const NOW = new Date('2026-11-28T00:00:00Z');
const ACCEPT = { headers: { Accept: 'application/vnd.api+json' } };

async function json(fake: FakeLoket, path: string): Promise<{ data: { id: string; attributes: Record<string, unknown> }[]; meta?: { count: number } }> {
  const response = await fake.fetch(`http://fake${path}`, ACCEPT);
  expect(response.status, path).to.equal(200);
  return response.json();
}

describe('fake Loket: dossiers family (the Loket)', () => {
  const fake = createFakeLoket({ now: NOW, size: { services: 5, dossiers: 400 } });
  const table = (type: string) => fake.store.get(type)!;
  const submissions = [...table('submissions').values()];
  const related = (record: StoredResource, name: string) => record.relationships[name];

  it('seeds the asked number of submissions, most for the first gemeente, each in its bestuur’s toezicht graph', () => {
    expect(submissions).to.have.length(400);
    const own = submissions.filter((s) => related(s, 'organization') === FIRST_GEMEENTE_ID).length;
    expect(own / submissions.length).to.be.within(0.5, 0.7);
    for (const submission of submissions) {
      expect(submission.owner).to.equal(related(submission, 'organization'));
      expect(submission.graph).to.equal('o-toez-rwf');
      const formData = table('form-data').get(related(submission, 'form-data') as string)!;
      expect([formData.owner, formData.graph]).to.deep.equal([submission.owner, 'o-toez-rwf']);
      for (const file of related(submission, 'file') as string[]) expect(table('files').get(file)!.owner).to.equal(submission.owner);
    }
  });

  it('has the real status concepts, as statuses and as concepts of their scheme', () => {
    const statuses = [...table('submission-document-statuses').values()];
    expect(statuses.map((s) => [s.attributes['label'], s.attributes['uri']])).to.deep.include.members([
      ['Nieuw', 'http://lblod.data.gift/concepts/6b7ae118-4653-48f2-9d9a-4712f8c30da9'],
      ['Concept', 'http://lblod.data.gift/concepts/79a52da4-f491-4e2f-9374-89a13cde8ecd'],
      ['Verstuurd', 'http://lblod.data.gift/concepts/9bd8d86d-bb10-4456-a84e-91e9507c374c'],
      ['Verwijderd', 'http://lblod.data.gift/concepts/faa5110a-fdb2-47fa-a0d2-118e5542ef05'],
    ]);
    for (const status of statuses) {
      const concept = table('concepts').get(status.id)!;
      expect(concept.attributes['uri']).to.equal(status.attributes['uri']);
      expect(table('concept-schemes').get((concept.relationships['concept-schemes'] as string[])[0]!)!.attributes['uri']).to.equal(
        'http://lblod.data.gift/concept-schemes/9cf6fa63-1f49-4d53-af06-e1c235ece10b',
      );
    }
  });

  it('dates every submission around now: sent ones with a sent date, drafts without, some deleted and some new', () => {
    const counts = new Map<unknown, number>();
    for (const submission of submissions) {
      const modified = Date.parse(submission.attributes['modified'] as string);
      expect(modified).to.be.at.most(NOW.getTime());
      expect(modified).to.be.above(NOW.getTime() - 4 * 365 * 24 * 3600 * 1000);
      const status = related(submission, 'status');
      counts.set(status, (counts.get(status) ?? 0) + 1);
      if (status === SUBMISSION_STATUSES.sent.id) expect(submission.attributes['sent-date']).to.be.a('string');
      if (status === SUBMISSION_STATUSES.concept.id) expect(submission.attributes).not.to.have.property('sent-date');
    }
    expect(counts.get(SUBMISSION_STATUSES.deleted.id)).to.be.greaterThan(5);
    expect(counts.get(SUBMISSION_STATUSES.new.id)).to.be.greaterThan(0);
    expect(counts.get(SUBMISSION_STATUSES.sent.id)! > counts.get(SUBMISSION_STATUSES.concept.id)!).to.equal(true);
  });

  it('types each form with a concept of "Type dossier", a regulation also with its regulation type', () => {
    const typeDossier = [...table('concepts').values()].filter((c) => (c.relationships['concept-schemes'] as string[] | undefined)?.includes(TYPE_SCHEMES.typeDossier.id));
    expect(typeDossier.map((c) => c.attributes['label'])).to.include.members(['Besluitenlijst', 'Notulen', 'Reglementen en verordeningen', 'Budget', 'Meerjarenplan(aanpassing)', 'Jaarrekening']);
    expect(table('concepts').get('3fa67785-ffdc-4b30-8880-2b99d97b4dee')!.attributes['uri']).to.equal('https://data.vlaanderen.be/id/concept/BesluitDocumentType/3fa67785-ffdc-4b30-8880-2b99d97b4dee');
    const inScheme = new Set(typeDossier.map((c) => c.id));
    const regulationLabels = new Set<unknown>();
    for (const submission of submissions) {
      const types = table('form-data').get(related(submission, 'form-data') as string)!.relationships['types'] as string[];
      expect(inScheme.has(types[0]!), types[0]).to.equal(true);
      if (types.length > 1) {
        expect(types[0]).to.equal('67378dd0-5413-474b-8996-d992ef81637a');
        regulationLabels.add(table('concepts').get(types[1]!)!.attributes['label']);
      }
    }
    expect([...regulationLabels]).to.include.members(['Retributiereglement', 'Belastingreglement']);
  });

  it('has each decision passed by a body in time of the bestuur itself, sitting on the session day', () => {
    let passed = 0;
    for (const submission of submissions) {
      const formData = table('form-data').get(related(submission, 'form-data') as string)!;
      const organ = formData.relationships['passed-by'];
      if (typeof organ !== 'string') continue;
      passed++;
      const inTime = table('bestuursorganen').get(organ)!;
      const body = table('bestuursorganen').get(inTime.relationships['is-tijdsspecialisatie-van'] as string)!;
      expect(body.relationships['bestuurseenheid']).to.equal(related(submission, 'organization'));
      expect(body.owner).to.equal(undefined);
      const session = (formData.attributes['session-started-at-time'] as string).slice(0, 10);
      expect(session >= (inTime.attributes['binding-start'] as string)).to.equal(true);
      if (inTime.attributes['binding-einde']) expect(session < (inTime.attributes['binding-einde'] as string)).to.equal(true);
    }
    expect(passed).to.be.greaterThan(submissions.length * 0.9);
  });

  it('has the last modifier a user of the same bestuur', () => {
    for (const submission of submissions) {
      const user = related(submission, 'last-modifier');
      if (typeof user === 'string') expect(table('gebruikers').get(user)!.relationships['bestuurseenheden']).to.deep.equal([related(submission, 'organization')]);
    }
  });

  it('shows a session only its own bestuur’s submissions, and none without the toezicht role', async () => {
    const own = submissions.filter((s) => related(s, 'organization') === FIRST_GEMEENTE_ID).length;
    expect((await json(fake, '/submissions?page[size]=1')).meta!.count).to.equal(own);
    fake.setSession({ roles: ['LoketLB-berichtenGebruiker'] }, 'loket');
    try {
      expect((await json(fake, '/submissions?page[size]=1')).meta!.count).to.equal(0);
    } finally {
      fake.setSession({}, 'loket');
    }
  });

  it('is the same on every run for the same seed', () => {
    const again = createFakeLoket({ now: NOW, size: { services: 5, dossiers: 400 } });
    expect([...again.store.get('submissions')!.keys()]).to.deep.equal(submissions.map((s) => s.id));
  });
});

describe('fake Subsidiepunt: subsidies family', () => {
  const fake = createFakeLoket({ now: NOW, size: { services: 5, dossiers: 300 } });
  const app = fake.apps.subsidiepunt!;
  const table = (type: string) => app.store.get(type)!;
  const consumptions = [...table('subsidy-measure-consumptions').values()];

  it('seeds applications of several besturen, in each bestuur’s subsidy graph, with the bestuur as applicant', () => {
    const owners = new Set(consumptions.map((c) => c.owner));
    expect(owners.has(FIRST_GEMEENTE_ID)).to.equal(true);
    expect(owners.size).to.be.greaterThan(1);
    for (const consumption of consumptions) {
      expect(consumption.graph).to.equal('o-subs-rwf');
      for (const id of consumption.relationships['participations'] as string[]) {
        const participation = table('participations').get(id)!;
        expect(participation.attributes['role']).to.equal(APPLICANT_ROLE);
        expect(participation.owner).to.equal(consumption.owner);
        // `participating-organization` is the inverse of the bestuur's `participations` (m8g:playsRole).
        expect(table('bestuurseenheden').get(consumption.owner!)!.relationships['participations']).to.include(id);
      }
    }
  });

  it('uses the real statuses and offers, and a flow step with a deadline', () => {
    const statusIds = new Set<string>(Object.values(CONSUMPTION_STATUSES).map((s) => s.id));
    const offers = table('subsidy-measure-offers');
    expect([...offers.values()].map((o) => o.attributes['title'])).to.include.members(['Lokaal Energie- en Klimaatpact 2.0', 'Stadsvernieuwing - projectsubsidie']);
    for (const consumption of consumptions) {
      expect(statusIds.has(consumption.relationships['status'] as string)).to.equal(true);
      expect(offers.has(consumption.relationships['subsidy-measure-offer'] as string)).to.equal(true);
      const step = table('subsidy-application-flow-steps').get(consumption.relationships['active-subsidy-application-flow-step'] as string)!;
      const procedural = table('subsidy-procedural-steps').get(step.relationships['subsidy-procedural-step'] as string)!;
      expect(table('periods-of-time').get(procedural.relationships['period'] as string)!.attributes['end']).to.be.a('string');
    }
  });

  it('shows a session its own applications through the graph alone, and none without SubsidiepuntGebruiker', async () => {
    const own = consumptions.filter((c) => c.owner === FIRST_GEMEENTE_ID).length;
    const list = await json(fake, '/subsidiepunt-api/subsidy-measure-consumptions?include=participations.participating-organization,last-modifier');
    expect(list.meta!.count).to.equal(own);
    fake.setSession({ roles: ['LoketLB-toezichtGebruiker'] }, 'subsidiepunt');
    try {
      expect((await json(fake, '/subsidiepunt-api/subsidy-measure-consumptions')).meta!.count).to.equal(0);
    } finally {
      fake.setSession({}, 'subsidiepunt');
    }
  });
});
