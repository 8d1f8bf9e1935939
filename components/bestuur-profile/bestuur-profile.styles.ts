import { css } from 'lit';

/**
 * The profile's frame: compact (one column) until the widget itself is wide enough, then the
 * sections in two columns: container queries on the element, not the viewport, so it fits a
 * sidebar as well as a full page. Printed, it keeps the data and drops the controls. What the
 * loaded sections need (fields with labels beside values when wide, bodies) comes with the view
 * chunk (view.styles.ts).
 */
export const profileStyles = css`
  :host {
    container: loket-profile / inline-size;
  }
  .profile {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .sections {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .section {
    display: grid;
    align-content: start;
    gap: var(--_space);
    min-width: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
  }
  .skeletons {
    display: grid;
    gap: var(--_space);
  }
  /* Wide: the core data beside the bodies and the preference, the (long) contact data below. */
  @container loket-profile (min-width: 720px) {
    .sections {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .core {
      grid-row: span 2;
    }
    .contact {
      grid-column: 1 / -1;
    }
  }
  @media print {
    .section {
      break-inside: avoid;
      border: 0;
      padding: 0;
    }
    button,
    .editor,
    [part~='loading'] {
      display: none !important;
    }
  }
`;
