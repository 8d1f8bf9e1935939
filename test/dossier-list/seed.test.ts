import { expect } from '@open-wc/testing';
import { createFakeLoket, FIRST_GEMEENTE_ID } from '../../fake-loket/index.js';
import { SUBMISSION_STATUSES } from '../../fake-loket/seed/dossiers.js';

const NOW = new Date('2026-11-28T00:00:00Z');

describe('fake Loket: dossiers family', () => {
  const fake = createFakeLoket({ now: NOW, size: { services: 5, dossiers: 400 } });
  const submissions = [...fake.store.get('submissions')!.values()];

  it('seeds the asked number of submissions, most for the first gemeente', () => {
    expect(submissions).to.have.length(400);
    const own = submissions.filter((s) => s.relationships['organization'] === FIRST_GEMEENTE_ID).length;
    expect(own / submissions.length).to.be.within(0.5, 0.7);
  });

  it('serves the Loket status concepts with their URIs', () => {
    const statuses = [...fake.store.get('submission-document-statuses')!.values()];
    expect(statuses.map((s) => s.attributes['uri'])).to.include.members([
      'http://lblod.data.gift/concepts/79a52da4-f491-4e2f-9374-89a13cde8ecd',
      'http://lblod.data.gift/concepts/9bd8d86d-bb10-4456-a84e-91e9507c374c',
    ]);
    expect(statuses).to.have.length(SUBMISSION_STATUSES.length);
  });

  it('dates every submission around now, sent ones with a sent date and drafts without', () => {
    const sentId = SUBMISSION_STATUSES[1].id;
    const conceptId = SUBMISSION_STATUSES[0].id;
    for (const submission of submissions) {
      const modified = Date.parse(submission.attributes['modified'] as string);
      expect(modified).to.be.at.most(NOW.getTime());
      expect(modified).to.be.above(NOW.getTime() - 4 * 365 * 24 * 3600 * 1000);
      if (submission.relationships['status'] === sentId) expect(submission.attributes['sent-date']).to.be.a('string');
      if (submission.relationships['status'] === conceptId) expect(submission.attributes).not.to.have.property('sent-date');
    }
    const kinds = new Set(submissions.map((s) => s.relationships['status']));
    expect(kinds.size).to.equal(3);
  });

  it('links form data, realistic document types and existing bodies', () => {
    const formData = fake.store.get('form-data')!;
    const types = fake.store.get('document-types')!;
    const organs = fake.store.get('bestuursorganen')!;
    const labels = [...types.values()].map((t) => t.attributes['label']);
    expect(labels).to.include.members(['Besluitenlijst', 'Notulen', 'Budget', 'Jaarrekening', 'Aanvullend reglement op het wegverkeer', 'Belastingreglement']);
    let withOrgan = 0;
    for (const submission of submissions) {
      const form = formData.get(submission.relationships['form-data'] as string)!;
      expect(form, submission.id).to.exist;
      for (const typeId of form.relationships['types'] as string[]) expect(types.has(typeId)).to.equal(true);
      const organ = form.relationships['passed-by'];
      if (typeof organ === 'string') {
        expect(organs.has(organ)).to.equal(true);
        withOrgan++;
      }
    }
    expect(withOrgan).to.be.greaterThan(submissions.length / 2);
  });

  it('is the same on every run for the same seed', () => {
    const again = createFakeLoket({ now: NOW, size: { services: 5, dossiers: 400 } });
    expect([...again.store.get('submissions')!.keys()]).to.deep.equal(submissions.map((s) => s.id));
  });
});
