/**
 * Subsidy applications (`/subsidy-measure-consumptions`) as list dossiers. Not every Loket serves
 * them; the widget loads this module only when a host asks for them.
 */
import type { ResourceView } from '../api/document.js';
import { statusFromView, type DocumentType, type Dossier } from '../api/dossiers.js';
import { query } from '../api/query.js';
import { statusKind, statusOption } from './status.js';
import type { DossierCollection } from './remote.js';

/** The measure offer is the application's "type" (and, having no title of its own, its name). */
function offerFromView(view: ResourceView): DocumentType | undefined {
  const label = view.string('title')?.trim();
  return label ? { id: view.id, label } : undefined;
}

export function subsidyFromView(view: ResourceView): Dossier {
  const statusView = view.one('status');
  const status = statusView?.resolved ? statusFromView(statusView) : undefined;
  const offerView = view.one('subsidy-measure-offer');
  const offer = offerView?.resolved ? offerFromView(offerView) : undefined;
  const dossier: Dossier = { id: view.id, types: offer ? [offer] : [], statusKind: statusKind(status) };
  if (status) dossier.status = status;
  const created = view.dateTime('created');
  if (created) dossier.created = created;
  const modified = view.dateTime('modified');
  if (modified) dossier.modified = modified;
  return dossier;
}

export const SUBSIDIES: DossierCollection = {
  path: 'subsidy-measure-consumptions',
  query: {
    owner: 'participations.participating-bestuurseenheid',
    includes: ['status', 'subsidy-measure-offer'],
    type: 'subsidy-measure-offer',
    text: ['subsidy-measure-offer.title'],
    title: 'subsidy-measure-offer.title',
  },
  fromView: subsidyFromView,
  options: async (client, signal) => {
    const [statuses, offers] = await Promise.all([
      client.getAll('subsidy-measure-consumption-statuses', query().sort('label'), statusFromView, { signal }),
      client.getAll('subsidy-measure-offers', query().sort('title', 'asc', { noCase: true }), offerFromView, { signal }),
    ]);
    return { statuses: statuses.items.map(statusOption), types: offers.items.filter((offer): offer is DocumentType => offer !== undefined) };
  },
};
