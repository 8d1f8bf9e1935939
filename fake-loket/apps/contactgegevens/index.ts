/**
 * The Contactgegevens app (lblod/app-contactgegevens-loket) as a fake app: its JSON domain,
 * dispatcher and authorization transcribed in this folder, and its seed.
 */
import type { AppSpec } from '../../app-spec.js';
import { authorization } from './authorization.js';
import { dispatcher } from './dispatcher.js';
import { domain } from './domain/index.js';
import { administrativeUnitsFamily } from './seed/administrative-units.js';

export const contactgegevensApp: AppSpec = {
  name: 'contactgegevens',
  domain,
  dispatcher,
  authorization,
  services: { login: 'login', file: 'file' },
  families: [administrativeUnitsFamily],
  ownerOf(record) {
    return record.type === 'administrative-units' ? record.id : undefined;
  },
  // docker-compose.yml:36-41 (semtech/mu-identifier:1.10.3), unlike the other three apps.
  identifier: { allowOrigin: '*', secureCookie: true, sameSite: 'None' },
};
