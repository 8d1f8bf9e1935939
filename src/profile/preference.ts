/**
 * The berichtencentrum's e-mail notification preference of a bestuurseenheid: whether it wants an
 * e-mail when a message arrives (`wil-mail-ontvangen`) and where to (`mail-adres`), both on the
 * Loket's bestuurseenheid (`organisation.lisp`). Only `LoketLB-berichtenGebruiker` may read and
 * write these two predicates (config.ex:382-403, `o-messaging-rwf`, `%NoPredicates{ except: [...] }`).
 *
 * The real write is the Loket UI's `group.save()` (frontend-loket
 * `components/berichtencentrum/bericht-notificatie-voorkeuren.js`): `PATCH /bestuurseenheden/:id`
 * (or the subclass path the group was served as). Ember Data sends every attribute of its model
 * (naam, alternatieve-naam, is-trial-user, view-only-modules …) and the classificatie. This sends
 * ONLY the preference: mu-cl-resources replaces each attribute a PATCH names (delete, then insert),
 * so naming `naam` or `view-only-modules` asks mu-authorization to delete and rewrite triples this
 * user may not write. Today those deletes are dropped silently (the public graph is read-only), but
 * a user who also holds a role that writes bestuurseenheden (`VMTGebruiker`, config.ex:333-354)
 * would rewrite them from whatever this page had read, and `alternatieve-naam: null` would wipe
 * them. What the widget did not change, it does not send.
 */
import type { LoketClient, RequestOptions } from '../api/client.js';
import { LoketError } from '../api/errors.js';
import { loadBestuur } from './loket.js';

export interface Preference {
  wilMailOntvangen: boolean;
  mailAdres: string;
}

/** A practical check, stricter than the Loket (which checks nothing): one @, a dot in the domain, no spaces. */
export function isValidEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i.test(value);
}

/**
 * The attributes to PATCH. Wanting mail: both, with the (valid) address. Not wanting mail: the flag,
 * and the address only when it is a valid one, so that an empty field never wipes the stored address.
 */
export function preferenceAttributes(preference: Preference): Record<string, unknown> {
  const mailAdres = preference.mailAdres.trim();
  const attributes: Record<string, unknown> = { 'wil-mail-ontvangen': preference.wilMailOntvangen };
  if (preference.wilMailOntvangen || isValidEmail(mailAdres)) attributes['mail-adres'] = mailAdres;
  return attributes;
}

/**
 * PATCHes the preference and reads it back. mu-authorization answers a write it drops with the same
 * 204 as one it keeps, so the answer alone proves nothing: a preference that did not stick is a
 * 'forbidden' LoketError.
 */
export async function savePreference(
  client: LoketClient,
  bestuur: { id: string; type: string },
  preference: Preference,
  options: RequestOptions = {},
): Promise<Preference> {
  const attributes = preferenceAttributes(preference);
  await client.update(bestuur.type, bestuur.id, { attributes }, options);
  client.refresh();
  const stored = await loadBestuur(client, bestuur.id, options);
  const kept = stored.wilMailOntvangen === attributes['wil-mail-ontvangen'] && (!('mail-adres' in attributes) || stored.mailAdres === attributes['mail-adres']);
  if (!kept) throw new LoketError('forbidden', { method: 'PATCH', url: `${bestuur.type}/${bestuur.id}`, message: 'The Loket did not keep the preference' });
  return { wilMailOntvangen: stored.wilMailOntvangen ?? false, mailAdres: stored.mailAdres ?? '' };
}
