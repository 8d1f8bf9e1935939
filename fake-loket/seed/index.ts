import type { SeedFamily } from '../family.js';
import { dossiersFamily } from './dossiers.js';

/**
 * The resource families the fake Loket serves by default, after the core family (besturen,
 * users), which is always seeded first. Adding a family is one import and one entry here.
 */
export const defaultFamilies: SeedFamily[] = [dossiersFamily];
