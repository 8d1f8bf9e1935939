import type { SeedFamily } from '../family.js';
import { dossiersFamily } from './dossiers.js';
import { mandatesFamily } from './mandates.js';
import { messagesFamily } from './messages.js';
import { servicesFamily } from './services.js';

/**
 * The resource families the fake Loket serves by default, after the core family (besturen,
 * users), which is always seeded first. Mandates come before dossiers, which link submissions
 * to the bestuursorganen it seeds. Adding a family is one import and one entry here.
 */
export const defaultFamilies: SeedFamily[] = [servicesFamily, mandatesFamily, dossiersFamily, messagesFamily];
