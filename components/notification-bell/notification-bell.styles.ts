import { css } from 'lit';

export const bellStyles = css`
  :host {
    display: inline-block;
    --_bell-size: var(--loket-bell-size, 24px);
    --_badge-bg: var(--loket-bell-badge-background, var(--_error));
    --_badge-fg: var(--loket-bell-badge-color, #ffffff);
    --_panel-width: var(--loket-bell-panel-width, 380px);
  }
  .bell {
    position: relative;
    min-width: 44px;
    min-height: 44px;
    justify-content: center;
    padding: calc(var(--_space) * 0.75);
    border-color: transparent;
    background: transparent;
    color: inherit;
  }
  .bell:hover {
    border-color: transparent;
    background: var(--_surface-alt);
  }
  .bell svg {
    width: var(--_bell-size);
    height: var(--_bell-size);
    fill: currentColor;
  }
  .count {
    position: absolute;
    top: 2px;
    right: 0;
    min-width: 20px;
    padding: 0 5px;
    border: 2px solid var(--_surface);
    border-radius: 999px;
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    font-size: 12px;
    font-weight: 700;
    line-height: 16px;
    text-align: center;
  }
  .count.problem {
    background: var(--_warning);
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .count {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
