import { adoptStyles, type CSSResult } from 'lit';

/**
 * Adds the styles of a chunk loaded on demand (a popover, an editing form, a virtual list) to a
 * widget's shadow root, after its own; once, however often the chunk's code asks. Without
 * constructable style sheets, Lit's fallback appends a `<style>`. Its own module, so it travels
 * with the chunks that use it rather than with every widget.
 */
export function addStyles(host: { readonly renderRoot: Element | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (!sheet) adoptStyles(root, [styles]);
  else if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
