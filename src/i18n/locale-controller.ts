import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from './lang.js';

type Host = ReactiveControllerHost & Element;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: `lang` attributes rarely change, so re-resolving all is cheap. */
function observeLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps a widget's language in step with the nearest `[lang]` (then `<html lang>`), re-rendering
 * the widget when it changes. `lang` set inside another component's shadow root is read on connect
 * and on each `refresh()`, but only light-DOM changes are observed.
 */
export class LocaleController implements ReactiveController {
  lang: Lang = 'nl';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observeLangChanges();
    this.lang = resolveLang(this.host);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}
