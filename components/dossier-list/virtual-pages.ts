import type { Dossier } from '../../src/api/dossiers.js';
import type { DossierPage } from '../../src/dossiers/source.js';

export type PageLoader = (page: number, signal: AbortSignal) => Promise<DossierPage>;

/**
 * The rows of a virtual list: one slot per match, filled page by page as the user scrolls over
 * them. Loaded with the virtualizer, since only `paging="virtual"` needs it.
 */
export class VirtualPages {
  /** `null` until its page arrives (not a hole: the virtualizer scrolls only to rows that exist). */
  rows: (Dossier | null)[] = [];
  /** A page that failed; shown under the list with a retry. */
  error?: unknown;
  range = { first: 0, last: 0 };
  private loading = new Set<number>();
  private run = new AbortController();
  /** Bumped by retry(): a request from before it no longer decides whether its page failed. */
  private attempt = 0;
  private load: PageLoader = async () => ({ items: [], count: 0 });

  constructor(
    protected readonly size: number,
    private readonly changed: () => void,
    private readonly failed: (error: unknown) => unknown,
  ) {}

  /** A new result, with its first page in. */
  reset(first: DossierPage, load: PageLoader): void {
    this.stop();
    this.run = new AbortController();
    this.load = load;
    this.loading = new Set([0]);
    this.error = undefined;
    this.rows = new Array<Dossier | null>(first.count).fill(null);
    first.items.forEach((item, index) => (this.rows[index] = item));
    this.changed();
  }

  /** The virtualizer reports what is on screen; load the pages that cover it (and one ahead). */
  show(first: number, last: number): void {
    this.range = { first, last };
    const { size } = this;
    for (let page = Math.floor(first / size); page <= Math.floor((last + size / 2) / size); page++) {
      if (page * size < this.rows.length && !this.loading.has(page)) void this.loadPage(page);
    }
  }

  retry(): void {
    this.error = undefined;
    this.attempt++;
    // Pages still empty are asked again, also one whose (failing) request is still under way:
    // skipped, that request would show the error again right after the retry.
    for (const page of this.loading) if (this.rows[page * this.size] === null) this.loading.delete(page);
    this.show(this.range.first, this.range.last);
    this.changed();
  }

  stop(): void {
    this.run.abort();
  }

  private async loadPage(page: number): Promise<void> {
    const { run, attempt } = this;
    this.loading.add(page);
    try {
      const loaded = await this.load(page, run.signal);
      if (run.signal.aborted) return;
      const rows = [...this.rows];
      loaded.items.forEach((item, index) => (rows[page * this.size + index] = item));
      this.rows = rows;
    } catch (error) {
      // Stopped, or asked again by a retry since.
      if (run.signal.aborted || attempt !== this.attempt) return;
      // Scrolling over these rows again, or the retry, asks again.
      this.loading.delete(page);
      this.error = this.failed(error);
    }
    this.changed();
  }
}
