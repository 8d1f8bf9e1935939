import { css } from 'lit';

/**
 * What the first render needs: the frame (the container the table's container query measures),
 * the tabs, the count bar and the messages. The filter bar and the table bring their styles with
 * their chunk (view.ts).
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
  .message {
    padding: calc(var(--_space) * 3) var(--_space);
    text-align: center;
  }
  .message p {
    margin: 0 0 var(--_space);
  }
`;
