/**
 * What the inbox element hands to its thread view (loaded on demand, see thread-view.ts). Types
 * only: nothing here is code a bundle carries.
 */
import type { TemplateResult } from 'lit';
import type { LoketClient } from '../../src/api/client.js';
import type { LoketError } from '../../src/api/errors.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { CoreMessageKey } from '../../src/i18n/core.messages.js';
import type { ReadScope } from '../../src/messages/read-state.js';
import type { SharedReadState } from '../../src/messages/shared-read-state.js';
import type { DeadlineRules } from '../../src/inbox/deadline.js';

export interface ThreadContext {
  readonly renderRoot: HTMLElement | DocumentFragment;
  lang(): Lang;
  client(): LoketClient;
  scope(): ReadScope;
  readState: SharedReadState;
  deadlineRules(): DeadlineRules;
  /** Where one conversation opens (for the calendar event), when the host says. */
  conversationUrl(id: string): string | undefined;
  coreMsg(key: CoreMessageKey): string;
  renderError(error: unknown, retry: () => void): TemplateResult;
  reportError(error: unknown): LoketError;
  /** Says something in the widget's polite live region. */
  announce(text: string): void;
  /** Re-render the element. */
  update(): void;
  /** Settles once the element has rendered what is pending. */
  rendered(): Promise<unknown>;
  /** Back to the list of conversations. */
  back(): void;
  /** A reply went out: the list and the deadlines are read again. */
  sent(conversationId: string): void;
}
