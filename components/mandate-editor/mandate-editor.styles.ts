import { css } from 'lit';
import { sharedStyles, themeTokens } from '../../src/theme.js';

/**
 * What the first render (heading, loading and error states) needs, and the field rules the toolbar
 * and the form share; the toolbar and table bring their own (`view.styles.ts`), the form, dialogs
 * and banners theirs (`editing.styles.ts`).
 */
export const mandateEditorStyles = [
  themeTokens,
  sharedStyles,
  css`
    section {
      container-type: inline-size;
    }
    h2 {
      margin: 0 0 var(--_space);
      font-size: 1.375em;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      margin: 0 0 calc(var(--_space) * 2);
      border: 0;
      padding: 0;
    }
    label {
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
  `,
];
