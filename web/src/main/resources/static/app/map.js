// The map: Leaflet from the WebJar, loaded only when the game screen opens. Map tiles are configuration
// (GET /api/info `tiles`); without them, or when they fail, the zones and the team are drawn on a blank
// background with a scale, which is enough to walk by.

import { metresPerPixel } from './geometry.js';

const LEAFLET = '/webjars/leaflet/1.9.4/dist/';
/** How far a fingertip may land from where the player meant, in CSS pixels. */
const FINGER_PX = 20;
const TILE_FAILURES_BEFORE_GIVING_UP = 4;

let leaflet = null;

function loadLeaflet() {
  if (!leaflet) {
    leaflet = new Promise((resolve, reject) => {
      const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${LEAFLET}leaflet.css` });
      const script = Object.assign(document.createElement('script'), { src: `${LEAFLET}leaflet.js` });
      script.onload = () => resolve(window.L);
      script.onerror = () => reject(new Error('Leaflet did not load'));
      document.head.append(css, script);
    });
  }
  return leaflet;
}

const STYLE = {
  TO_REACH: { color: '#0b5394', weight: 3, dashArray: '6 6', fillOpacity: 0.12 },
  REACHED: { color: '#8a4b00', weight: 3, fillOpacity: 0.2 },
  SOLVED: { color: '#1b6e3a', weight: 2, fillOpacity: 0.12 },
};

export class GameMap {
  /**
   * @param container the element to draw in
   * @param tiles {url, attribution} or null
   * @param labels {map, blank} accessible name of the map and the note shown without tiles
   * @param onTap (position, accuracyMetres) when the player taps the map (virtual mode), or null
   */
  constructor(container, { tiles, labels, onTap }) {
    this.container = container;
    this.tiles = tiles;
    this.labels = labels;
    this.onTap = onTap;
    this.zones = new Map();
    this.framed = false;
  }

  async open() {
    const L = await loadLeaflet();
    this.L = L;
    this.map = L.map(this.container, { attributionControl: Boolean(this.tiles), zoomSnap: 1, maxZoom: 19 });
    // For tests and debugging: the element carries its map (no global).
    this.container.baliseMap = this.map;
    this.container.setAttribute('role', 'region');
    this.container.setAttribute('aria-label', this.labels.map);
    L.control.scale({ imperial: false, maxWidth: 150 }).addTo(this.map);
    this.map.setView([46.6, 2.4], 5);
    this.addTiles();
    this.team = L.layerGroup().addTo(this.map);
    if (this.onTap) {
      this.tapMarker = L.layerGroup().addTo(this.map);
      this.map.on('click', (event) => this.tapped(event.latlng));
    }
    return this;
  }

  addTiles() {
    if (!this.tiles || !this.tiles.url) {
      this.blank();
      return;
    }
    let loaded = 0;
    let failed = 0;
    const layer = this.L.tileLayer(this.tiles.url, { attribution: this.tiles.attribution || '', maxZoom: 19 });
    layer.on('tileload', () => { loaded += 1; });
    layer.on('tileerror', () => {
      failed += 1;
      if (!loaded && failed >= TILE_FAILURES_BEFORE_GIVING_UP) {
        this.map.removeLayer(layer);
        this.blank();
      }
    });
    layer.addTo(this.map);
  }

  blank() {
    this.container.classList.add('map--blank');
    const note = this.L.control({ position: 'topright' });
    note.onAdd = () => Object.assign(document.createElement('p'), { className: 'map-note', textContent: this.labels.blank });
    note.addTo(this.map);
  }

  /** Draws the stations' zones (those the view shows), coloured by status, named by their title. */
  showStations(stations) {
    const L = this.L;
    const seen = new Set();
    for (const station of stations) {
      if (!station.zone) continue;
      const key = `${station.id}:${station.status}`;
      seen.add(station.id);
      const existing = this.zones.get(station.id);
      if (existing && existing.key === key) continue;
      if (existing) this.map.removeLayer(existing.layer);
      const style = { ...STYLE[station.status], interactive: false };
      const zone = station.zone;
      const layer = zone.kind === 'circle'
        ? L.circle([zone.centre.latitude, zone.centre.longitude], { ...style, radius: zone.radiusMetres })
        : L.polygon(zone.rings.map((ring) => ring.map((p) => [p.latitude, p.longitude])), style);
      // Leaflet reads a string as HTML: an author's title goes in as text only.
      const label = document.createElement('span');
      label.textContent = station.title;
      layer.bindTooltip(label, { permanent: true, direction: 'top', offset: [0, -14], className: 'zone-label' });
      layer.addTo(this.map);
      this.zones.set(station.id, { key, layer });
    }
    for (const [id, { layer }] of this.zones) {
      if (!seen.has(id)) {
        this.map.removeLayer(layer);
        this.zones.delete(id);
      }
    }
  }

  /** The team's position and its accuracy circle. */
  showTeam(fix) {
    const L = this.L;
    this.team.clearLayers();
    if (!fix) return;
    L.circle([fix.lat, fix.lon], { radius: fix.accuracy, color: '#0b5394', weight: 1, fillOpacity: 0.1, interactive: false })
      .addTo(this.team);
    L.circleMarker([fix.lat, fix.lon], { radius: 8, color: '#ffffff', weight: 3, fillColor: '#0b5394', fillOpacity: 1 })
      .addTo(this.team);
  }

  /**
   * Shows these stations' zones and the team's position, once: later calls do nothing until `reframe`,
   * so that the map stays where the player moved it.
   */
  frame(stationIds, fix, area) {
    if (this.framed) return;
    const bounds = this.L.latLngBounds([]);
    stationIds.map((id) => this.zones.get(id)).filter(Boolean).forEach(({ layer }) => bounds.extend(layer.getBounds()));
    if (fix) bounds.extend([fix.lat, fix.lon]);
    // Nothing shown to reach yet (stations to find on the map): start over the circuit's whole area.
    if (!bounds.isValid() && area) bounds.extend([[area.south, area.west], [area.north, area.east]]);
    if (!bounds.isValid()) return;
    this.framed = true;
    this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 18 });
  }

  /** Frames again (the next station appeared, or the team's first position came). */
  reframe(stationIds, fix, area) {
    this.framed = false;
    this.frame(stationIds, fix, area);
  }

  tapped(latlng) {
    const accuracy = this.tapAccuracy(latlng.lat);
    this.tapMarker.clearLayers();
    this.L.circle(latlng, { radius: accuracy, color: '#8a4b00', weight: 2, fillOpacity: 0.15, interactive: false })
      .addTo(this.tapMarker);
    this.onTap({ lat: latlng.lat, lon: latlng.lng }, accuracy);
  }

  /** The centre of the map, with the accuracy a tap there would have: for players without a pointer. */
  centre() {
    const c = this.map.getCenter();
    return { position: { lat: c.lat, lon: c.lng }, accuracy: this.tapAccuracy(c.lat) };
  }

  tapAccuracy(lat) {
    return Math.max(3, Math.round(metresPerPixel(lat, this.map.getZoom()) * FINGER_PX));
  }

  invalidate() {
    if (this.map) this.map.invalidateSize();
  }
}
