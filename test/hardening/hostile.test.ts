import { expect } from '@open-wc/testing';
import { createFakeLoket, type LanguageString } from '../../fake-loket/index.js';
import { XSS_PAYLOADS, makeHostile } from '../../fake-loket/hostile.js';

const isPayload = (value: string, list: readonly string[]) => list.some((payload) => value.startsWith(payload));

describe('makeHostile', function () {
  this.timeout(20000);

  it('rewrites every text, keeps ids, relationships and non-text attributes, and serves the result', async () => {
    const loket = createFakeLoket({ size: { services: 20, dossiers: 20 } });
    const before = Object.entries(structuredClone(loket.snapshot().apps)).flatMap(([app, records]) => records.map((record) => ({ app, record })));
    const touched = makeHostile(loket);
    expect(touched).to.equal(before.length);
    const after = new Map(Object.entries(loket.snapshot().apps).flatMap(([app, records]) => records.map((record) => [`${app}:${record.type}/${record.id}`, record])));
    let texts = 0;
    for (const { app, record: original } of before) {
      const record = after.get(`${app}:${original.type}/${original.id}`)!;
      expect(record.relationships).to.deep.equal(original.relationships);
      const kinds = loket.apps[app as keyof typeof loket.apps]!.types.get(original.type)!.attributes;
      for (const [name, value] of Object.entries(original.attributes)) {
        const kind = kinds[name];
        const now = record.attributes[name];
        if (kind === 'string' || kind === 'url') {
          texts += 1;
          expect(isPayload(now as string, [...XSS_PAYLOADS.text, ...XSS_PAYLOADS.url]), `${original.type}.${name}`).to.equal(true);
        } else if (kind === 'language-string-set') {
          texts += 1;
          const entries = now as LanguageString[];
          expect(entries.map((entry) => entry.language)).to.deep.equal((value as LanguageString[]).map((entry) => entry.language));
          for (const entry of entries) expect(isPayload(entry.content, [...XSS_PAYLOADS.text, ...XSS_PAYLOADS.html])).to.equal(true);
        } else if (kind !== 'string-set' && kind !== 'language-string') {
          expect(now, `${original.type}.${name}`).to.deep.equal(value);
        }
      }
    }
    expect(texts).to.be.greaterThan(100);
    const response = await loket.fetch('https://loket.test/public-services?page[size]=1', { headers: { Accept: 'application/vnd.api+json' } });
    const body = (await response.json()) as { data: { attributes: { name: LanguageString[] } }[] };
    expect(body.data[0]!.attributes.name[0]!.content).to.match(/<|\u202E|\{\{|Zeer lange/);
  });

  it('puts non-http schemes in URL attributes and HTML payloads in descriptions', () => {
    const loket = createFakeLoket({ size: { services: 20, dossiers: 5 } });
    makeHostile(loket);
    const websites = [...loket.store.get('websites')!.values()];
    expect(websites.length).to.be.greaterThan(0);
    for (const website of websites) expect(XSS_PAYLOADS.url).to.include(website.attributes['url']);
    const service = loket.store.get('public-services')!.values().next().value!;
    const description = service.attributes['description'] as LanguageString[];
    expect(isPayload(description[0]!.content, XSS_PAYLOADS.html)).to.equal(true);
  });

  it('takes its own payloads', () => {
    const loket = createFakeLoket({ size: { services: 5, dossiers: 5 } });
    makeHostile(loket, { text: ['T'], url: ['U'], html: ['H'] });
    const bestuurseenheid = loket.store.get('bestuurseenheden')!.values().next().value!;
    expect(bestuurseenheid.attributes['naam']).to.match(/^T /);
  });
});
