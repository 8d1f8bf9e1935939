/**
 * Lokaal Mandatenbeheer (lblod/app-lokaal-mandatenbeheer) as a fake app: its domain, dispatcher
 * and authorization transcribed in this folder, its seed, and the services the widgets reach:
 * the login service, the file service, lblod/mandataris-service (`mandataris-api`) and
 * lblod/form-content-service (`form-content`), see `services.md`.
 */
import type { AppSpec } from '../../app-spec.js';
import type { StoredResource } from '../../schema.js';
import { besturenFamily, bestuurOf } from '../shared/besturen.js';
import { authorization } from './authorization.js';
import { dispatcher } from './dispatcher.js';
import { domain } from './domain/index.js';
import { mandatesFamily, systemNotificationsFamily } from './seed/mandates.js';
import { formContent } from './services/form-content.js';
import { mandatarisApi } from './services/mandataris-api.js';

type Related = (record: StoredResource, name: string) => StoredResource[];

/**
 * The bestuur whose `…/LoketLB-mandaatGebruiker` graph a record sits in, for records made
 * without an owner: a body belongs to the bestuur it governs (`besluit:bestuurt`), a body in
 * time to its body's, a mandaat to its body's, a mandataris to its mandaat's, a lidmaatschap to
 * its mandataris's, a fractie to its bestuurseenheid (`org:linkedTo`), a person to the bestuur
 * of a mandate it holds, a system notification to its user's bestuur.
 */
export function lmbOwnerOf(record: StoredResource, related: Related): string | undefined {
  const first = (name: string) => related(record, name)[0];
  const via = (name: string) => {
    const next = first(name);
    return next ? (next.owner ?? lmbOwnerOf(next, related)) : undefined;
  };
  switch (record.type) {
    case 'bestuursorganen':
      return first('bestuurseenheid')?.id ?? via('is-tijdsspecialisatie-van');
    case 'mandaten':
      return via('bevat-in');
    case 'mandatarissen':
      return via('bekleedt');
    case 'lidmaatschappen':
      return via('lid');
    case 'fracties':
      return first('bestuurseenheid')?.id;
    case 'personen':
      return via('is-aangesteld-als');
    case 'system-notifications':
      return via('gebruiker');
    default:
      return bestuurOf(record, related);
  }
}

export const lmbApp: AppSpec = {
  name: 'lmb',
  domain,
  dispatcher,
  authorization,
  services: { login: 'login', file: 'file', 'mandataris-api': mandatarisApi, 'form-content': formContent },
  families: [besturenFamily(), mandatesFamily, systemNotificationsFamily],
  ownerOf: lmbOwnerOf,
};
