import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { PollCoordinator, type PollCoordinatorOptions, type PollOutcome } from '../../src/messages/poll-coordinator.js';
import type { VisibilitySource } from '../../src/messages/visibility.js';
import { uniqueChannel } from './helpers.js';

class FakeVisibility implements VisibilitySource {
  private readonly listeners = new Set<() => void>();
  constructor(public visible = true) {}
  set(visible: boolean): void {
    this.visible = visible;
    for (const listener of this.listeners) listener();
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

class SharedStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

interface Tab {
  name: string;
  coordinator: PollCoordinator<number, string>;
  visibility: FakeVisibility;
  outcomes: PollOutcome<number, string>[];
}

const patiently = { timeout: 8000 };
const started: Tab[] = [];

afterEach(() => {
  for (const tab of started.splice(0)) tab.coordinator.stop();
});

/** Contexts sharing a channel; `polls` records which tab sent each poll. */
function tabs(
  count: number,
  options: {
    interval?: number;
    fail?: () => boolean;
    locks?: LockManager | null;
    storage?: Storage | null;
    freshFor?: number;
    visible?: boolean;
    /** Per tab (by index): its poll timer, e.g. one a hidden tab's browser throttles. */
    timers?: (index: number) => PollCoordinatorOptions<number, string>['timers'];
    overdueAfter?: number;
  } = {},
) {
  const channel = uniqueChannel();
  const polls: { tab: string; at: number }[] = [];
  const list: Tab[] = [];
  for (let n = 0; n < count; n++) {
    const name = String.fromCharCode(65 + n);
    const visibility = new FakeVisibility(options.visible ?? true);
    const outcomes: PollOutcome<number, string>[] = [];
    const coordinator = new PollCoordinator<number, string>({
      channel,
      interval: options.interval ?? 30,
      poll: async () => {
        polls.push({ tab: name, at: performance.now() });
        if (options.fail?.()) throw new Error('503');
        return polls.length;
      },
      describeError: (error) => String(error),
      onOutcome: (outcome) => outcomes.push(outcome),
      visibility,
      ...(options.locks !== undefined ? { locks: options.locks } : {}),
      ...(options.storage !== undefined ? { storage: options.storage } : {}),
      ...(options.freshFor !== undefined ? { freshFor: options.freshFor } : {}),
      ...(options.timers?.(n) ? { timers: options.timers(n) } : {}),
      ...(options.overdueAfter !== undefined ? { overdueAfter: options.overdueAfter } : {}),
      lease: { heartbeat: 20, ttl: 80 },
    });
    const tab = { name, coordinator, visibility, outcomes };
    list.push(tab);
    started.push(tab);
    coordinator.start();
  }
  const pollers = (from = 0) => new Set(polls.slice(from).map((poll) => poll.tab));
  return { list, polls, pollers };
}

describe('PollCoordinator', () => {
  it('lets one of several contexts poll (Web Locks) and hands every outcome to all', async () => {
    const { list, polls, pollers } = tabs(4);
    await waitUntil(() => polls.length >= 8, 'polling stalled', patiently);
    expect(pollers().size).to.equal(1);
    await waitUntil(() => list.every((tab) => tab.outcomes.some((outcome) => outcome.ok)), 'a context heard nothing', patiently);
    expect(list.filter((tab) => tab.coordinator.isLeader)).to.have.length(1);
  });

  it('hands over when the leader stops', async () => {
    const { list, polls, pollers } = tabs(3);
    await waitUntil(() => polls.length >= 3, undefined, patiently);
    const leader = list.find((tab) => tab.coordinator.isLeader)!;
    leader.coordinator.stop();
    const mark = polls.length;
    await waitUntil(() => polls.length >= mark + 4, 'nobody took over', patiently);
    const after = pollers(mark + 1);
    expect(after.size).to.equal(1);
    expect(after.has(leader.name)).to.equal(false);
  });

  it('falls back to a storage lease without Web Locks', async () => {
    const storage = new SharedStorage();
    const { list, polls, pollers } = tabs(3, { locks: null, storage });
    await waitUntil(() => polls.length >= 8, 'polling stalled', patiently);
    expect(pollers(1).size).to.equal(1);
    const leader = list.find((tab) => tab.coordinator.isLeader)!;
    leader.coordinator.stop();
    const mark = polls.length;
    await waitUntil(() => polls.length >= mark + 4, 'nobody took over', patiently);
    expect(pollers(mark + 1).size).to.equal(1);
    expect(pollers(mark + 1).has(leader.name)).to.equal(false);
  });

  it('without Web Locks and storage, each context polls for itself rather than none', async () => {
    const { polls, pollers } = tabs(2, { locks: null, storage: null });
    await waitUntil(() => pollers().size === 2, 'a context never polled', patiently);
    expect(polls.length).to.be.at.least(2);
  });

  it('pauses while every context is hidden, and resumes when one is shown', async () => {
    const { list, polls } = tabs(3, { interval: 20 });
    await waitUntil(() => polls.length >= 2, undefined, patiently);
    for (const tab of list) tab.visibility.set(false);
    // Let the "hidden" messages cross the channel and any poll in flight finish.
    await aTimeout(200);
    const paused = polls.length;
    await aTimeout(300);
    expect(polls.length, 'polled while every context was hidden').to.equal(paused);
    list.find((tab) => !tab.coordinator.isLeader)!.visibility.set(true);
    await waitUntil(() => polls.length > paused, 'showing a tab did not resume polling', patiently);
  });

  it('polls at once when a tab is shown after a pause', async () => {
    // A long interval: any poll after the first is caused by visibility, not by the timer.
    const { list, polls } = tabs(3, { interval: 60_000, freshFor: 0 });
    await waitUntil(() => polls.length === 1, undefined, patiently);
    for (const tab of list) tab.visibility.set(false);
    // Let the "hidden" messages reach the leader, so that it pauses.
    await aTimeout(300);
    const follower = list.find((tab) => !tab.coordinator.isLeader)!;
    follower.visibility.set(true);
    await waitUntil(() => polls.length === 2, 'showing a tab did not poll', patiently);
    await waitUntil(() => follower.outcomes.length >= 2, 'the shown tab never got the result', patiently);
    expect(follower.outcomes.at(-1)).to.include({ ok: true, value: 2 });
  });

  it('a visible follower wakes a hidden leader whose timers the browser holds back', async () => {
    // Tab A leads (it asks for the lock first) and its poll timer never fires, as in a background
    // tab under intensive throttling; tab B is visible and only listens.
    const stalled = { setTimeout: (() => 0) as unknown as typeof setTimeout, clearTimeout: () => {} };
    const { list, polls, pollers } = tabs(2, { interval: 40, overdueAfter: 60, timers: (index) => (index === 0 ? stalled : undefined) });
    list[0]!.visibility.set(false);
    await waitUntil(() => polls.length >= 3, 'the held-back leader stopped polling', patiently);
    expect([...pollers()]).to.deep.equal(['A']);
    expect(list[0]!.coordinator.isLeader).to.equal(true);
    await waitUntil(() => list[1]!.outcomes.length >= 3, 'the follower heard nothing', patiently);
  });

  it('starts paused when every context is hidden', async () => {
    const { list, polls } = tabs(2, { visible: false });
    await aTimeout(100);
    expect(polls).to.have.length(0);
    list[1]!.visibility.set(true);
    await waitUntil(() => polls.length >= 1, 'never woke up', patiently);
  });

  it('backs off exponentially on errors, and a refresh from any context polls at once', async () => {
    const { list, polls } = tabs(2, { interval: 20, fail: () => true });
    await waitUntil(() => polls.length >= 5, undefined, patiently);
    const gaps = polls.slice(1, 5).map((poll, index) => poll.at - polls[index]!.at);
    // A timer never fires early: each wait is at least interval * 2^failures.
    gaps.forEach((gap, index) => expect(gap, `wait after failure ${index + 1}`).to.be.at.least(20 * 2 ** (index + 1) - 2));
    const failures = list.map((tab) => tab.outcomes.at(-1));
    expect(failures.every((outcome) => outcome && !outcome.ok && outcome.error === 'Error: 503')).to.equal(true);
    const follower = list.find((tab) => !tab.coordinator.isLeader)!;
    const before = polls.length;
    follower.coordinator.refresh();
    await waitUntil(() => polls.length > before, 'refresh did not poll', patiently);
  });
});
