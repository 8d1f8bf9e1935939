import { css } from 'lit';

/**
 * Table when the widget is wide, cards when it is narrow: the breakpoint is the widget's own width
 * (container query on `.frame`), not the viewport, so it fits a sidebar as well as a full page.
 */
export const dossierListStyles = css`
  .frame {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    border-bottom: 1px solid var(--_border);
  }
  .tabs [role='tab'] {
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: none;
    color: var(--_action);
    margin-bottom: -1px;
  }
  .tabs [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_action);
    color: var(--_text);
    font-weight: 600;
  }
  .tabs [role='tab']:hover {
    background: var(--_surface-alt);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    margin: 0;
  }
  .filters label {
    display: grid;
    gap: 2px;
    font-size: 0.875em;
  }
  .filters .text {
    flex: 1 1 14em;
  }
  .filters .text input {
    width: 100%;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .table {
    border-top: 1px solid var(--_border);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(12em, 3fr) minmax(7em, 1fr) minmax(8em, 1.5fr) repeat(3, minmax(7em, 1.1fr));
    gap: var(--_space);
    align-items: center;
    width: 100%;
    min-height: 56px;
    padding: var(--_space);
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .subsidies .row {
    grid-template-columns: minmax(12em, 3fr) minmax(7em, 1fr) repeat(2, minmax(8em, 1.2fr));
  }
  .body .row {
    cursor: pointer;
  }
  .cell.title:focus-visible {
    outline-offset: 2px;
  }
  .body .row:hover {
    background: var(--_surface-alt);
  }
  .head .row {
    min-height: 44px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  [role='columnheader'] button {
    min-height: 32px;
    padding: 2px 4px;
    border: 0;
    background: none;
    color: var(--_action);
    font-weight: 600;
  }
  [role='columnheader'] button:hover {
    background: var(--_surface-alt);
    text-decoration: underline;
  }
  .sort-icon {
    display: inline-block;
    width: 1em;
    text-align: center;
  }
  .title a,
  .title button {
    font-weight: 600;
    text-align: left;
    overflow-wrap: anywhere;
  }
  .detail {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .failed {
    max-width: 16em;
    color: var(--_error);
  }
  .muted {
    color: var(--_muted);
  }
  .card-label {
    display: none;
  }
  .badge.draft {
    background: color-mix(in srgb, var(--_warning) 22%, var(--_surface));
  }
  .badge.active {
    background: color-mix(in srgb, var(--_action) 14%, var(--_surface));
  }
  .badge.sent {
    background: color-mix(in srgb, var(--_success) 18%, var(--_surface));
  }
  .badge.deleted {
    background: var(--_surface-alt);
    text-decoration: line-through;
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .pagination label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .message {
    padding: calc(var(--_space) * 3) var(--_space);
    text-align: center;
  }
  .message p {
    margin: 0 0 var(--_space);
  }
  @container (max-width: 640px) {
    .head .row {
      display: flex;
      flex-wrap: wrap;
      min-height: 0;
      padding: 0;
      border: 0;
    }
    .row {
      grid-template-columns: 1fr auto;
      gap: 4px var(--_space);
      margin-bottom: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .cell.status {
      align-self: start;
    }
    .cell.organ {
      grid-column: 1 / -1;
    }
    .card-label {
      display: block;
      color: var(--_muted);
      font-size: 0.8125em;
    }
    .table {
      border-top: 0;
    }
  }
`;
