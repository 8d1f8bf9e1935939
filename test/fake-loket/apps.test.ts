// The four real apps as the fake serves them (fake-loket/apps/*): their transcribed configuration
// holds together, the dispatchers route what /work/shared/LOKET-API.md says, and without a session
// only the public graph is read.
import { expect } from '@open-wc/testing';
import { LUCKLESS_QUIRKS, type AppSpec } from '../../fake-loket/app-spec.js';
import { EVERYTHING } from '../../fake-loket/database.js';
import { dispatch } from '../../fake-loket/dispatcher.js';
import { compileDomain } from '../../fake-loket/domain.js';
import { APPS, FIRST_GEMEENTE_ID, createFakeLoket, type AppName, type FakeLoket, type TypeDef } from '../../fake-loket/index.js';
import { JSON_API, getJson } from './test-app.js';

/**
 * Resource paths the dispatchers forward to mu-cl-resources whose `define-resource` is in a domain
 * file the fake does not transcribe (or in none at all): the real file, checked in the app's mirror
 * with `git grep 'on-path "<path>"' HEAD -- config/resources`.
 */
const UNTRANSCRIBED: Record<AppName, Record<string, string>> = {
  loket: {
    ...Object.fromEntries(
      ['fracties', 'fractietypes', 'geboortes', 'lijsttypes', 'kandidatenlijsten', 'lidmaatschappen', 'bestuursfunctie-codes', 'mandataris-status-codes', 'beleidsdomein-codes', 'personen', 'geslacht-codes', 'nationalities', 'identificatoren', 'tijdsintervallen'].map((path) => [path, 'slave-mandaat-domain.lisp']),
    ),
    mandaten: 'post.lisp',
    posts: 'post.lisp',
    'minister-positions': 'post.lisp',
    'bbcdr-reports': 'master-bbcdr-domain.lisp',
    'validation-executions': 'master-validations-domain.lisp',
    validations: 'master-validations-domain.lisp',
    'validation-errors': 'master-validations-domain.lisp',
    invalidations: 'invalidation.lisp',
    ...Object.fromEntries(['log-entries', 'log-levels', 'status-codes', 'log-sources'].map((path) => [path, 'master-log-domain.lisp'])),
    ...Object.fromEntries(
      ['employee-datasets', 'employee-period-slices', 'employee-observations', 'employee-time-periods', 'educational-levels', 'working-time-categories', 'employee-legal-statuses', 'employee-unit-measures'].map((path) => [path, 'master-personeelsdatabank-domain.lisp']),
    ),
    reports: 'master-reports-domain.lisp',
    datasets: 'dcat.json',
    distributions: 'dcat.json',
    'file-address-cache-statuses': 'none (no define-resource has this path)',
    'acm-idm-service-log-entries': 'none (no define-resource has this path)',
  },
  lmb: {
    'remote-data-objects': 'none (no define-resource has this path)',
    'agents-in-position': 'none (abstract resource)',
    posts: 'none (abstract resource)',
    roles: 'none (abstract resource)',
  },
  subsidiepunt: {
    'submission-document-statuses': 'master-submissions-domain.lisp',
    'form-data': 'master-submissions-domain.lisp',
    ...Object.fromEntries(['log-entries', 'log-levels', 'log-sources'].map((path) => [path, 'master-log-domain.lisp'])),
    ...Object.fromEntries(['jobs', 'tasks', 'data-containers', 'job-errors'].map((path) => [path, 'master-job-domain.lisp'])),
    reports: 'master-reports-domain.lisp',
  },
  contactgegevens: {
    ...Object.fromEntries(['log-entries', 'log-levels', 'status-codes', 'log-sources'].map((path) => [path, 'master-log-domain.lisp'])),
    ...Object.fromEntries(['jobs', 'tasks', 'data-containers', 'job-errors'].map((path) => [path, 'master-job-domain.lisp'])),
    reports: 'master-reports-domain.lisp',
    datasets: 'dcat.json',
    'acm-idm-service-log-entries': 'none (no define-resource has this path)',
  },
};

/** The resource path a `resource` rule forwards to. */
const targetOf = (rule: AppSpec['dispatcher']['rules'][number]) => rule.resource ?? rule.path.split('/').filter(Boolean)[0]!;

/** Requests LOKET-API.md names for each app, and where its dispatcher must send them. */
const ROUTES: Record<AppName, [method: string, path: string, to: string][]> = {
  loket: [
    ['GET', '/sessions/current', 'login-loket'],
    ['GET', '/public-services', 'resource'],
    ['GET', '/public-services/x', 'resource'],
    ['GET', '/public-services/search', 'search'],
    ['GET', '/concepts', 'resource'],
    ['GET', '/concept-schemes', 'resource'],
    ['GET', '/websites', 'resource'],
    ['GET', '/procedures', 'resource'],
    ['GET', '/bookmarks', 'ipdc-bookmarks'],
    ['POST', '/public-services/x/bookmarks', 'ipdc-bookmarks'],
    ['DELETE', '/bookmarks/x', 'ipdc-bookmarks'],
    ['GET', '/submissions', 'resource'],
    ['GET', '/form-data/x', 'resource'],
    ['GET', '/submission-document-statuses', 'resource'],
    ['GET', '/conversaties', 'resource'],
    ['PATCH', '/conversaties/x', 'resource'],
    ['POST', '/berichten', 'resource'],
    ['GET', '/files/x', 'resource'],
    ['GET', '/files/x/download', 'file'],
    ['POST', '/files', 'file'],
    ['GET', '/bestuurseenheden/x', 'resource'],
    ['PATCH', '/bestuurseenheden/x', 'resource'],
    ['GET', '/werkingsgebieden', 'resource'],
    ['GET', '/bestuursorganen', 'resource'],
    ['GET', '/contact-punten', 'resource'],
    ['GET', '/adressen', 'resource'],
  ],
  lmb: [
    ['GET', '/sessions/current', 'login'],
    ['GET', '/bestuursorganen', 'resource'],
    ['GET', '/bestuursperiodes', 'resource'],
    ['GET', '/mandaten', 'resource'],
    ['GET', '/mandatarissen', 'resource'],
    ['PATCH', '/mandatarissen/x', 'resource'],
    ['DELETE', '/mandatarissen/x', 'mandataris-api'],
    ['GET', '/personen', 'resource'],
    ['GET', '/fracties', 'resource'],
    ['GET', '/lidmaatschappen', 'resource'],
    ['GET', '/mandataris-status-codes', 'resource'],
    ['GET', '/mandataris-publication-status-codes', 'resource'],
    ['GET', '/bestuursfunctie-codes', 'resource'],
    ['GET', '/beleidsdomein-codes', 'resource'],
    ['GET', '/system-notifications', 'resource'],
    ['PATCH', '/system-notifications/x', 'resource'],
    ['GET', '/mandataris-api/mandatarissen/x', 'mandataris-api'],
  ],
  subsidiepunt: [
    ['GET', '/sessions/current', 'login'],
    ['GET', '/subsidy-measure-consumptions', 'resource'],
    ['GET', '/subsidy-measure-consumption-statuses', 'resource'],
    ['GET', '/subsidy-measure-offers', 'resource'],
    ['GET', '/participations', 'resource'],
    ['GET', '/bestuurseenheden', 'resource'],
  ],
  contactgegevens: [
    ['GET', '/sessions/current', 'login'],
    ['GET', '/administrative-units/x', 'resource'],
    ['GET', '/organizations', 'resource'],
    ['GET', '/sites', 'resource'],
    ['GET', '/contact-points', 'resource'],
    ['GET', '/addresses', 'resource'],
    ['GET', '/identifiers', 'resource'],
    ['GET', '/structured-identifiers', 'resource'],
    ['GET', '/groups/x', 'resource'],
  ],
};

const NAMES = Object.keys(APPS) as AppName[];

describe('fake Loket: the four apps', () => {
  for (const name of NAMES) {
    describe(name, () => {
      const spec = APPS[name];
      const types = new Map<string, TypeDef>(compileDomain(spec.domain).map((def) => [def.type, def]));

      it('every authorization path names a transcribed type (an attribute of it, for a predicate grant)', () => {
        for (const group of spec.authorization.groups) {
          for (const entry of [...group.read, ...(group.write ?? [])]) {
            const [type, attribute] = entry.split('#') as [string, string?];
            expect(types.has(type), `${group.name}: ${entry}`).to.equal(true);
            if (attribute) expect(Object.hasOwn(types.get(type)!.attributes, attribute) || Object.hasOwn(types.get(type)!.relationships, attribute), `${group.name}: ${entry}`).to.equal(true);
          }
        }
      });

      it('every `resource` target of the dispatcher is transcribed, or listed with the real file that defines it', () => {
        const untranscribed = UNTRANSCRIBED[name];
        for (const rule of spec.dispatcher.rules.filter((candidate) => candidate.to === 'resource')) {
          const target = targetOf(rule);
          expect(types.has(target) || target in untranscribed, `line ${rule.line}: ${target}`).to.equal(true);
        }
        // The list stays honest: nothing in it is transcribed after all.
        for (const path of Object.keys(untranscribed)) expect(types.has(path), path).to.equal(false);
      });

      it('every other dispatcher target is a service the app names, or a frontend, or a host the fake is not', () => {
        const builtIn = new Set(['resource', 'frontend', 'not-found']);
        for (const rule of spec.dispatcher.rules) {
          if (builtIn.has(rule.to) || rule.host) continue;
          // A service without an entry answers 501 in the fake; the ones the widgets use must be there.
          if (['login', 'login-loket', 'search', 'file'].includes(rule.to)) expect(spec.services?.[rule.to], `${rule.to} (line ${rule.line})`).to.not.equal(undefined);
        }
      });

      it('routes the requests LOKET-API.md names', () => {
        for (const [method, path, to] of ROUTES[name]) {
          const match = dispatch(spec.dispatcher, method, path, JSON_API);
          expect(match?.rule.to, `${method} ${path}`).to.equal(to);
          if (to === 'resource') expect(types.has(targetOf(match!.rule)), `${method} ${path}: transcribed`).to.equal(true);
        }
      });

      it('every relationship points at a transcribed type or is marked as a link to an undefined resource', () => {
        for (const def of types.values()) {
          for (const [rel, relationship] of Object.entries(def.relationships)) {
            if (relationship.undefinedTarget) expect(relationship.type, `${def.type}.${rel}`).to.equal('');
            else expect(types.has(relationship.type), `${def.type}.${rel} → ${relationship.type}`).to.equal(true);
          }
        }
      });
    });
  }

  describe('as served', () => {
    let loket: FakeLoket;
    let anonymous: FakeLoket;
    const small = { services: 20, dossiers: 20 };

    before(() => {
      loket = createFakeLoket({ seed: 11, size: small });
      anonymous = createFakeLoket({ seed: 11, size: small, session: null });
    });

    it('the Loket has no /document-types and no /subsidy-measure-consumptions (404, its own text)', async () => {
      for (const path of ['/document-types', '/subsidy-measure-consumptions', '/subsidy-measure-consumptions/x']) {
        const { status, text } = await getJson(loket.fetch, path);
        expect(status, path).to.equal(404);
        expect(text, path).to.equal('Route not found.  See config/dispatcher.ex');
      }
      expect((await getJson(loket.fetch, '/lmb-api/mandatarissen?page[size]=1')).status).to.equal(200);
      expect((await getJson(loket.fetch, '/subsidiepunt-api/subsidy-measure-consumptions?page[size]=1')).status).to.equal(200);
    });

    it('an unrouted path: the Loket and LMB answer their 404 text, Contactgegevens its frontend', async () => {
      for (const root of ['', '/lmb-api', '/subsidiepunt-api']) {
        const { status, response } = await getJson(loket.fetch, `${root}/nope`);
        expect(status, root).to.equal(404);
        expect(response.headers.get('Content-Type'), root).to.equal(null);
      }
      // Its frontend layer's last rule takes every path, whatever the Accept.
      const contact = await getJson(loket.fetch, '/contactgegevens-api/nope');
      expect(contact.status).to.equal(200);
      expect(contact.response.headers.get('Content-Type')).to.match(/^text\/html/);
    });

    it('LMB answers its frontend to anything accepting HTML, a resource path too (its fallback layer comes first)', async () => {
      const html = await getJson(loket.fetch, '/lmb-api/mandatarissen', `${JSON_API}, */*;q=0.1`);
      expect(html.status).to.equal(200);
      expect(html.response.headers.get('Content-Type')).to.match(/^text\/html/);
      // The Loket's resources take any Accept.
      expect((await getJson(loket.fetch, '/bestuurseenheden?page[size]=1', '*/*')).body.meta!.count).to.be.above(0);
    });

    it('the Loket and Subsidiepunt answer as their image (d03f906); LMB and Contactgegevens as v1.25+', async () => {
      expect(APPS.loket.quirks).to.deep.equal(LUCKLESS_QUIRKS);
      expect(APPS.subsidiepunt.quirks).to.deep.equal(LUCKLESS_QUIRKS);
      expect((await getJson(loket.fetch, '/bestuurseenheden?filter[nope]=x')).status).to.equal(500);
      expect((await getJson(loket.fetch, '/lmb-api/bestuurseenheden?filter[nope]=x')).status).to.equal(406);
      expect((await getJson(loket.fetch, `/bestuurseenheden?filter[:id:]=${FIRST_GEMEENTE_ID},nope`)).status).to.equal(500);
      expect((await getJson(loket.fetch, `/lmb-api/bestuurseenheden?filter[:id:]=${FIRST_GEMEENTE_ID},nope`)).body.meta!.count).to.equal(1);
    });

    for (const name of NAMES) {
      it(`${name}: without a session only the public graph is read`, async () => {
        const app = anonymous.apps[name]!;
        const spec = app.spec;
        const publicTypes = new Set(spec.authorization.groups.filter((group) => group.audience === 'public' && group.scope === 'shared').flatMap((group) => group.read.filter((entry) => !entry.includes('#'))));
        const lineage = (type: string) => {
          const out: string[] = [];
          for (let current: string | undefined = type; current; current = app.types.get(current)?.parent) out.push(current);
          return out;
        };
        const everything = app.db.scoped(EVERYTHING);
        const paths = new Set(spec.dispatcher.rules.filter((rule) => rule.to === 'resource' && (rule.method === 'GET' || rule.method === 'match') && !rule.host).map(targetOf));
        let hidden = 0;
        let shown = 0;
        for (const type of paths) {
          if (!app.types.has(type) || type === 'files' || type === 'accounts') continue;
          const all = [...everything.records(type)];
          const expected = all.filter((record) => record.owner === undefined && lineage(record.type).some((t) => publicTypes.has(t))).length;
          const { status, body } = await getJson(anonymous.fetch, `${app.basePath}/${type}?page[size]=1`);
          expect(status, `${name} /${type}`).to.equal(200);
          expect(body.meta!.count, `${name} /${type}`).to.equal(expected);
          hidden += all.length - expected;
          shown += expected;
        }
        expect(shown, `${name}: something is public`).to.be.above(0);
        const signedIn = loket.apps[name]!;
        if (hidden > 0) {
          // A signed-in session of the first gemeente sees at least as much (more, where its graphs hold records).
          let more = 0;
          for (const type of paths) {
            if (!signedIn.types.has(type) || type === 'files' || type === 'accounts') continue;
            more += (await getJson(loket.fetch, `${signedIn.basePath}/${type}?page[size]=1`)).body.meta!.count;
          }
          expect(more, name).to.be.at.least(shown);
        }
        const session = await getJson(anonymous.fetch, `${app.basePath}/sessions/current`);
        expect(session.status, name).to.equal(400);
      });
    }
  });
});
