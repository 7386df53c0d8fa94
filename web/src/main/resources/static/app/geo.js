// The phone's position: watched with high accuracy, shown at once, and handed over in batches every
// 5 seconds (one request per batch instead of one per fix: fewer radio wake-ups on a poor network).

const BATCH_MS = 5000;
/** A position older than this is no longer "where the team is". */
const STALE_MS = 30000;

/** How good a position is, as the player should hear it: good, fair (±), poor (move into the open). */
export function quality(accuracy) {
  if (accuracy <= 15) return 'good';
  if (accuracy <= 30) return 'fair';
  return 'poor';
}

export class Gps {
  /**
   * @param onFix (fix) for every position, to draw it
   * @param onBatch (fixes) every 5 s when there are new positions, to send them
   * @param onStatus ({state, fix}) where state is off, searching, ok, stale, denied, unavailable or unsupported
   */
  constructor({ onFix, onBatch, onStatus }) {
    this.onFix = onFix;
    this.onBatch = onBatch;
    this.onStatus = onStatus;
    this.watch = null;
    this.pending = [];
    this.last = null;
    this.state = 'off';
  }

  /** Whether the browser already allows the position (then there is no need to ask with a button). */
  static async allowed() {
    if (!navigator.permissions) return false;
    try {
      return (await navigator.permissions.query({ name: 'geolocation' })).state === 'granted';
    } catch {
      return false;
    }
  }

  start() {
    if (this.watch !== null) return;
    if (!('geolocation' in navigator)) {
      this.status('unsupported');
      return;
    }
    this.status('searching');
    this.watch = navigator.geolocation.watchPosition(
      (position) => this.received(position),
      (error) => this.status(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 30000 },
    );
    this.batchTimer = window.setInterval(() => this.flush(), BATCH_MS);
    this.staleTimer = window.setInterval(() => {
      if (this.last && Date.now() - Date.parse(this.last.time) > STALE_MS && this.state === 'ok') this.status('stale');
    }, BATCH_MS);
  }

  stop() {
    if (this.watch !== null) navigator.geolocation.clearWatch(this.watch);
    window.clearInterval(this.batchTimer);
    window.clearInterval(this.staleTimer);
    this.watch = null;
    this.flush();
    this.status('off');
  }

  received(position) {
    const { latitude, longitude, accuracy, speed, heading } = position.coords;
    const fix = { lat: latitude, lon: longitude, accuracy, time: new Date(position.timestamp).toISOString() };
    if (Number.isFinite(speed) && speed !== null) fix.speed = speed;
    if (Number.isFinite(heading) && heading !== null) fix.heading = heading;
    this.last = fix;
    this.pending.push(fix);
    this.onFix(fix);
    this.status('ok');
  }

  flush() {
    if (!this.pending.length) return;
    this.onBatch(this.pending.splice(0));
  }

  status(state) {
    this.state = state;
    this.onStatus({ state, fix: this.last });
  }
}
