import { createContext } from '@lit/context';
import type { LoketConfig } from './config.js';

/** What a `<loket-provider>` hands to the widgets inside it. */
export const loketConfigContext = createContext<LoketConfig | undefined>(Symbol.for('loket-elements/config'));
