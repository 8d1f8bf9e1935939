/**
 * Lokaal Mandatenbeheer (lblod/app-lokaal-mandatenbeheer) as a fake app: its domain, dispatcher
 * and authorization transcribed in this folder, its seed, and the services the widgets reach.
 */
import type { AppSpec } from '../../app-spec.js';
import { besturenFamily, bestuurOf } from '../shared/besturen.js';
import { authorization } from './authorization.js';
import { dispatcher } from './dispatcher.js';
import { domain } from './domain/index.js';
import { mandatesFamily } from './seed/mandates.js';

export const lmbApp: AppSpec = {
  name: 'lmb',
  domain,
  dispatcher,
  authorization,
  services: { login: 'login', file: 'file' },
  families: [besturenFamily(), mandatesFamily],
  ownerOf: bestuurOf,
};
