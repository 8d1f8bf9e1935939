import { css } from 'lit';

/**
 * The loaded sections (added to the shadow root with view.ts): fields with labels above values,
 * beside them once the widget is wide enough (container queries, see bestuur-profile.styles.ts),
 * sources, bodies; printed, a link shows where it goes.
 */
export const viewStyles = css`
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
  .edit {
    justify-self: start;
  }
  @container loket-profile (min-width: 720px) {
    .field {
      grid-template-columns: minmax(8em, 30%) minmax(0, 1fr);
      gap: var(--_space);
    }
    dt {
      font-size: 1em;
    }
  }
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8125em;
    }
  }
`;
