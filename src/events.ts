/**
 * Every event the widgets fire is a `CustomEvent` named `loket-*` that bubbles and crosses shadow
 * roots (`composed`), so a host can listen on `document`. Widgets add their own event types to
 * `LoketEvents` by declaration merging; `HTMLElementEventMap` is derived from it below.
 */
import type { LoketError } from './api/errors.js';

export interface LoketErrorDetail {
  error: LoketError;
}

// Widgets augment this interface: `declare module '../../src/events.js' { interface LoketEvents {...} }`.
export interface LoketEvents {
  'loket-error': LoketErrorDetail;
}

export type LoketEventName = keyof LoketEvents;

export interface EmitOptions {
  /** A cancelable event lets the host take over (e.g. its own router instead of following a link). */
  cancelable?: boolean;
}

/** Dispatches a typed `loket-*` event. Returns false when a listener called `preventDefault()`. */
export function emit<K extends LoketEventName>(
  target: EventTarget,
  name: K,
  detail: LoketEvents[K],
  options: EmitOptions = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

type LoketEventMap = { [K in LoketEventName]: CustomEvent<LoketEvents[K]> };

// The events bubble and are composed, so hosts listen on elements, the document or the window.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends LoketEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends LoketEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends LoketEventMap {}
}
