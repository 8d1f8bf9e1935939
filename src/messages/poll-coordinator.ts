import { deferredLeadership, webLockLeadership, type Leadership } from './leadership.js';
import type { LeaseTiming } from './lease-leadership.js';
import { documentVisibility, type VisibilitySource } from './visibility.js';

/** One poll's result as every tab receives it. `value` and `error` must survive structured clone. */
export type PollOutcome<T, E> =
  | { ok: true; value: T; at: number; failures: 0 }
  | { ok: false; error: E; at: number; failures: number };

export interface PollCoordinatorOptions<T, E> {
  /** Contexts sharing this name share one poller (tabs, frames, several widgets on a page). */
  channel: string;
  /** Time between polls while someone looks, ms. */
  interval: number;
  poll(signal: AbortSignal): Promise<T>;
  /** Turns a thrown error into something other tabs can receive. */
  describeError(error: unknown): E;
  /** Every outcome, polled here (`polledHere`) or received from the leading tab. */
  onOutcome(outcome: PollOutcome<T, E>, polledHere: boolean): void;
  /** Longest wait after repeated errors, ms. Default: 15 minutes (never less than `interval`). */
  maxBackoff?: number;
  /**
   * When a tab is shown after a pause, an outcome younger than this is shown as is instead of
   * polling again (switching between two tabs briefly hides both). Default: min(interval, 5 s).
   */
  freshFor?: number;
  /** Injection points: tests hide tabs and force the fallbacks. */
  visibility?: VisibilitySource;
  locks?: LockManager | null;
  storage?: Storage | null;
  lease?: LeaseTiming;
  /** The poll timer (tests stand in for a hidden tab whose timers the browser throttles). */
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
  /** How late the leader's outcome may be before a visible follower says so, ms. Default: max(1 s, interval / 4). */
  overdueAfter?: number;
}

type Message<T, E> =
  | { kind: 'outcome'; outcome: PollOutcome<T, E> }
  | { kind: 'visibility'; from: string; visible: boolean }
  | { kind: 'roll-call' }
  | { kind: 'refresh' }
  | { kind: 'bye'; from: string }
  | { kind: 'released' }
  | { kind: 'overdue' };

/**
 * Polls on behalf of every context of the browser that shares a channel name: one leader polls,
 * broadcasts each outcome, and the others only listen. Polling pauses while no context is visible
 * (a hidden leader stops requesting) and restarts at once when one is shown; errors back off
 * exponentially. A context that newly leads continues the schedule of the outcome it last heard,
 * so a change of leader costs no extra request.
 */
export class PollCoordinator<T, E> {
  readonly #id = Math.random().toString(36).slice(2);
  private readonly visibility: VisibilitySource;
  readonly #leadership: Leadership;
  private readonly timers: NonNullable<PollCoordinatorOptions<T, E>['timers']>;
  readonly #visiblePeers = new Set<string>();
  #channel: BroadcastChannel | null = null;
  #releasedListener: (() => void) | undefined;
  #unsubscribeVisibility: (() => void) | undefined;
  #leading = false;
  #stopped = true;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;
  #last: PollOutcome<T, E> | undefined;
  /** When the leader's next poll is due (leader only). */
  #dueAt = 0;
  /** A visible follower's watch over a leader whose timers a hidden tab may throttle. */
  #watchdog: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: PollCoordinatorOptions<T, E>) {
    this.visibility = options.visibility ?? documentVisibility();
    this.timers = options.timers ?? globalThis;
    this.#leadership = this.#chooseLeadership();
  }

  /** The most recent outcome, polled here or heard from the leader. */
  get latest(): PollOutcome<T, E> | undefined {
    return this.#last;
  }

  get isLeader(): boolean {
    return this.#leading;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#channel = openChannel(this.options.channel);
    if (this.#channel) this.#channel.onmessage = (event: MessageEvent<Message<T, E>>) => this.#receive(event.data);
    this.#unsubscribeVisibility = this.visibility.subscribe(() => this.#visibilityChanged());
    globalThis.addEventListener?.('online', this.#onOnline);
    this.#post({ kind: 'visibility', from: this.#id, visible: this.visibility.visible });
    this.#leadership.start((leading) => this.#setLeading(leading));
    this.#watch();
  }

  stop(): void {
    if (this.#stopped) return;
    this.#post({ kind: 'bye', from: this.#id });
    this.#stopped = true;
    clearTimeout(this.#watchdog);
    this.#leadership.stop();
    this.#setLeading(false);
    this.#unsubscribeVisibility?.();
    globalThis.removeEventListener?.('online', this.#onOnline);
    this.#post({ kind: 'released' });
    this.#channel?.close();
    this.#channel = null;
  }

  /** Back online after errors: no need to sit out the backoff. */
  readonly #onOnline = (): void => {
    if (this.#leading && this.#last && !this.#last.ok) this.#pollNow();
  };

  /** Asks for a poll now (a user's "retry"): the leader polls, wherever it is, and backoff resets. */
  refresh(): void {
    if (this.#leading) this.#pollNow();
    else this.#post({ kind: 'refresh' });
  }

  #chooseLeadership(): Leadership {
    const name = `loket-elements:poller:${this.options.channel}`;
    const locks = this.options.locks === undefined ? globalThis.navigator?.locks : this.options.locks;
    if (locks) return webLockLeadership(locks, name);
    const storage = this.options.storage === undefined ? safeLocalStorage() : this.options.storage;
    return deferredLeadership(async () => {
      const { leaseLeadership, soloLeadership } = await import('./lease-leadership.js');
      if (!storage) return soloLeadership();
      return leaseLeadership(storage, name, this.options.lease ?? { heartbeat: 1000, ttl: 3000 }, (wake) => {
        this.#releasedListener = wake;
        return () => (this.#releasedListener = undefined);
      });
    });
  }

  #setLeading(leading: boolean): void {
    if (leading === this.#leading) return;
    this.#leading = leading && !this.#stopped;
    this.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#watch();
    if (!this.#leading) {
      this.#inFlight?.abort();
      this.#inFlight = undefined;
      return;
    }
    this.#visiblePeers.clear();
    this.#post({ kind: 'roll-call' });
    this.#scheduleFrom(this.#last);
  }

  #receive(message: Message<T, E>): void {
    if (this.#stopped || !message || typeof message !== 'object') return;
    switch (message.kind) {
      case 'outcome':
        if (this.#last && message.outcome.at <= this.#last.at) return;
        this.#last = message.outcome;
        this.options.onOutcome(message.outcome, false);
        this.#watch();
        return;
      case 'visibility':
        if (message.visible) this.#visiblePeers.add(message.from);
        else this.#visiblePeers.delete(message.from);
        // A newcomer has nothing to show yet: hand it the latest outcome.
        if (this.#leading && this.#last) this.#post({ kind: 'outcome', outcome: this.#last });
        this.#lookChanged();
        return;
      case 'roll-call':
        this.#post({ kind: 'visibility', from: this.#id, visible: this.visibility.visible });
        return;
      case 'refresh':
        if (this.#leading) this.#pollNow();
        return;
      case 'bye':
        this.#visiblePeers.delete(message.from);
        this.#lookChanged();
        return;
      case 'released':
        this.#releasedListener?.();
        return;
      case 'overdue':
        // Our timer should have fired: browsers throttle timers in hidden tabs (to once a minute
        // after a while), but not the channel's messages. Poll now, keeping any backoff.
        if (this.#leading && !this.#inFlight && this.#timer !== undefined && this.#dueAt <= Date.now()) {
          this.timers.clearTimeout(this.#timer);
          this.#timer = undefined;
          void this.#run();
        }
        return;
    }
  }

  #visibilityChanged(): void {
    this.#post({ kind: 'visibility', from: this.#id, visible: this.visibility.visible });
    this.#lookChanged();
    this.#watch();
  }

  /**
   * A visible follower expects the leader's next outcome by when it is due, plus some slack; when
   * it has not come, it tells the leader it is overdue (and keeps watching). A hidden leader tab
   * would otherwise poll only when the browser lets its timer run.
   */
  #watch(): void {
    clearTimeout(this.#watchdog);
    if (this.#stopped || this.#leading || !this.visibility.visible) return;
    const slack = this.options.overdueAfter ?? Math.max(1000, this.options.interval / 4);
    const due = this.#last ? this.#last.at + this.#delayAfter(this.#last) : Date.now() + this.options.interval;
    this.#watchdog = setTimeout(() => {
      if (this.#leading || !this.visibility.visible) return;
      this.#post({ kind: 'overdue' });
      this.#watch();
    }, Math.max(slack, due + slack - Date.now()));
  }

  #someoneLooks(): boolean {
    return this.visibility.visible || this.#visiblePeers.size > 0;
  }

  /**
   * Pauses the moment nobody looks; when someone looks again, polls at once (unless the last
   * outcome is still fresh, or errors asked us to back off: then the schedule resumes).
   */
  #lookChanged(): void {
    if (!this.#leading || this.#stopped || this.#inFlight) return;
    if (!this.#someoneLooks()) {
      this.timers.clearTimeout(this.#timer);
      this.#timer = undefined;
      return;
    }
    if (this.#timer !== undefined) return;
    const last = this.#last;
    const freshFor = this.options.freshFor ?? Math.min(this.options.interval, 5000);
    if (!last || (last.ok && Date.now() - last.at >= freshFor)) this.#pollNow();
    else this.#scheduleFrom(last);
  }

  #pollNow(): void {
    this.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#last && !this.#last.ok) this.#last = { ...this.#last, failures: 0 };
    void this.#run();
  }

  #scheduleFrom(outcome: PollOutcome<T, E> | undefined): void {
    this.timers.clearTimeout(this.#timer);
    const due = outcome ? outcome.at + this.#delayAfter(outcome) : Date.now();
    this.#dueAt = due;
    this.#timer = this.timers.setTimeout(() => {
      this.#timer = undefined;
      void this.#run();
    }, Math.max(0, due - Date.now()));
  }

  #delayAfter(outcome: PollOutcome<T, E>): number {
    const { interval } = this.options;
    if (outcome.ok || outcome.failures === 0) return interval;
    const cap = Math.max(interval, this.options.maxBackoff ?? 15 * 60_000);
    return Math.min(cap, interval * 2 ** outcome.failures);
  }

  async #run(): Promise<void> {
    if (!this.#leading || this.#stopped || this.#inFlight) return;
    // Nobody looks: stay paused; a tab that becomes visible wakes us (lookChanged).
    if (!this.#someoneLooks()) return;
    const controller = new AbortController();
    this.#inFlight = controller;
    let outcome: PollOutcome<T, E>;
    try {
      const value = await this.options.poll(controller.signal);
      outcome = { ok: true, value, at: Date.now(), failures: 0 };
    } catch (error) {
      outcome = {
        ok: false,
        error: this.options.describeError(error),
        at: Date.now(),
        failures: (this.#last && !this.#last.ok ? this.#last.failures : 0) + 1,
      };
    }
    if (this.#inFlight !== controller) return;
    this.#inFlight = undefined;
    if (controller.signal.aborted || !this.#leading) return;
    this.#last = outcome;
    this.#post({ kind: 'outcome', outcome });
    this.options.onOutcome(outcome, true);
    this.#scheduleFrom(outcome);
  }

  #post(message: Message<T, E>): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A value that cannot be cloned reaches only this context; the others poll after a takeover.
    }
  }
}

function openChannel(name: string): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(`loket-elements:poller:${name}`) : null;
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
