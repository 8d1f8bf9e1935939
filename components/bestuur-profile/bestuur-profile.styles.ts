import { css } from 'lit';

/**
 * Compact (one column, labels above values) until the widget itself is wide enough, then the
 * sections in two columns with labels beside values: container queries on the element, not the
 * viewport, so it fits a sidebar as well as a full page. Printed, it keeps the data and drops the
 * controls.
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
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .fields {
    display: grid;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 2px;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    overflow-wrap: anywhere;
  }
  .value.unknown,
  .muted {
    color: var(--_muted);
  }
  .source {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  button.correct {
    font-size: 0.8125em;
  }
  .body-list {
    display: grid;
    gap: var(--_space);
  }
  .body {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: 0 var(--_space);
    border-left: 4px solid var(--_border);
  }
  .body-name {
    font-weight: 700;
  }
  .skeletons {
    display: grid;
    gap: var(--_space);
  }
  .edit {
    justify-self: start;
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
    .field {
      grid-template-columns: minmax(8em, 30%) minmax(0, 1fr);
      gap: var(--_space);
    }
    dt {
      font-size: 1em;
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
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8125em;
    }
  }
`;
