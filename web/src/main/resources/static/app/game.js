// One team's game on this phone: the latest view from the server, and the way actions reach it (the
// outbox). Views arrive from three places (answers to this phone's actions, the live stream, plain
// reads after a reload or a timer); the newest wins.

import { api, newCommandId, NetworkError } from './api.js';
import { saveSnapshot, savedSnapshot } from './identity.js';
import { openOutboxStore } from './outbox-store.js';
import { Queue } from './queue.js';
import { followTeam } from './stream.js';
import { durationMs, instantMs } from './time.js';

/**
 * Whether `next` is older than `current`. A sequence reads "<team events>.<revision>.<session events>":
 * the first and last only grow; the middle one also counts positions and restarts with the server, so it
 * does not say which view is older. Sequences in another shape are taken as they come.
 */
export function isOlder(next, current) {
  if (!current) return false;
  const a = String(next).split('.').map(Number);
  const b = String(current).split('.').map(Number);
  if (a.length !== 3 || b.length !== 3 || [...a, ...b].some(Number.isNaN)) return false;
  return a[0] < b[0] || a[2] < b[2];
}

export class Game extends EventTarget {
  /** @param fresh whether the saved view was just received (no need to read it again at start) */
  constructor(team, { fresh = false } = {}) {
    super();
    this.team = team;
    this.fresh = fresh;
    this.snapshot = savedSnapshot(team.teamId);
    this.streamState = 'connecting';
    this.online = navigator.onLine;
    this.waitingFor = new Map();
  }

  get view() {
    return this.snapshot ? this.snapshot.view : null;
  }

  async start() {
    const store = await openOutboxStore();
    this.durableOutbox = store.durable;
    this.queue = new Queue(store, (item, save) => this.deliver(item, save), {
      changed: () => this.changed(),
      answered: (item, answer) => this.answered(item, answer),
      dropped: (item, error) => this.settle(item, { error }),
      unauthorized: () => this.lost(),
    });
    await this.queue.load(this.team.teamId);
    this.listeners = {
      online: () => this.reconnected(),
      offline: () => this.setOnline(false),
      visibilitychange: () => {
        if (document.visibilityState === 'visible') this.refresh();
      },
    };
    window.addEventListener('online', this.listeners.online);
    window.addEventListener('offline', this.listeners.offline);
    document.addEventListener('visibilitychange', this.listeners.visibilitychange);
    this.stream = followTeam(this.team, {
      lastEventId: this.snapshot ? this.snapshot.sequence : null,
      onView: (snapshot) => this.apply(snapshot),
      onState: (state) => this.streamChanged(state),
    });
    if (!this.fresh) await this.refresh();
  }

  /** Stops following the team (the phone left it): nothing of this game runs or is stored any more. */
  stop() {
    this.stopped = true;
    if (this.stream) this.stream.stop();
    if (this.queue) this.queue.stop();
    window.clearTimeout(this.refreshTimer);
    if (this.listeners) {
      window.removeEventListener('online', this.listeners.online);
      window.removeEventListener('offline', this.listeners.offline);
      document.removeEventListener('visibilitychange', this.listeners.visibilitychange);
    }
  }

  /** Reads the team's view now (after a reload, when a countdown ends, when the phone wakes up). */
  async refresh() {
    try {
      this.apply(await api.team(this.team));
      this.setOnline(true);
    } catch (error) {
      if (error instanceof NetworkError) this.setOnline(false);
      else if (error.status === 401 || error.status === 403) this.lost();
    }
  }

  /** Takes a view if it is not older than the one shown. */
  apply(snapshot) {
    if (this.stopped || !snapshot || !snapshot.view) return;
    if (this.snapshot && isOlder(snapshot.sequence, this.snapshot.sequence)) return;
    const previous = this.view;
    this.snapshot = snapshot;
    this.receivedAt = Date.now();
    saveSnapshot(snapshot);
    this.scheduleRefresh(snapshot.view);
    this.dispatchEvent(new CustomEvent('view', { detail: { view: snapshot.view, previous } }));
  }

  /**
   * Sends a command through the outbox. Resolves with the events it caused once the server answered
   * (which may be after the network came back); rejects if the server will never accept it.
   */
  send(command, label) {
    return this.enqueue({ kind: 'command', commandId: newCommandId(), command, label });
  }

  /** A photo for a photo riddle: uploaded, then submitted, as one action of the outbox. */
  sendPhoto(riddle, blob, label) {
    return this.enqueue({ kind: 'photo', commandId: newCommandId(), riddle, blob, label });
  }

  /** Positions, batched with those still waiting when possible. */
  sendFixes(fixes) {
    return this.queue.addFixes(fixes, (batch) => ({
      kind: 'fixes', commandId: newCommandId(), fixes: batch, label: { key: 'queue.positions' },
    }));
  }

  enqueue(item) {
    return new Promise((resolve, reject) => {
      this.waitingFor.set(item.commandId, { resolve, reject });
      this.queue.add(item);
    });
  }

  async deliver(item, save) {
    if (item.kind === 'fixes') return api.fixes(this.team, item.commandId, item.fixes);
    if (item.kind === 'photo') {
      if (!item.photoId) {
        item.photoId = (await api.photo(this.team, item.blob)).photoId;
        await save();
      }
      return api.command(this.team, {
        commandId: item.commandId, type: 'submit-photo', riddle: item.riddle, photoId: item.photoId,
      });
    }
    return api.command(this.team, { commandId: item.commandId, ...item.command });
  }

  answered(item, answer) {
    this.setOnline(true);
    this.apply(answer);
    this.settle(item, { events: answer.events || [] });
  }

  /** Tells whoever waits for this action; after a reload nobody does, so the page is told instead. */
  settle(item, outcome) {
    const waiting = this.waitingFor.get(item.commandId);
    this.waitingFor.delete(item.commandId);
    if (waiting) {
      if (outcome.error) waiting.reject(outcome.error);
      else waiting.resolve(outcome.events);
    } else if (item.kind !== 'fixes') {
      this.dispatchEvent(new CustomEvent('settled', { detail: { item, ...outcome } }));
    }
  }

  reconnected() {
    this.setOnline(true);
    this.queue.wake();
    this.stream.retryNow();
    this.refresh();
  }

  setOnline(online) {
    if (this.online === online) return;
    this.online = online;
    this.changed();
  }

  streamChanged(state) {
    this.streamState = state;
    if (state === 'unauthorized') this.lost();
    this.changed();
  }

  /**
   * When a duration of the view (a hint's opensIn, a time left) ends, on this phone's clock: counted from
   * when the view arrived, so a phone whose clock is wrong still counts down right. Null without a duration.
   */
  deadline(duration) {
    const ms = durationMs(duration);
    return ms === null ? null : (this.receivedAt || Date.now()) + ms;
  }

  /** The team's token no longer opens it (the session was deleted): the page offers to join again. */
  lost() {
    if (this.stopped) return;
    this.stop();
    this.dispatchEvent(new CustomEvent('lost'));
  }

  changed() {
    if (this.queue && this.queue.lastError instanceof NetworkError) this.online = false;
    this.dispatchEvent(new CustomEvent('status'));
  }

  /** Reads the view again when something the server computes from the time changes (a hint opens...). */
  scheduleRefresh(view) {
    window.clearTimeout(this.refreshTimer);
    if (view.status !== 'RUNNING') return;
    const now = Date.now();
    const moments = [this.deadline(view.timeLeft)];
    const riddles = [...view.stations, ...(view.finalRiddle ? [view.finalRiddle] : [])];
    for (const riddle of riddles) {
      for (const hint of riddle.hints || []) moments.push(hint.opensAt ? this.deadline(hint.opensIn) : null);
      if (riddle.attempts) moments.push(instantMs(riddle.attempts.coolDownUntil));
      moments.push(this.deadline(riddle.timeLeft));
    }
    const next = Math.min(...moments.filter((m) => m !== null && m > now));
    if (Number.isFinite(next)) {
      this.refreshTimer = window.setTimeout(() => this.refresh(), Math.min(next - now + 500, 2 ** 31 - 1));
    }
  }
}
