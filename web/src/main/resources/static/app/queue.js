// The outbox: every action of the team waits here, in order, until the server has answered it. Each has a
// command id made when the player acted, so a retry after a lost answer counts once on the server. Failed
// sends are retried with exponential backoff (1 s, 2 s, 4 s... up to a minute, with jitter); the items
// survive a reload (see outbox-store.js).

import { NetworkError } from './api.js';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60000;
/** What the server accepts in one batch of fixes. */
export const MAX_FIXES_PER_BATCH = 100;

export class Queue {
  /**
   * @param store where items are kept (outbox-store.js)
   * @param send (item, save) => Promise of the server's answer; `save()` stores the item's progress
   * @param listeners {changed(), answered(item, answer), dropped(item, error), unauthorized(error)}
   */
  constructor(store, send, listeners) {
    this.store = store;
    this.send = send;
    this.listeners = listeners;
    this.items = [];
    this.failures = 0;
    this.nextTryAt = null;
    this.timer = null;
    this.running = false;
    this.stopped = false;
  }

  async load(teamId) {
    this.teamId = teamId;
    this.items = await this.store.all(teamId);
    this.changed();
    this.flush();
  }

  /** Adds an action; it is sent as soon as the ones before it are. */
  async add(item) {
    const saved = await this.store.put({ ...item, teamId: this.teamId, attempts: 0, createdAt: Date.now() });
    this.items.push(saved);
    this.changed();
    this.flush();
    return saved;
  }

  /**
   * Adds positions: to the last batch if it was never tried (so it has no answer the server remembers
   * under its command id) and has room, else as a new batch.
   */
  async addFixes(fixes, newBatch) {
    const last = this.items[this.items.length - 1];
    if (last && last.kind === 'fixes' && !last.inFlight && last.attempts === 0
        && last.fixes.length + fixes.length <= MAX_FIXES_PER_BATCH) {
      last.fixes = last.fixes.concat(fixes);
      await this.store.put(last);
      this.changed();
      return;
    }
    await this.add(newBatch(fixes));
  }

  /** Tries now: the network is back, or the player asked. */
  wake() {
    this.failures = 0;
    if (this.timer) window.clearTimeout(this.timer);
    this.timer = null;
    this.nextTryAt = null;
    this.flush();
  }

  stop() {
    this.stopped = true;
    if (this.timer) window.clearTimeout(this.timer);
  }

  async clear() {
    await this.store.clear(this.teamId);
    this.items = [];
    this.changed();
  }

  get waiting() {
    return this.items.length;
  }

  async flush() {
    if (this.running || this.stopped || this.timer) return;
    this.running = true;
    try {
      while (this.items.length && !this.stopped) {
        const item = this.items[0];
        item.inFlight = true;
        this.changed();
        try {
          const answer = await this.send(item, () => this.store.put(item));
          await this.remove(item);
          this.failures = 0;
          this.lastError = null;
          this.listeners.answered(item, answer);
        } catch (error) {
          item.inFlight = false;
          if (error instanceof NetworkError || error.retryable) {
            item.attempts += 1;
            await this.store.put(item);
            this.retryLater(error);
            return;
          }
          if (error.status === 401 || error.status === 403) {
            this.listeners.unauthorized(error);
            return;
          }
          // The server will never accept it as it is (a malformed or outdated action): say so and move on.
          await this.remove(item);
          this.listeners.dropped(item, error);
        }
      }
    } finally {
      this.running = false;
      this.changed();
    }
  }

  retryLater(error) {
    this.failures += 1;
    const backoff = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (this.failures - 1));
    const asked = error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
    const delay = Math.max(asked, backoff / 2 + Math.random() * (backoff / 2));
    this.lastError = error;
    this.nextTryAt = Date.now() + delay;
    this.timer = window.setTimeout(() => {
      this.timer = null;
      this.nextTryAt = null;
      this.flush();
    }, delay);
  }

  async remove(item) {
    this.items = this.items.filter((other) => other !== item);
    await this.store.delete(item.seq);
  }

  changed() {
    this.listeners.changed();
  }
}
