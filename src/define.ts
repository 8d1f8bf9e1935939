/**
 * Registers a custom element without ever throwing. Two copies of the SDK on one page (a CDN script
 * plus an npm bundle, or two versions) would otherwise make the second `customElements.define`
 * throw and break the host page; instead the first definition wins and we warn once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `[loket-elements] <${tag}> is already defined on this page (another copy of loket-elements?). ` +
          'The first definition is kept. See the README, "Two copies on one page".',
      );
    }
    return false;
  }
  // eslint-disable-next-line no-restricted-syntax -- the one place that registers
  customElements.define(tag, constructor);
  return true;
}
