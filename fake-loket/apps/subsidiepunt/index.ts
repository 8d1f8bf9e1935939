/**
 * Subsidiepunt (lblod/app-subsidiepunt) as a fake app: its domain, dispatcher and authorization
 * transcribed in this folder, and its seed (the besturen, and their subsidy applications).
 */
import { LUCKLESS_QUIRKS, type AppSpec } from '../../app-spec.js';
import { muError } from '../../http.js';
import { besturenFamily, bestuurOf } from '../shared/besturen.js';
import { authorization } from './authorization.js';
import { dispatcher } from './dispatcher.js';
import { domain, filesListHook } from './domain/index.js';
import { subsidiesFamily } from './seed/subsidies.js';

export const subsidiepuntApp: AppSpec = {
  name: 'subsidiepunt',
  domain,
  dispatcher,
  authorization,
  services: { login: 'login', file: 'file' },
  // Subsidiepunt's gebruiker links its organisations as `organizations` (master-users-domain.lisp:1-13).
  families: [besturenFamily({ memberLink: 'organizations' }), subsidiesFamily],
  beforeList(type, url) {
    if (type !== filesListHook.path) return undefined;
    const allowed = [...url.searchParams.keys()].some((key) => {
      const parts = [...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]);
      return key.startsWith('filter') && ((parts.length === 1 && parts[0] === ':uri:') || (parts.length === 3 && parts[2] === ':id:'));
    });
    return allowed ? undefined : muError(filesListHook.status, filesListHook.body.errors.title, filesListHook.body.errors.status);
  },
  ownerOf: bestuurOf,
  // mu-cl-resources feature-differently-stable-luckless (d03f906), as the Loket (docker-compose.yml:108).
  quirks: LUCKLESS_QUIRKS,
};
