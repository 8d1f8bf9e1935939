import type { VirtualizeDirectiveConfig, virtualize } from '@lit-labs/virtualizer/virtualize.js';

export type Virtualize = typeof virtualize;

/**
 * The virtualizer is most of a self-contained bundle's weight (15.9 KB with Lit), and only
 * `paging="virtual"` needs it: it is loaded on first use, as a separate chunk. Its flow layout is
 * loaded with it and handed over explicitly; otherwise every new virtualizer would import it on
 * its own, one more round trip before the first rows show.
 */
export async function loadVirtualize(): Promise<Virtualize> {
  const [{ virtualize }, { flow }] = await Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/layouts/flow.js'),
  ]);
  const layout = flow();
  return <T>(config: VirtualizeDirectiveConfig<T> = {}) => virtualize<T>({ layout, ...config });
}
