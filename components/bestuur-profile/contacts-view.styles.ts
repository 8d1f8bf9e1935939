import { css } from 'lit';
import { badgeStyles } from '../../src/theme.js';

/** The sites of the contact section (added to the shadow root with contacts-view.ts). */
export const contactsStyles = css`
  ${badgeStyles}
  .sites {
    display: grid;
    gap: var(--_space);
  }
  .site {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) / 2);
    padding: 0 var(--_space);
    border-left: 4px solid var(--_border);
  }
  .site.primary {
    border-left-color: var(--_accent);
  }
  .site-title,
  .contact-title {
    font-weight: 700;
  }
  .contact {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  @container loket-profile (min-width: 720px) {
    .sites {
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
    }
    .sites .field {
      grid-template-columns: minmax(5em, 30%) minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .site.primary {
      border-left-color: Highlight;
    }
  }
`;
