/**
 * The Loket (lblod/app-digitaal-loket v1.227.0) as a fake app: its domain, dispatcher,
 * authorization and search index transcribed in this folder, its seed, and the services the
 * widgets reach through its dispatcher (login, mu-search, the file service, ipdc-bookmarks).
 */
import { LUCKLESS_QUIRKS, type AppSpec } from '../../app-spec.js';
import { muError } from '../../http.js';
import { authorization } from './authorization.js';
import { dispatcher } from './dispatcher.js';
import { domain, filesListHook } from './domain/index.js';
import { search } from './search.js';
import { besturenFamily, bestuurOf } from '../shared/besturen.js';
import { dossiersFamily } from './seed/dossiers.js';
import { messagesFamily } from './seed/messages.js';
import { bestuursorganenFamily } from './seed/bestuursorganen.js';
import { contactinfoFamily } from './seed/profile.js';
import { servicesFamily } from './seed/services.js';
import { bookmarksService } from './services/bookmarks.js';

/** `filter[:uri:]`, or a three-component filter ending in `[:id:]` (domain.lisp:51-72). */
function filtersOnUri(url: URL): boolean {
  return [...url.searchParams.keys()].some((key) => {
    const components = [...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]);
    return key.startsWith('filter') && ((components.length === 1 && components[0] === ':uri:') || (components.length === 3 && components[2] === ':id:'));
  });
}

export const loketApp: AppSpec = {
  name: 'loket',
  domain,
  dispatcher,
  authorization,
  search,
  services: { 'login-loket': 'login', search: 'search', file: 'file', 'ipdc-bookmarks': bookmarksService },
  families: [besturenFamily({ mailPreference: true, classificationConcepts: true }), bestuursorganenFamily, servicesFamily, dossiersFamily, messagesFamily, contactinfoFamily],
  beforeList(type, url) {
    if (type !== filesListHook.path || filtersOnUri(url)) return undefined;
    return muError(filesListHook.status, filesListHook.body.errors.title, filesListHook.body.errors.status);
  },
  ownerOf: bestuurOf,
  // The Loket's mu-cl-resources image (docker-compose.yml:140, feature-differently-stable-luckless,
  // d03f906) leaves `data` out of an included relationship with nothing in it, answers an unknown
  // filter or sort name with 500 and fails on a `filter[:id:]` id it cannot find (mu-behaviour.md).
  quirks: LUCKLESS_QUIRKS,
};
