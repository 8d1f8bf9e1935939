import { leaseLeadership, soloLeadership, webLockLeadership, type LeaseTiming, type Leadership } from './leadership.js';
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
}

type Message<T, E> =
  | { kind: 'outcome'; outcome: PollOutcome<T, E> }
  | { kind: 'visibility'; from: string; visible: boolean }
  | { kind: 'roll-call' }
  | { kind: 'refresh' }
  | { kind: 'bye'; from: string }
  | { kind: 'released' };

/**
 * Polls on behalf of every context of the browser that shares a channel name: one leader polls,
 * broadcasts each outcome, and the others only listen. Polling pauses while no context is visible
 * (a hidden leader stops requesting) and restarts at once when one is shown; errors back off
 * exponentially. A context that newly leads continues the schedule of the outcome it last heard,
 * so a change of leader costs no extra request.
 */
export class PollCoordinator<T, E> {
  private readonly id = Math.random().toString(36).slice(2);
  private readonly visibility: VisibilitySource;
  private readonly leadership: Leadership;
  private readonly visiblePeers = new Set<string>();
  private channel: BroadcastChannel | null = null;
  private releasedListener: (() => void) | undefined;
  private unsubscribeVisibility: (() => void) | undefined;
  private leading = false;
  private stopped = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;
  private last: PollOutcome<T, E> | undefined;

  constructor(private readonly options: PollCoordinatorOptions<T, E>) {
    this.visibility = options.visibility ?? documentVisibility();
    this.leadership = this.chooseLeadership();
  }

  /** The most recent outcome, polled here or heard from the leader. */
  get latest(): PollOutcome<T, E> | undefined {
    return this.last;
  }

  get isLeader(): boolean {
    return this.leading;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.channel = openChannel(this.options.channel);
    if (this.channel) this.channel.onmessage = (event: MessageEvent<Message<T, E>>) => this.receive(event.data);
    this.unsubscribeVisibility = this.visibility.subscribe(() => this.visibilityChanged());
    globalThis.addEventListener?.('online', this.onOnline);
    this.post({ kind: 'visibility', from: this.id, visible: this.visibility.visible });
    this.leadership.start((leading) => this.setLeading(leading));
  }

  stop(): void {
    if (this.stopped) return;
    this.post({ kind: 'bye', from: this.id });
    this.stopped = true;
    this.leadership.stop();
    this.setLeading(false);
    this.unsubscribeVisibility?.();
    globalThis.removeEventListener?.('online', this.onOnline);
    this.post({ kind: 'released' });
    this.channel?.close();
    this.channel = null;
  }

  /** Back online after errors: no need to sit out the backoff. */
  private readonly onOnline = (): void => {
    if (this.leading && this.last && !this.last.ok) this.pollNow();
  };

  /** Asks for a poll now (a user's "retry"): the leader polls, wherever it is, and backoff resets. */
  refresh(): void {
    if (this.leading) this.pollNow();
    else this.post({ kind: 'refresh' });
  }

  private chooseLeadership(): Leadership {
    const name = `loket-elements:poller:${this.options.channel}`;
    const locks = this.options.locks === undefined ? globalThis.navigator?.locks : this.options.locks;
    if (locks) return webLockLeadership(locks, name);
    const storage = this.options.storage === undefined ? safeLocalStorage() : this.options.storage;
    if (!storage) return soloLeadership();
    return leaseLeadership(storage, name, this.options.lease ?? { heartbeat: 1000, ttl: 3000 }, (wake) => {
      this.releasedListener = wake;
      return () => (this.releasedListener = undefined);
    });
  }

  private setLeading(leading: boolean): void {
    if (leading === this.leading) return;
    this.leading = leading && !this.stopped;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.leading) {
      this.inFlight?.abort();
      this.inFlight = undefined;
      return;
    }
    this.visiblePeers.clear();
    this.post({ kind: 'roll-call' });
    this.scheduleFrom(this.last);
  }

  private receive(message: Message<T, E>): void {
    if (this.stopped || !message || typeof message !== 'object') return;
    switch (message.kind) {
      case 'outcome':
        if (this.last && message.outcome.at <= this.last.at) return;
        this.last = message.outcome;
        this.options.onOutcome(message.outcome, false);
        return;
      case 'visibility':
        if (message.visible) this.visiblePeers.add(message.from);
        else this.visiblePeers.delete(message.from);
        // A newcomer has nothing to show yet: hand it the latest outcome.
        if (this.leading && this.last) this.post({ kind: 'outcome', outcome: this.last });
        this.lookChanged();
        return;
      case 'roll-call':
        this.post({ kind: 'visibility', from: this.id, visible: this.visibility.visible });
        return;
      case 'refresh':
        if (this.leading) this.pollNow();
        return;
      case 'bye':
        this.visiblePeers.delete(message.from);
        this.lookChanged();
        return;
      case 'released':
        this.releasedListener?.();
        return;
    }
  }

  private visibilityChanged(): void {
    this.post({ kind: 'visibility', from: this.id, visible: this.visibility.visible });
    this.lookChanged();
  }

  private someoneLooks(): boolean {
    return this.visibility.visible || this.visiblePeers.size > 0;
  }

  /**
   * Pauses the moment nobody looks; when someone looks again, polls at once (unless the last
   * outcome is still fresh, or errors asked us to back off: then the schedule resumes).
   */
  private lookChanged(): void {
    if (!this.leading || this.stopped || this.inFlight) return;
    if (!this.someoneLooks()) {
      clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    if (this.timer !== undefined) return;
    const last = this.last;
    const freshFor = this.options.freshFor ?? Math.min(this.options.interval, 5000);
    if (!last || (last.ok && Date.now() - last.at >= freshFor)) this.pollNow();
    else this.scheduleFrom(last);
  }

  private pollNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.last && !this.last.ok) this.last = { ...this.last, failures: 0 };
    void this.run();
  }

  private scheduleFrom(outcome: PollOutcome<T, E> | undefined): void {
    clearTimeout(this.timer);
    const due = outcome ? outcome.at + this.delayAfter(outcome) : Date.now();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, Math.max(0, due - Date.now()));
  }

  private delayAfter(outcome: PollOutcome<T, E>): number {
    const { interval } = this.options;
    if (outcome.ok || outcome.failures === 0) return interval;
    const cap = Math.max(interval, this.options.maxBackoff ?? 15 * 60_000);
    return Math.min(cap, interval * 2 ** outcome.failures);
  }

  private async run(): Promise<void> {
    if (!this.leading || this.stopped || this.inFlight) return;
    // Nobody looks: stay paused; a tab that becomes visible wakes us (lookChanged).
    if (!this.someoneLooks()) return;
    const controller = new AbortController();
    this.inFlight = controller;
    let outcome: PollOutcome<T, E>;
    try {
      const value = await this.options.poll(controller.signal);
      outcome = { ok: true, value, at: Date.now(), failures: 0 };
    } catch (error) {
      outcome = {
        ok: false,
        error: this.options.describeError(error),
        at: Date.now(),
        failures: (this.last && !this.last.ok ? this.last.failures : 0) + 1,
      };
    }
    if (this.inFlight !== controller) return;
    this.inFlight = undefined;
    if (controller.signal.aborted || !this.leading) return;
    this.last = outcome;
    this.post({ kind: 'outcome', outcome });
    this.options.onOutcome(outcome, true);
    this.scheduleFrom(outcome);
  }

  private post(message: Message<T, E>): void {
    try {
      this.channel?.postMessage(message);
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
