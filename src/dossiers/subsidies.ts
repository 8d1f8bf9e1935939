/**
 * Subsidy applications of Subsidiepunt (`/subsidy-measure-consumptions`, lblod/app-subsidiepunt
 * config/resources/master-subsidies-domain.lisp) as list dossiers, asked as Subsidiepunt's own list
 * asks them (lblod/frontend-subsidiepunt app/routes/subsidy/applications/index.js:38-80, its columns
 * in app/templates/subsidy/applications/index.hbs). Loaded only when a host shows subsidies.
 *
 * No filter on the bestuur: the real list sends none. A bestuur's applications sit in its own
 * `…/organizations/<bestuur>/SubsidiepuntGebruiker` graph, which is all a session of that bestuur
 * sees (config/authorization/config.ex, `o-subs-rwf`); the link to the bestuur is the inverse
 * `participations.participating-organization` (`^m8g:playsRole`), a single predicate granted apart.
 * So the applications shown are those of the signed-in bestuur, whatever `bestuurseenheid` says.
 */
import type { ResourceView } from '../api/document.js';
import { fullName, statusFromView, withDates, type DocumentType, type Dossier } from '../api/dossiers.js';
import { query } from '../api/query.js';
import type { DossierCollection } from './remote.js';
import { SUBSIDY_STATUS, statusKind, statusOption } from './status.js';

/** The measure offer is the application's "type" (and its name); filtered on by URI, as Subsidiepunt does. */
function offerFromView(view: ResourceView): DocumentType | undefined {
  const label = view.string('title')?.trim();
  if (!label) return undefined;
  const offer: DocumentType = { id: view.id, label };
  if (view.uri) offer.uri = view.uri;
  return offer;
}

export function subsidyFromView(view: ResourceView): Dossier {
  const statusView = view.one('status');
  const status = statusView?.resolved ? statusFromView(statusView) : undefined;
  const offerView = view.one('subsidy-measure-offer');
  const offer = offerView?.resolved ? offerFromView(offerView) : undefined;
  const dossier: Dossier = { id: view.id, types: offer ? [offer] : [], statusKind: statusKind(status) };
  if (status) dossier.status = status;
  // What the list shows under the offer: the project (first form) and the series (call).
  const project = view.many('subsidy-application-forms')?.[0]?.string('project-name')?.trim();
  const series = view.one('subsidy-application-flow')?.one('subsidy-measure-offer-series')?.string('title')?.trim();
  const description = [project, series].filter(Boolean).join(' – ');
  if (description) dossier.description = description;
  const lastModifier = fullName(view.one('last-modifier'));
  if (lastModifier) dossier.lastModifier = lastModifier;
  const deadline = view.one('active-subsidy-application-flow-step')?.one('subsidy-procedural-step')?.one('period')?.dateTime('end');
  return withDates(dossier, { created: view.dateTime('created'), modified: view.dateTime('modified'), deadline });
}

const { concept, active, sent } = SUBSIDY_STATUS;

export const collection: DossierCollection = {
  path: 'subsidy-measure-consumptions',
  query: {
    // Exactly the real list's include (routes/subsidy/applications/index.js:46-54).
    includes: [
      'status',
      'subsidy-measure-offer',
      'subsidy-application-forms',
      'subsidy-application-flow.subsidy-measure-offer-series.period',
      'active-subsidy-application-flow-step.subsidy-procedural-step.period',
      'participations',
      'last-modifier',
    ],
    // "Alle" asks no status filter, as the real list by default.
    views: { lopend: [concept, active], afgerond: [sent], alle: undefined },
    statusFilter: (q, ids) => q.ids(ids, 'status'),
    typeFilter: (q, offer) => (offer.uri ? q.uri(offer.uri, 'subsidy-measure-offer') : q.ids([offer.id], 'subsidy-measure-offer')),
    modified: 'modified',
    text: ['subsidy-measure-offer.title', 'subsidy-application-forms.project-name'],
    // The real list's sortable columns (templates/subsidy/applications/index.hbs:44-57).
    sorts: {
      title: 'subsidy-measure-offer.title',
      status: 'status.label',
      deadline: 'active-subsidy-application-flow-step.subsidy-procedural-step.period.end',
      modified: 'modified',
    },
  },
  fromView: subsidyFromView,
  lists: {
    async statuses(client, signal) {
      return (await client.getAll('subsidy-measure-consumption-statuses', query().sort('label'), statusFromView, { signal })).items.map(statusOption);
    },
    async types(client, signal) {
      const offers = await client.getAll('subsidy-measure-offers', query().sort('title', 'asc', { noCase: true }), offerFromView, { signal });
      return offers.items.filter((offer): offer is DocumentType => offer !== undefined);
    },
  },
};
