import { css } from 'lit';

/** The shell: the search field and the loading skeleton (the results view brings its own styles). */
export const serviceFinderStyles = css`
  :host {
    container-type: inline-size;
  }
  .search {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .search label {
    font-weight: 700;
  }
  .search-row {
    display: flex;
    gap: var(--_space);
  }
  .search-row input {
    flex: 1;
    min-width: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .results {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton-row {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton.title {
    width: 60%;
    height: 1.25em;
  }
  .skeleton.line {
    width: 90%;
  }
`;
