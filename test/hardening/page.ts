import { html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { FakeLoket } from '../../fake-loket/index.js';
import { LocalReadStateStore } from '../../src/messages/read-state.js';
import '../../components/index.js';

export const API = 'https://loket.test';
export const TAGS = ['loket-service-finder', 'loket-dossier-list', 'loket-notification-bell', 'loket-mandate-editor'] as const;
export type WidgetTag = (typeof TAGS)[number];
export const PATIENTLY = { timeout: 15000 };

let serial = 0;
/** The bell coordinates polling across tabs over a BroadcastChannel: each page gets its own. */
export function uniqueChannel(): string {
  return `hardening-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++serial}`;
}

/** One widget's markup, configured by the provider around it. */
export function widget(tag: WidgetTag): TemplateResult {
  switch (tag) {
    case 'loket-service-finder':
      return html`<loket-service-finder></loket-service-finder>`;
    case 'loket-dossier-list':
      return html`<loket-dossier-list></loket-dossier-list>`;
    case 'loket-notification-bell':
      return html`<loket-notification-bell channel=${uniqueChannel()} interval="600"
        .readStateStore=${new LocalReadStateStore(null)}></loket-notification-bell>`;
    case 'loket-mandate-editor':
      return html`<loket-mandate-editor></loket-mandate-editor>`;
  }
}

/**
 * Every widget (or the given ones) inside one provider on the fake Loket, in a container that
 * stays until the caller removes it (open-wc's `fixture` would remove it after the first test).
 */
export async function mountWidgets(
  loket: FakeLoket,
  tags: readonly WidgetTag[] = TAGS,
  options: { timeout?: number; lang?: string } = {},
): Promise<HTMLElement> {
  sessionStorage.clear();
  const host = document.createElement('div');
  if (options.lang) host.lang = options.lang;
  document.body.append(host);
  // Lokaal Mandatenbeheer (the mandate editor, the bell's system notifications) at its gateway path.
  render(html`<loket-provider api-base=${API} mandates-api-base=${`${API}/lmb-api`} .fetch=${loket.fetch} .timeout=${options.timeout}>${tags.map(widget)}</loket-provider>`, host);
  await Promise.all(tags.map((tag) => (host.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return host;
}

export function shadowOf(host: ParentNode, tag: WidgetTag): ShadowRoot {
  const el = host.querySelector(tag);
  if (!el?.shadowRoot) throw new Error(`${tag} has no shadow root`);
  return el.shadowRoot;
}

/** A root and every shadow root below it, however deep (widgets nest their own elements). */
export function allRoots(root: Document | ShadowRoot | Element): (Document | ShadowRoot | Element)[] {
  const roots: (Document | ShadowRoot | Element)[] = [root];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(...allRoots(element.shadowRoot));
  return roots;
}

export function deepQueryAll<T extends Element = Element>(root: Document | ShadowRoot | Element, selector: string): T[] {
  return allRoots(root).flatMap((each) => [...each.querySelectorAll<T>(selector)]);
}

export function shadowText(root: ShadowRoot): string {
  return allRoots(root)
    .map((each) => each.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The focused element, followed through every shadow root. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The chain of hosts from the document down to the focused element, e.g. `LOKET-NOTIFICATION-BELL > BUTTON`. */
export function focusPath(): string {
  const path: string[] = [];
  let active: Element | null = document.activeElement;
  while (active) {
    path.push(active.tagName);
    active = active.shadowRoot?.activeElement ?? null;
  }
  return path.join(' > ');
}

/** Every widget has settled: data, empty or error. */
export async function settled(host: ParentNode, tags: readonly WidgetTag[] = TAGS): Promise<void> {
  const done: Record<WidgetTag, string> = {
    'loket-service-finder': '.result, [part="empty"], [part="no-results"], [role="alert"]',
    'loket-dossier-list': '[part="row"], .empty, [part="empty"], [role="alert"]',
    'loket-notification-bell': '[part="badge"], button.bell[aria-label]',
    'loket-mandate-editor': 'table, .empty, [part="error"]',
  };
  for (const tag of tags) {
    await waitUntil(() => shadowOf(host, tag).querySelector(done[tag]), `${tag} never settled`, PATIENTLY);
  }
}

export interface PageErrors {
  uncaught: string[];
  consoleErrors: string[];
  stop(): void;
}

/** Records uncaught errors, unhandled rejections and console.error calls until `stop()`. */
export function watchPageErrors(): PageErrors {
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    consoleErrors,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
