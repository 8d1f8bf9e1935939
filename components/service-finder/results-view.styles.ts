import { css } from 'lit';

/** The results view: filters, result cards, paging, bookmarks; added to the finder when the view loads. */
export const resultsStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @container (max-width: 40em) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .filters {
    display: grid;
    gap: var(--_space);
  }
  .filter > summary {
    padding: calc(var(--_space) / 2) 0;
    font-weight: 700;
    cursor: pointer;
  }
  .filter fieldset {
    max-height: 22em;
    overflow-y: auto;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
    font-weight: 700;
  }
  .facet-option {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
    padding: 2px 0;
  }
  .facet-option input {
    margin: 0;
  }
  .facet-option.empty {
    color: var(--_muted);
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary-line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  .summary-line h3,
  .bookmarks h3 {
    margin: 0;
    font-size: 1.125em;
  }
  .sort {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: calc(var(--_space) / 2) 0 var(--_space);
  }
  .results.stale {
    opacity: 0.6;
  }
  .result {
    /* Off-screen results are not laid out or painted: typing stays cheap with fifty on the page. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7em;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .result-head {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: flex-start;
  }
  .result-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.125em;
    line-height: 1.3;
  }
  .bookmark {
    flex: none;
    min-width: 32px;
    min-height: 32px;
    margin: -4px 0 0 -4px;
    padding: 0 4px;
    border-color: transparent;
    background: transparent;
    color: var(--_action);
    font-size: 1.25em;
    line-height: 1;
  }
  .bookmark:hover {
    background: var(--_surface-alt);
    color: var(--_action-hover);
  }
  .summary {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }
  .result-title a,
  .result-title button.link {
    font-weight: 700;
    text-align: start;
  }
  .result p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  mark {
    background: var(--_accent);
    color: inherit;
    padding: 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .badge.deadline {
    background: var(--_warning);
    color: var(--_text);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .actions button {
    min-height: 32px;
  }
  .inline-error {
    color: var(--_error);
  }
  .state {
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0 0 var(--_space);
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: center;
    margin-top: calc(var(--_space) * 2);
  }
`;
