import { css } from 'lit';

/**
 * Theme tokens. Hosts set the public `--loket-*` custom properties anywhere above a widget;
 * each widget maps them onto private `--_*` names with the Flemish government palette as the
 * fallback. Sizes are in px/em, never rem: hosts such as appuniversum set `html { font-size: 62.5% }`.
 *
 * @cssprop --loket-color-accent - Accent (Flemish yellow) #ffe615
 * @cssprop --loket-color-action - Links and primary buttons #0055cc
 * @cssprop --loket-color-text - Body text #333332
 * @cssprop --loket-color-muted - Secondary text #687483
 * @cssprop --loket-color-border - Borders and dividers #cfd5dd
 * @cssprop --loket-color-surface - Widget background #ffffff
 * @cssprop --loket-color-surface-alt - Subtle background (stripes, skeletons) #f3f5f6
 * @cssprop --loket-color-error - Errors #d2373c
 * @cssprop --loket-color-success - Success #009e47
 * @cssprop --loket-color-warning - Warnings #ffa10a
 * @cssprop --loket-color-focus - Focus ring #ffe615 on a dark outline
 * @cssprop --loket-font-family - Font stack ("Flanders Art Sans" where the host loads it)
 * @cssprop --loket-font-size - Base font size, 16px
 * @cssprop --loket-space - Base spacing unit, 8px
 * @cssprop --loket-radius - Corner radius, 3px
 */
export const themeTokens = /* @__PURE__ */ (() => css`
  :host {
    --_accent: var(--loket-color-accent, #ffe615);
    --_action: var(--loket-color-action, #0055cc);
    --_action-hover: var(--loket-color-action-hover, #003b8e);
    --_on-action: var(--loket-color-on-action, #ffffff);
    --_text: var(--loket-color-text, #333332);
    --_muted: var(--loket-color-muted, #687483);
    --_border: var(--loket-color-border, #cfd5dd);
    --_surface: var(--loket-color-surface, #ffffff);
    --_surface-alt: var(--loket-color-surface-alt, #f3f5f6);
    --_error: var(--loket-color-error, #d2373c);
    --_success: var(--loket-color-success, #009e47);
    --_warning: var(--loket-color-warning, #ffa10a);
    --_focus: var(--loket-color-focus, #ffe615);
    --_font: var(--loket-font-family, 'Flanders Art Sans', 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--loket-font-size, 16px);
    --_space: var(--loket-space, 8px);
    --_radius: var(--loket-radius, 3px);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not 'inherit': a host rule such as '* { box-sizing: content-box }' beats ':host' and would leak in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* API text sits in its own elements; isolating them keeps a stray U+202E (right-to-left override)
     in one name or subject from mirroring the text around it. */
  * {
    unicode-bidi: isolate;
  }
`)();

/*
 * The style pieces below are wrapped in pure IIFEs so that a bundle drops the pieces a widget does
 * not import: bundlers keep an unused tagged template call (esbuild ignores `@__PURE__` on one),
 * but drop an unused pure call.
 */

/**
 * Pieces every widget uses: focus ring, visually hidden text, buttons, links and the error alert.
 * The others are separate so a widget's bundle carries only the CSS it renders.
 */
export const baseStyles = /* @__PURE__ */ (() => css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 36px;
    margin: 0;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border: 1px solid var(--_action);
    border-radius: var(--_radius);
    background: var(--_action);
    color: var(--_on-action);
    font: inherit;
    font-size: 1em;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  button:hover,
  .button:hover {
    background: var(--_action-hover);
    border-color: var(--_action-hover);
  }
  button.secondary,
  .button.secondary {
    background: var(--_surface);
    color: var(--_action);
  }
  button.secondary:hover,
  .button.secondary:hover {
    background: var(--_surface-alt);
  }
  button.link {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_action);
    text-decoration: underline;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  a {
    color: var(--_action);
  }
  .alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_error);
    background: #fbebec;
    color: var(--_text);
  }
  .notice {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_muted);
    background: var(--_surface-alt);
    color: var(--_text);
  }
`)();

/** Text inputs, selects and text areas. */
export const inputStyles = /* @__PURE__ */ (() => css`
  input,
  select,
  textarea {
    box-sizing: border-box;
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1em;
  }
`)();

/** Small rounded labels (`.badge`). */
export const badgeStyles = /* @__PURE__ */ (() => css`
  .badge {
    display: inline-block;
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.8125em;
    line-height: 1.7;
    white-space: nowrap;
  }
`)();

/** Loading placeholders (`.skeleton`); still when the user prefers reduced motion. */
export const skeletonStyles = /* @__PURE__ */ (() => css`
  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-alt) 25%, #e6e9ec 50%, var(--_surface-alt) 75%);
    background-size: 200% 100%;
    animation: loket-shimmer 1.2s ease-in-out infinite;
  }
  @keyframes loket-shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`)();

/** All shared pieces, for widgets that use most of them. */
export const sharedStyles = /* @__PURE__ */ (() => css`
  ${baseStyles}${inputStyles}${badgeStyles}${skeletonStyles}
`)();
