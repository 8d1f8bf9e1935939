import { css, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Dossier } from '../../src/api/dossiers.js';
import type { DossierListState } from '../../src/dossiers/list-state.js';
import type { DossierPage, DossierSource } from '../../src/dossiers/source.js';
import { VirtualPages } from './virtual-pages.js';
import { addStyles } from '../../src/add-styles.js';

/**
 * The flow layout, handed over explicitly: otherwise every new virtualizer imports it on its own,
 * one more round trip before the first rows show. Its first guess of a row's height (100px) is
 * kept on purpose: a lower guess renders more rows than fit, and the rows it then drops, while
 * the virtualizer's ResizeObserver is delivering, make Chromium report "ResizeObserver loop
 * completed with undelivered notifications" as an error on the host page.
 */
const layout = flow();

/** Only this mode scrolls inside the widget; its styles come with it. */
const virtualStyles = css`
  /* The header reserves the same scrollbar gutter as the scrolling rows below it, so columns line up. */
  .virtual .head {
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  .body.virtual {
    height: var(--loket-dossier-list-height, 560px);
    /* A scrollbar that appears would narrow the rows, re-measure them, and loop the virtualizer's ResizeObserver. */
    scrollbar-gutter: stable;
  }
  .placeholder .skeleton {
    width: 80%;
  }
`;

/**
 * `paging="virtual"`: one scrolling list over every match, rendered by @lit-labs/virtualizer and
 * filled page by page as the user scrolls, with the list's roving tab stop kept on a rendered row.
 * The virtualizer is most of a self-contained bundle's weight (15.9 KB with Lit) and only this mode
 * needs it, so this module is a chunk of its own, loaded on first use together with the first page.
 */
export class VirtualList extends VirtualPages implements ReactiveController {
  /** The row focus returns to after the virtualizer dropped it. */
  private refocusing?: number;

  /**
   * @param active - The dossier whose title cell is the list's tab stop; with an index, moves the
   *   tab stop there.
   * @param failed - Reports a page that failed to load (returns what to show).
   */
  constructor(
    private readonly host: LitElement,
    size: number,
    private readonly active: (index?: number) => number,
    failed: (error: unknown) => unknown,
  ) {
    super(size, () => host.requestUpdate(), failed);
    host.addController(this);
    addStyles(host, virtualStyles);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** A new result of `source` for `state`, with its first page in. */
  setResult(first: DossierPage, source: DossierSource, state: DossierListState): void {
    this.reset(first, (page, signal) => source.page(state, page, this.size, signal));
  }

  /** The rows; `row` renders a dossier, or a placeholder (`null`) while its page loads. */
  render(row: (dossier: Dossier | null, index: number) => TemplateResult): unknown {
    return virtualize({
      items: this.rows,
      scroller: true,
      layout,
      // By position: a row keeps its element (and focus) when its dossier arrives.
      keyFunction: (_, index) => index,
      renderItem: row,
    });
  }

  /** How far PageUp and PageDown move: the rows on screen. */
  get step(): number {
    return Math.max(1, this.range.last - this.range.first);
  }

  /** Moves the tab stop to row `index` and focuses it; the list scrolls to it and renders it within a few frames. */
  async focus(index: number): Promise<void> {
    this.active(index);
    const body = this.body();
    (body as VirtualizerHostElement | null)?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    for (let frame = 0; frame < 60; frame++) {
      await this.host.updateComplete;
      const cell = body?.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"] .title`);
      // scrollIntoView placed the row; a focus that scrolls again would unpin it.
      if (cell) return cell.focus({ preventScroll: true });
      await new Promise(requestAnimationFrame);
    }
  }

  /** The virtualizer reports what is on screen. */
  readonly onVisibilityChanged = (event: Event & { first?: number; last?: number }): void => {
    const { first, last } = event;
    if (typeof first !== 'number' || typeof last !== 'number' || first < 0) return;
    // Keep the tab stop on a rendered row, unless the user is on the list (the virtualizer keeps that row).
    const active = this.active();
    const away = active < first || active > last;
    if (away && !this.focusInList() && this.refocusing === undefined) this.active(first);
    this.show(first, last);
  };

  /**
   * The virtualizer may re-lay out (when a page arrives) and drop the focused row for a moment;
   * focus then goes back to that row. Focus the user moved elsewhere has a related target, or
   * leaves the row in place.
   */
  readonly onFocusout = (event: FocusEvent): void => {
    const cell = event.target as Element;
    if (event.relatedTarget) return;
    const index = (this.refocusing = this.active());
    requestAnimationFrame(() => {
      this.refocusing = undefined;
      if (!cell.isConnected && !this.focusInList()) void this.focus(index);
    });
  };

  private body(): HTMLElement | null {
    return this.host.renderRoot.querySelector('.body.virtual');
  }

  private focusInList(): boolean {
    return !!this.body()?.contains((this.host.renderRoot as ShadowRoot).activeElement);
  }
}
