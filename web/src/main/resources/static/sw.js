// Balise's service worker: the app opens and the circuit's pictures show in a dead zone.
// - The app shell (SHELL) is stored at install and refreshed from the network whenever it answers within
//   a few seconds (network first: an update never mixes old and new files when online).
// - Media of circuits (immutable: their address names the circuit's version) are kept once seen.
// - Nothing else of the API is ever stored here: the game's state comes from the server or the app's
//   own storage, never from a stale HTTP answer.

const SHELL_CACHE = 'balise-shell';
const MEDIA_CACHE = 'balise-media';
const NETWORK_WAIT_MS = 4000;

const SHELL = [
  '/',
  '/manifest.webmanifest',
  '/app/app.css',
  '/i18n/en.json',
  '/i18n/fr.json',
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/app/api.js',
  '/app/dom.js',
  '/app/feedback.js',
  '/app/game.js',
  '/app/geo.js',
  '/app/geometry.js',
  '/app/i18n.js',
  '/app/identity.js',
  '/app/main.js',
  '/app/map.js',
  '/app/outbox-store.js',
  '/app/photo.js',
  '/app/qr-scanner.js',
  '/app/queue.js',
  '/app/stream.js',
  '/app/time.js',
  '/app/views/answers.js',
  '/app/views/cards.js',
  '/app/views/collection.js',
  '/app/views/connection.js',
  '/app/views/final.js',
  '/app/views/header.js',
  '/app/views/hints.js',
  '/app/views/invite.js',
  '/app/views/join.js',
  '/app/views/media.js',
  '/app/views/messages.js',
  '/app/views/play.js',
  '/app/views/riddle.js',
  '/app/views/sending.js',
  '/app/views/station.js',
  '/app/views/to-reach.js',
  '/webjars/leaflet/1.9.4/dist/leaflet.css',
  '/webjars/leaflet/1.9.4/dist/leaflet.js',
];

/** Files stored the first time they are used rather than at install: the QR decoder is large and most
 * phones decode QR codes themselves (BarcodeDetector). */
const ON_FIRST_USE = ['/vendor/jsqr/jsQR.js'];

self.addEventListener('install', (event) => {
  // One missing file must not leave the phone without any offline copy: store what can be stored.
  event.waitUntil(caches.open(SHELL_CACHE)
    .then((cache) => Promise.all(SHELL.map((url) => cache.add(url).catch(() => null))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => ![SHELL_CACHE, MEDIA_CACHE].includes(n)).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (/^\/api\/circuits\/[^/]+\/[^/]+\/media\//.test(url.pathname)) {
    event.respondWith(mediaFirstFromCache(request));
  } else if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    // Any page of the app (/, /join/CODE) is the same shell.
    event.respondWith(networkFirst(request, '/'));
  } else if (SHELL.includes(url.pathname) || ON_FIRST_USE.includes(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  }
});

async function mediaFirstFromCache(request) {
  const cache = await caches.open(MEDIA_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The network's answer if it comes in time, else the stored copy (the network still refreshes it). */
async function networkFirst(request, key) {
  const cache = await caches.open(SHELL_CACHE);
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok) cache.put(key, response.clone());
    return response;
  });
  const cached = await cache.match(key);
  if (!cached) return fromNetwork;
  const late = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_WAIT_MS));
  return Promise.race([fromNetwork.catch(() => cached), late]);
}
