import { css } from 'lit';

/** The list: filters, the table (cards when the widget is narrow), deadlines, paging. Loaded with the list view. */
export const listStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: var(--_space);
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-size: 0.875em;
  }
  .filters .text {
    flex: 1 1 240px;
  }
  .filters .check {
    flex-direction: row;
    align-items: center;
    min-height: 44px;
  }
  .filters input[type='checkbox'] {
    width: 20px;
    height: 20px;
    margin: 0;
  }
  .count {
    min-height: 1.5em;
    margin: var(--_space) 0;
    color: var(--_muted);
  }
  .nowrap {
    white-space: nowrap;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th {
    padding: 0;
    border-bottom: 2px solid var(--_border);
    text-align: left;
    font-size: 0.875em;
  }
  th .sort {
    width: 100%;
    justify-content: space-between;
    border: 0;
    background: none;
    color: var(--_text);
    font-weight: bold;
  }
  td {
    padding: var(--_space);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .conversation {
    display: inline;
    text-align: left;
    min-height: 24px;
  }
  .dot {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-right: 6px;
    border-radius: 50%;
  }
  .unread .dot {
    background: var(--_unread);
  }
  .unread .subject .text {
    font-weight: bold;
  }
  .deadline {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
  }
  .deadline.close .badge {
    background: #fff3d6;
    color: #5c3d00;
  }
  .deadline.passed .badge {
    background: #fbebec;
    color: #8a1d21;
  }
  .label {
    display: none;
  }
  .pagination {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .empty {
    padding: calc(var(--_space) * 2) 0;
  }
  @container (max-width: 720px) {
    /* Cards: the headers stay, as a row of sort buttons. */
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    th {
      border: 0;
    }
    th .sort {
      width: auto;
      font-weight: normal;
    }
    tbody tr {
      display: block;
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_border);
    }
    td {
      display: flex;
      gap: var(--_space);
      padding: 2px 0;
      border: 0;
    }
    .label {
      display: inline;
      flex: 0 0 11em;
      color: var(--_muted);
    }
  }
`;
