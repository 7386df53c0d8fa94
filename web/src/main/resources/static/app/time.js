// Instants and durations as the server writes them (ISO-8601), and countdowns that tick on the page.

/** Milliseconds of an ISO-8601 duration such as PT5M or PT1M30.5S (a bare number is seconds); null if none. */
export function durationMs(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value * 1000;
  const match = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match) return null;
  const [, minus, days, hours, minutes, seconds] = match;
  const ms = ((Number(days || 0) * 24 + Number(hours || 0)) * 60 + Number(minutes || 0)) * 60000
    + Number(seconds || 0) * 1000;
  return minus ? -ms : ms;
}

/** Milliseconds since the epoch of an ISO-8601 instant (a bare number is seconds); null if none. */
export function instantMs(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value * 1000;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** 75 000 ms as "1:15", 3 723 000 ms as "1:02:03". */
export function clock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

const ticking = new Set();
let timer = null;

/**
 * Keeps `element`'s text as `render(msLeft)` until `untilMs`, once a second, then calls `done` once.
 * Replaces the element's previous countdown; stops by itself when the element leaves the page.
 */
export function countdown(element, untilMs, render, done = () => {}) {
  stopCountdown(element);
  const entry = { element, untilMs, render, done };
  ticking.add(entry);
  tick(entry);
  if (!timer) timer = window.setInterval(() => ticking.forEach(tick), 1000);
  return entry;
}

/** Stops the countdown shown in `element`, if any. */
export function stopCountdown(element) {
  ticking.forEach((entry) => { if (entry.element === element) ticking.delete(entry); });
}

function tick(entry) {
  const left = entry.untilMs - Date.now();
  if (!entry.element.isConnected && entry.started) {
    ticking.delete(entry);
  } else if (left <= 0) {
    ticking.delete(entry);
    entry.element.textContent = entry.render(0);
    entry.done();
  } else {
    entry.started = true;
    entry.element.textContent = entry.render(left);
  }
  if (!ticking.size && timer) {
    window.clearInterval(timer);
    timer = null;
  }
}
