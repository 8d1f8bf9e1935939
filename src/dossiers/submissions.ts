/**
 * Supervision submissions ("toezicht") of the Loket, asked as the Loket's own list asks them
 * (lblod/frontend-loket app/routes/supervision/submissions/index.js, its filter components in
 * app/components/supervision/, its sortable columns in app/templates/supervision/submissions/index.hbs),
 * against the resources of lblod/app-digitaal-loket config/resources/master-submissions-domain.lisp.
 */
import { query } from '../api/query.js';
import { documentTypeFromView, dossierFromView, statusFromView, type DocumentType } from '../api/dossiers.js';
import type { DossierCollection } from './remote.js';
import { SUBMISSION_STATUS, statusOption } from './status.js';

/**
 * "Type dossier inzending voor toezicht": the concepts the Loket's type filter offers
 * (frontend-loket app/models/concept-scheme.js `DECISION_TYPE`, read by
 * components/supervision/submission-types-select.js). The constant is named after decision types
 * and the concepts are BesluitType and BesluitDocumentType concepts, but the scheme is this curated
 * one (APP migrations 2020/…/20200302152000-add-type-dossier-selector-concept-scheme.ttl), not
 * https://data.vlaanderen.be/id/conceptscheme/BesluitType itself: that one also holds the regulation
 * types and the historical ones, which the Loket does not offer as a "Type dossier".
 */
export const TYPE_DOSSIER_SCHEME = 'http://lblod.data.gift/concept-schemes/71e6455e-1204-46a6-abf4-87319f58eaa5';

const { concept, sent } = SUBMISSION_STATUS;

export const collection: DossierCollection = {
  path: 'submissions',
  query: {
    // `pav:createdBy`, set on every submission (routes/supervision/submissions/new.js); the Loket's
    // own list leaves the scope to the toezicht graph, the widget also honours `bestuurseenheid`.
    owner: 'organization',
    // The Loket's list includes `form-data` and then follows each row's links (N+1); these four
    // paths of the same domain give every cell in one request.
    includes: ['status', 'form-data.types', 'form-data.passed-by.is-tijdsspecialisatie-van', 'last-modifier'],
    views: { lopend: [concept], afgerond: [sent], alle: [concept, sent] },
    // Chosen: `filter[status][:uri:]`; by default `filter[status][id]=<Concept>,<Verstuurd>` (routes/…/index.js:33-41).
    statusFilter: (q, ids) => (ids.length === 1 ? q.uri(`http://lblod.data.gift/concepts/${ids[0]}`, 'status') : q.ids(ids, 'status', { legacy: true })),
    typeFilter: (q, type) => q.ids([type.id], 'form-data.types', { legacy: true }),
    organ: 'form-data.passed-by.is-tijdsspecialisatie-van',
    modified: 'form-data.submission.modified',
    text: ['form-data.description', 'form-data.types.label'],
    sorts: {
      title: ':no-case:form-data.types.label',
      status: ':no-case:status.label',
      organ: ':no-case:form-data.passed-by.is-tijdsspecialisatie-van.naam',
      session: 'form-data.session-started-at-time',
      modified: 'modified',
      sent: 'sent-date',
    },
  },
  fromView: dossierFromView,
  lists: {
    // The status select asks the two statuses the list shows, one by one (components/supervision/submission-status-select.gjs:31-45).
    async statuses(client, signal) {
      const pages = await Promise.all(
        [concept, sent].map((status) => client.list('submission-document-statuses', query().uri(status.uri).page(0, 1), statusFromView, { signal })),
      );
      return pages.flatMap((page) => page.items).map(statusOption);
    },
    async types(client, signal) {
      const all = await client.getAll('concepts', query().uri(TYPE_DOSSIER_SCHEME, 'concept-schemes').sort('label'), documentTypeFromView, { signal, pageSize: 100 });
      return all.items.filter((type): type is DocumentType => type !== undefined);
    },
    // The bodies of the bestuur that have had more than one body in time
    // (components/supervision/submission-governing-bodies-select.js:34-52).
    async organs(client, signal, bestuurseenheid) {
      const q = query().hasNo('bevat-bestuursfunctie').ids([await bestuurseenheid()], 'bestuurseenheid').include('heeft-tijdsspecialisaties').sort('naam');
      const page = await client.list('bestuursorganen', q, (view) => view, { signal });
      return page.items
        .filter((view) => (view.many('heeft-tijdsspecialisaties')?.length ?? 0) > 1)
        .map((view) => ({ id: view.id, label: view.string('naam')?.trim() ?? '' }))
        .filter((organ) => organ.label);
    },
  },
};
