import { css } from 'lit';

/** The open conversation and the reply form (added when the thread view loads). */
export const threadStyles = css`
  .thread {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .back {
    justify-self: start;
  }
  .head h2 {
    margin: 0 0 var(--_space);
    font-size: 1.375em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .kind {
    margin: 0;
    color: var(--_muted);
  }
  .deadline-box {
    margin-top: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_action);
  }
  .deadline-box p {
    margin: 0 0 4px;
  }
  .deadline-box.close {
    border-color: var(--_warning);
  }
  .deadline-box.passed {
    border-color: var(--_error);
  }
  .messages,
  .files {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .messages {
    gap: calc(var(--_space) * 2);
  }
  .message {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .message.own {
    border-left: 4px solid var(--_action);
  }
  .message h3,
  .reply h3 {
    margin: 0;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .dates {
    margin: 4px 0 var(--_space);
    font-size: 0.875em;
  }
  .content {
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .file {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .file .kind {
    flex: 0 0 auto;
    min-width: 48px;
    padding: 4px;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.75em;
    font-weight: bold;
    text-align: center;
  }
  .file-body {
    display: grid;
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .file-body .muted {
    font-size: 0.875em;
  }
  .file progress {
    width: 100%;
  }
  .problem-text {
    color: #8a1d21;
  }
  .reply-bar {
    display: flex;
  }
  .reply {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .address {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px var(--_space);
    margin: 0;
  }
  .address dt {
    font-weight: bold;
  }
  .address dd {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 4px;
  }
  .field textarea {
    width: 100%;
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .skeleton.short {
    width: 60%;
  }
`;
