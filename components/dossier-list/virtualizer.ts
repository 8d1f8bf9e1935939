import type { virtualize } from '@lit-labs/virtualizer/virtualize.js';

export type Virtualize = typeof virtualize;

/**
 * The virtualizer is most of a self-contained bundle's weight (15.9 KB with Lit), and only
 * `paging="virtual"` needs it: it is loaded on first use, as a separate chunk.
 */
export async function loadVirtualize(): Promise<Virtualize> {
  return (await import('@lit-labs/virtualizer/virtualize.js')).virtualize;
}
