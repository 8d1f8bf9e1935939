/**
 * How many mandataries a body in time has today, read from Lokaal Mandatenbeheer
 * (lblod/app-lokaal-mandatenbeheer). LMB's own UI asks its mandataris service
 * (`GET /mandataris-api/organen/:id/activeMembers`, lblod/mandataris-service
 * `data-access/orgaan.ts` getActivePersonen); the same count is made here from its resources, which
 * every LMB deployment serves: the distinct persons with a mandataris on the body's mandaten that
 * has started, has not ended, is not a Draft, and is Effectief or Verhinderd (or has no status).
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import type { ResourceView } from '../api/document.js';
import { query } from '../api/query.js';

const STATUS = 'http://data.vlaanderen.be/id/concept/MandatarisStatusCode/';
/** Effectief, Verhinderd (mandataris-service `data-access/orgaan.ts` safeStatussen). */
const COUNTED_STATUSES = ['21063a5b-912c-4241-841c-cc7fb3c73e75', 'c301248f-0199-45ca-b3e5-4c596731d5fe'];
/** Draft (mandataris-service `util/constants.ts` PUBLICATION_STATUS.DRAFT). */
const DRAFT = '588ce330-4abb-4448-9776-a17d9305df07';
const DRAFT_URI = `http://data.lblod.info/id/concept/MandatarisPublicationStatusCode/${DRAFT}`;

/** A concept matched by URI, as LMB does, or by id when the answer left the URI out. */
function is(view: ResourceView | null | undefined, id: string, uri: string): boolean {
  if (!view) return false;
  return view.uri ? view.uri === uri : view.id === id;
}

function counts(view: ResourceView, now: Date): boolean {
  const start = view.dateTime('start');
  const end = view.dateTime('einde');
  if (!start || start > now || (end && end < now)) return false;
  if (is(view.one('publication-status'), DRAFT, DRAFT_URI)) return false;
  const status = view.one('status');
  return !status || COUNTED_STATUSES.some((id) => is(status, id, STATUS + id));
}

/**
 * `GET /mandatarissen?filter[bekleedt][bevat-in][:id:]=<id>&filter[:has:is-bestuurlijke-alias-van]=t
 * &include=is-bestuurlijke-alias-van,publication-status,status`: the real UI's list of a body's
 * mandatarissen (frontend-lokaal-mandatenbeheer `services/mandatarissen.js`, with `[id]` for
 * `[:id:]` and a subset of its includes; `external-mandaat.lisp` mandataris). LMB keeps
 * mandatarissen in the bestuur's `LoketLB-mandaatGebruiker` graph (config.lisp:305-334).
 */
export async function countCurrentMandatarissen(client: LoketClient, bodyInTimeId: string, now: Date, options: RequestOptions = {}): Promise<number> {
  const all = await client.getAll(
    'mandatarissen',
    query().ids([bodyInTimeId], 'bekleedt.bevat-in').has('is-bestuurlijke-alias-van').include('is-bestuurlijke-alias-van', 'status', 'publication-status'),
    (view) => (counts(view, now) ? view.one('is-bestuurlijke-alias-van')?.id : undefined),
    options,
  );
  return new Set(all.items.filter(Boolean)).size;
}
