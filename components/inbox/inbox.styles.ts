import { css } from 'lit';

/**
 * What the element shows before its list view is in (the skeleton, the opening conversation), and
 * what the list and the thread share. The list's own styles come with its chunk (list.styles.ts),
 * the thread's with the thread.
 */
export const inboxStyles = css`
  :host {
    container-type: inline-size;
    --_unread: var(--loket-inbox-unread, var(--_action));
  }
  .muted {
    color: var(--_muted);
  }
  .note {
    padding: calc(var(--_space) * 2) 0;
  }
  .skeletons {
    display: grid;
    gap: var(--_space);
  }
`;
