import { css } from 'lit';

/** The form, dialogs, drafts banner and conflict view: added to the element with the editing parts. */
export const editingStyles = css`
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1em;
  }
  legend {
    font-weight: 600;
  }
  .message {
    margin: 0;
    font-size: 0.875em;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .warning {
    color: var(--_text);
    border-left: 4px solid var(--_warning);
    padding-left: var(--_space);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  button.danger {
    border-color: var(--_error);
    background: var(--_error);
    color: var(--_on-action);
  }
  .drafts,
  .summary,
  .notice {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_warning);
    background: var(--_surface-alt);
  }
  .summary {
    border-left-color: var(--_error);
  }
  .drafts ul,
  .summary ul {
    margin: 0;
    padding-left: calc(var(--_space) * 2);
  }
  .drafts li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) / 2);
  }
  .summary p {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 600;
  }
  dialog {
    width: min(720px, calc(100vw - 32px));
    max-height: calc(100vh - 32px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 40%);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .domeinen .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .new-person {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_border);
  }
  .new-person .field {
    margin: 0;
  }
  td.merge {
    white-space: nowrap;
  }
  td.merge .choice {
    display: inline-flex;
    margin-right: var(--_space);
  }
`;
