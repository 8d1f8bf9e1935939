import { css } from 'lit';
import { inputStyles } from '../../src/theme.js';

/** The preference and correction forms (added to the shadow root when the editors load). */
export const editorStyles = css`
  ${inputStyles}
  .editor {
    display: grid;
    gap: var(--_space);
    margin-top: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .editor-title {
    font-weight: 700;
  }
  .control {
    display: grid;
    gap: 4px;
  }
  .control input,
  .control textarea {
    width: 100%;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .check input {
    width: 20px;
    height: 20px;
    margin: 0;
  }
  .help {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 700;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
