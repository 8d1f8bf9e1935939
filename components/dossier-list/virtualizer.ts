import type { VirtualizeDirectiveConfig, VirtualizerHostElement, virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualPages } from './virtual-pages.js';

export interface Virtualizer {
  virtualize: typeof virtualize;
  VirtualPages: typeof VirtualPages;
  /** Scrolls row `index` of the virtual list hosted by `host` into view (rendering it). */
  scrollTo(host: Element, index: number): void;
}

/**
 * The virtualizer is most of a self-contained bundle's weight (15.9 KB with Lit), and only
 * `paging="virtual"` needs it: it is loaded on first use, as a separate chunk. Its flow layout is
 * loaded with it and handed over explicitly; otherwise every new virtualizer would import it on
 * its own, one more round trip before the first rows show. The page loading comes along too.
 */
export async function loadVirtualizer(): Promise<Virtualizer> {
  const [lib, { flow }, { VirtualPages }] = await Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/layouts/flow.js'),
    import('./virtual-pages.js'),
  ]);
  const layout = flow();
  return {
    VirtualPages,
    virtualize: <T>(config: VirtualizeDirectiveConfig<T> = {}) => lib.virtualize<T>({ layout, ...config }),
    scrollTo: (host, index) => (host as VirtualizerHostElement)[lib.virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' }),
  };
}
