const GAP = 6;
const EDGE = 8;

/**
 * Puts a top-layer popover just below its anchor, right-aligned with it (bells live at the right
 * of headers) and kept inside the viewport. Fixed coordinates are computed rather than left to
 * CSS anchor positioning so every browser that has the Popover API places it the same way.
 */
export function placeBelow(popover: HTMLElement, anchor: Element): void {
  const rect = anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const left = Math.max(EDGE, Math.min(rect.right - width, viewportWidth - width - EDGE));
  const top = Math.max(EDGE, rect.bottom + GAP);
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
  popover.style.maxHeight = `${Math.max(160, window.innerHeight - top - EDGE)}px`;
}
