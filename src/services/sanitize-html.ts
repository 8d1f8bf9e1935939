import type { Config, DOMPurify } from 'dompurify';
import { safeHttpUrl } from '../safe-url.js';

/**
 * Catalogue descriptions are HTML written in another system: they are sanitised with DOMPurify
 * before they are shown. DOMPurify is loaded on first use (dynamic import), because it is larger
 * than the rest of the finder together and only needed when a description is expanded.
 *
 * The result is DOM nodes (`RETURN_DOM_FRAGMENT`), never an HTML string, so no `innerHTML` sink is
 * used here and pages that enforce Trusted Types work (DOMPurify parses with its own `dompurify`
 * policy where the page allows it).
 */

const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^https?:/i,
  RETURN_DOM_FRAGMENT: true,
};

let purifier: Promise<DOMPurify> | undefined;

function loadPurifier(): Promise<DOMPurify> {
  purifier ??= import('dompurify').then((module) => module.default);
  purifier.catch(() => {
    purifier = undefined;
  });
  return purifier;
}

/**
 * Sanitises catalogue HTML into a detached `<div>` to place in a template. Only the allowed tags
 * survive; a link survives only with an http(s) URL, otherwise its text stays without the link.
 */
export async function sanitizeHtml(html: string, ownerDocument: Document = document): Promise<HTMLElement> {
  const purify = await loadPurifier();
  const fragment = purify.sanitize(html, CONFIG);
  for (const anchor of fragment.querySelectorAll('a')) {
    const url = safeHttpUrl(anchor.getAttribute('href'));
    if (url) {
      anchor.setAttribute('href', url);
      anchor.setAttribute('rel', 'noopener noreferrer');
    } else {
      anchor.replaceWith(...anchor.childNodes);
    }
  }
  const container = ownerDocument.createElement('div');
  container.className = 'rich-text';
  container.append(fragment);
  return container;
}
