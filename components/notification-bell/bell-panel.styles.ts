import { css } from 'lit';
import { skeletonStyles } from '../../src/theme.js';

/**
 * Styles of the popover and its content (the skeleton is only there), adopted when the panel module
 * loads: the popover cannot open before that, and the browser hides it until then.
 */
export const panelStyles = css`
  ${skeletonStyles}
  [popover] {
    position: fixed;
    inset: auto;
    width: min(var(--_panel-width), calc(100vw - 16px));
    max-height: min(560px, calc(100vh - 16px));
    margin: 0;
    padding: 0;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  .head,
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .head {
    border-bottom: 1px solid var(--_border);
  }
  .foot {
    border-top: 1px solid var(--_border);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .note {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    color: var(--_muted);
  }
  .alert {
    margin: var(--_space);
  }
  .alert p {
    margin: 0;
    flex: 1 1 100%;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    border-top: 1px solid var(--_border);
  }
  .item {
    display: grid;
    grid-template-columns: 12px 1fr;
    column-gap: var(--_space);
    width: 100%;
    min-height: auto;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_text);
    text-align: left;
    text-decoration: none;
    line-height: 1.4;
  }
  .item:hover {
    background: var(--_surface-alt);
  }
  .item > :not(.dot) {
    grid-column: 2;
  }
  .dot {
    grid-row: 1;
    width: 10px;
    height: 10px;
    margin-top: 0.35em;
    border-radius: 50%;
  }
  .unread .dot {
    background: var(--_action);
  }
  .subject {
    font-weight: 400;
  }
  .unread .subject {
    font-weight: 700;
  }
  .meta,
  .dossier {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .skeleton {
    margin: var(--_space) calc(var(--_space) * 1.5);
  }
  .skeleton.short {
    width: 60%;
  }
  @media (forced-colors: active) {
    .unread .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
