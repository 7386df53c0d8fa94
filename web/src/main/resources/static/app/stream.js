// Live updates: the team's Server-Sent Events, read with fetch() because EventSource cannot send the
// Authorization header. Reconnects with backoff (1 s doubling to 30 s) and sends Last-Event-ID, so the
// server may skip what this phone already has.

import { api } from './api.js';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30000;
/** The server sends something (a heartbeat at least) more often than this; silence means a dead link. */
const SILENCE_MS = 45000;

/**
 * Follows the team's stream until `stop()` is called.
 * @param onView (snapshot, eventId) for each `view` event
 * @param onState ('connecting' | 'live' | 'reconnecting' | 'unauthorized')
 */
export function followTeam(team, { lastEventId = null, onView, onState }) {
  let stopped = false;
  let controller = null;
  let delay = FIRST_DELAY_MS;
  let wakeUp = null;
  let lastId = lastEventId;

  async function run() {
    while (!stopped) {
      onState('connecting');
      try {
        await connectOnce();
      } catch {
        // A broken connection: try again below.
      }
      if (stopped) return;
      onState('reconnecting');
      await pause(delay / 2 + Math.random() * (delay / 2));
      delay = Math.min(MAX_DELAY_MS, delay * 2);
    }
  }

  async function connectOnce() {
    controller = new AbortController();
    const headers = { Authorization: `Bearer ${team.token}`, Accept: 'text/event-stream' };
    if (lastId) headers['Last-Event-ID'] = lastId;
    const response = await fetch(api.streamUrl(team), { headers, signal: controller.signal, cache: 'no-store' });
    if (response.status === 401 || response.status === 403) {
      stopped = true;
      onState('unauthorized');
      return;
    }
    if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
    onState('live');
    delay = FIRST_DELAY_MS;
    let watchdog = null;
    const feed = () => {
      window.clearTimeout(watchdog);
      watchdog = window.setTimeout(() => controller.abort(), SILENCE_MS);
    };
    feed();
    try {
      await readEvents(response.body, feed, (event) => {
        if (event.id) lastId = event.id;
        if (event.type === 'view') onView(JSON.parse(event.data), event.id);
      });
    } finally {
      window.clearTimeout(watchdog);
    }
  }

  function pause(ms) {
    return new Promise((resolve) => {
      const timer = window.setTimeout(resolve, ms);
      wakeUp = () => {
        window.clearTimeout(timer);
        resolve();
      };
    });
  }

  run();
  return {
    stop() {
      stopped = true;
      if (controller) controller.abort();
      if (wakeUp) wakeUp();
    },
    /** Reconnects at once (the network is back). */
    retryNow() {
      delay = FIRST_DELAY_MS;
      if (wakeUp) wakeUp();
    },
  };
}

/** Reads a text/event-stream body (WHATWG HTML, "server-sent events"), calling onEvent for each event. */
export async function readEvents(body, onChunk, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { type: 'message', data: [], id: null };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    onChunk();
    buffer += value;
    const lines = buffer.split(/\r?\n/);
    buffer = lines.pop();
    for (const line of lines) {
      if (line === '') {
        if (event.data.length) onEvent({ type: event.type, id: event.id, data: event.data.join('\n') });
        event = { type: 'message', data: [], id: null };
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const content = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.type = content;
        else if (field === 'data') event.data.push(content);
        else if (field === 'id') event.id = content;
      }
    }
  }
}
