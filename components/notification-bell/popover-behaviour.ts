import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeBelow } from './place-popover.js';

export interface PopoverParts {
  panel(): HTMLElement;
  anchor(): HTMLElement;
  /** The focusable list entries arrow keys move between. */
  items(): HTMLElement[];
}

/**
 * How the bell's popover behaves in the top layer: placed below its anchor (and kept there on
 * scroll and resize), focus moved in on open and back to the anchor when it closes from inside
 * (Escape, or a choice), and arrow keys, Home and End moving through the list.
 * Wire `onBeforeToggle`, `onToggle` and `onKeydown` to the popover element.
 */
export class PopoverBehaviour implements ReactiveController {
  open = false;
  private focusAnchorOnClose = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: PopoverParts,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unlisten();
  }

  readonly onBeforeToggle = (event: ToggleEvent): void => {
    if (event.newState === 'open') {
      this.setOpen(true);
      this.place();
      window.addEventListener('resize', this.place);
      window.addEventListener('scroll', this.place, true);
    } else {
      this.focusAnchorOnClose = this.parts.panel().matches(':focus-within');
    }
  };

  readonly onToggle = (event: ToggleEvent): void => {
    if (event.newState === 'open') {
      this.place();
      this.focusFirst();
      return;
    }
    this.setOpen(false);
    this.unlisten();
    if (this.focusAnchorOnClose) this.parts.anchor().focus();
    this.focusAnchorOnClose = false;
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.focusAnchorOnClose = true;
      this.parts.panel().hidePopover();
      return;
    }
    const items = this.parts.items();
    const current = items.indexOf((this.parts.panel().getRootNode() as ShadowRoot).activeElement as HTMLElement);
    const target =
      event.key === 'ArrowDown' ? Math.min(items.length - 1, current + 1)
      : event.key === 'ArrowUp' ? Math.max(0, current - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? items.length - 1
      : undefined;
    if (target === undefined || items.length === 0) return;
    event.preventDefault();
    items[target]?.focus();
  };

  /** The first list entry, else the first control, else the panel itself. */
  focusFirst(): void {
    const panel = this.parts.panel();
    (this.parts.items()[0] ?? panel.querySelector<HTMLElement>('button, a[href]') ?? panel).focus();
  }

  private readonly place = (): void => {
    if (this.open) placeBelow(this.parts.panel(), this.parts.anchor());
  };

  private setOpen(open: boolean): void {
    this.open = open;
    this.host.requestUpdate();
  }

  private unlisten(): void {
    window.removeEventListener('resize', this.place);
    window.removeEventListener('scroll', this.place, true);
  }
}
