import { css } from 'lit';
import { sharedStyles, themeTokens } from '../../src/theme.js';

export const mandateEditorStyles = [
  themeTokens,
  sharedStyles,
  css`
    h2 {
      margin: 0 0 var(--_space);
      font-size: 1.375em;
    }
    h3 {
      margin: 0 0 calc(var(--_space) / 2);
      font-size: 1em;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      margin: 0 0 calc(var(--_space) * 2);
      border: 0;
      padding: 0;
    }
    .toolbar .field {
      margin: 0;
    }
    label,
    legend {
      font-weight: 600;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: var(--_space);
      font-weight: normal;
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
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
      padding: var(--_space);
      border-bottom: 1px solid var(--_border);
      text-align: left;
      vertical-align: top;
    }
    thead th {
      background: var(--_surface-alt);
      white-space: nowrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }
    .actions button {
      min-height: 32px;
      padding: calc(var(--_space) / 4) var(--_space);
    }
    button.danger {
      border-color: var(--_error);
      color: var(--_error);
      background: var(--_surface);
    }
    button.danger:not(.secondary) {
      background: var(--_error);
      color: var(--_on-action);
    }
    .empty,
    .drafts,
    .summary {
      padding: var(--_space) calc(var(--_space) * 1.5);
      background: var(--_surface-alt);
    }
    .notice {
      margin: 0 0 var(--_space);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-left: 4px solid var(--_warning);
      background: var(--_surface-alt);
    }
    .drafts {
      border-left: 4px solid var(--_warning);
      margin-bottom: calc(var(--_space) * 2);
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
    .summary {
      border-left: 4px solid var(--_error);
      margin-bottom: calc(var(--_space) * 2);
    }
    .summary p {
      margin: 0 0 calc(var(--_space) / 2);
      font-weight: 600;
    }
    .loading {
      display: grid;
      gap: var(--_space);
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
  `,
];
