import { css } from 'lit';

/**
 * The toolbar, the empty and loading states and the table of mandatarissen (a card per mandataris
 * when narrow): added to the element with the view's chunk, before the bodies show. The editing
 * chunk's conflict table and publication badge use these rules too; editing loads only once the
 * bodies show, so the rules are there by then. What the form shares with the toolbar (`.field`,
 * `label`, `.choice`, `.hint`) stays in `mandate-editor.styles.ts`.
 */
export const viewStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .toolbar .field {
    margin: 0;
  }
  .empty {
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_surface-alt);
  }
  .loading {
    display: grid;
    gap: var(--_space);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  th,
  td {
    padding: var(--_space) calc(var(--_space) * 0.75);
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
    white-space: nowrap;
  }
  .actions {
    white-space: nowrap;
  }
  .actions div {
    display: flex;
    gap: var(--_space);
  }
  .actions button {
    min-height: 24px;
  }
  .actions .remove {
    color: var(--_error);
  }
  /* Publication status: a border in the status's colour, so it is not told by colour alone (the label is there). */
  .publication {
    border: 1px solid var(--_border);
  }
  .publication.bekrachtigd {
    border-color: var(--_success);
  }
  .publication.draft {
    border-style: dashed;
  }
  .for {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Narrow (a sidebar, a phone): one card per mandataris, each value with its column's name. */
  @container (max-width: 640px) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      display: none;
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_border);
    }
    th,
    td {
      padding: 0;
      border: 0;
    }
    th,
    .actions {
      flex-basis: 100%;
    }
    td:empty {
      display: none;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    .actions div {
      flex-wrap: wrap;
    }
  }
`;
