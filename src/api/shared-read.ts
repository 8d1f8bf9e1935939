import { abortable } from './abort.js';

/**
 * One request that several callers wait for. Each caller can stop waiting with its own signal;
 * the request itself is aborted only when the last caller has left.
 */
export class SharedRead<T> {
  readonly #controller = new AbortController();
  readonly #promise: Promise<T>;
  #waiting = 0;
  #settled = false;

  constructor(run: (signal: AbortSignal) => Promise<T>, onSettled: () => void) {
    this.#promise = run(this.#controller.signal);
    const settle = () => {
      this.#settled = true;
      onSettled();
    };
    this.#promise.then(settle, settle);
  }

  /** true once every caller has aborted: a new caller must start a fresh request. */
  get abandoned(): boolean {
    return this.#controller.signal.aborted;
  }

  async join(signal?: AbortSignal): Promise<T> {
    this.#waiting++;
    try {
      return await abortable(this.#promise, signal);
    } finally {
      this.#waiting--;
      if (this.#waiting === 0 && !this.#settled) this.#controller.abort();
    }
  }
}
