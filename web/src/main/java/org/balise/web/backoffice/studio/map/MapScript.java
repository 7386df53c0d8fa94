package org.balise.web.backoffice.studio.map;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's browser side, run through {@code executeJs} on the {@link StationMap}'s element (whose
 * {@code $server} holds the map's client-callable methods), the Leaflet container passed as {@code $0}.
 *
 * <p>{@link #SETUP} keeps on the element a promise of the map, resolved once Leaflet's script (added to the
 * page on attach, loaded asynchronously) is there; every later call chains on it, so calls made before
 * Leaflet arrives are played in order. A newer setup (the component re-attached) makes older ones give up.
 *
 * <p>The drawing is Leaflet core only: clicks on the map place a circle's centre or a polygon's corners, and
 * the selected zone is edited through draggable markers (a circle's centre and its radius handle on the
 * east edge, a polygon's corners), which arrow keys also move. Each finished gesture sends the zone, in the
 * circuit's format, to {@code zoneChanged}, and into the browser's copy of the state, so that the same state
 * sent again draws nothing anew. Clicks on another station's zone go to {@code stationClicked}. Attributes on
 * the Leaflet container tell a browser test where the map is: {@code data-ready}, {@code data-zones} (zones
 * drawn), {@code data-mode} ({@code circle} or {@code polygon} while drawing), {@code data-corners} (while
 * drawing a polygon); each zone's SVG path has {@code data-station}.
 */
final class MapScript {

    static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

    /** $0: the Leaflet container; $1: {@link #options}. */
    static final String SETUP = """
            const root = this;
            const element = $0;
            const options = JSON.parse($1);
            const token = {};
            root.$baliseToken = token;
            const leaflet = () => new Promise(resolve => {
              const wait = () => root.$baliseToken !== token ? resolve(null)
                : window.L ? resolve(window.L) : setTimeout(wait, 50);
              wait();
            });
            root.$balise = leaflet().then(L => {
              if (!L) { return null; }
              if (root.$baliseMap) { root.$baliseMap.destroy(); }
              root.$baliseMap = stationMap(L);
              return root.$baliseMap;
            });

            function stationMap(L) {
              const OTHER = { color: '#6a1b9a', weight: 2, fillOpacity: 0.12 };
              const SELECTED = { color: '#d84315', weight: 3, fillOpacity: 0.25 };
              const SKETCH = { color: '#d84315', weight: 2, dashArray: '6 6', interactive: false };
              addStyles();
              // Without animations: layers are replaced on every change, and Leaflet fails on one removed mid-zoom.
              const map = L.map(element, { attributionControl: !!options.tiles, maxZoom: 19, zoomAnimation: false,
                fadeAnimation: false, markerZoomAnimation: false });
              map.setView(options.defaultCentre, options.defaultZoom);
              if (options.tiles) {
                L.tileLayer(options.tiles, { maxZoom: 19, attribution: options.attribution }).addTo(map);
              }
              const zones = L.layerGroup().addTo(map);
              const handles = L.layerGroup().addTo(map);
              const sketch = L.layerGroup().addTo(map);
              const prompt = promptControl();
              let state = { selected: null, stations: [] };
              let drawing = null;
              let fitted = false;

              const finite = value => typeof value === 'number' && isFinite(value);
              const round = degrees => Math.round(degrees * 1e6) / 1e6;
              const clampRadius = metres =>
                Math.min(options.maximumRadius, Math.max(options.minimumRadius, Math.round(metres)));
              // Leaflet measures and draws circles on a sphere of this radius.
              const eastOf = (centre, metres) => L.latLng(centre.lat, centre.lng
                + metres / 6371000 * 180 / Math.PI / Math.max(Math.cos(centre.lat * Math.PI / 180), 1e-6));
              const text = value => () => {
                const span = document.createElement('span');
                span.textContent = value;
                return span;
              };

              /** The zone in Leaflet's terms, or null for anything but a well-formed circle or polygon. */
              const shapeOf = zone => {
                if (!zone) { return null; }
                if (zone.type === 'Circle' && zone.centre && finite(zone.centre.lat) && finite(zone.centre.lon)
                    && finite(zone.radius) && zone.radius > 0) {
                  return { centre: L.latLng(zone.centre.lat, zone.centre.lon), radius: zone.radius };
                }
                if (zone.type === 'Polygon' && Array.isArray(zone.coordinates)) {
                  const rings = zone.coordinates.filter(Array.isArray)
                    .map(ring => ring.filter(p => Array.isArray(p) && finite(p[0]) && finite(p[1]))
                      .map(p => L.latLng(p[1], p[0])))
                    // Leaflet closes rings itself: the repeated first position would be a second marker.
                    .map(ring => ring.length > 1 && ring[0].equals(ring[ring.length - 1]) ? ring.slice(0, -1) : ring)
                    .filter(ring => ring.length >= 3);
                  return rings.length ? { rings } : null;
                }
                return null;
              };
              const boundsOf = shape => shape.radius
                ? shape.centre.toBounds(2 * shape.radius) : L.latLngBounds(shape.rings.flat());
              const circleZone = (centre, metres) => {
                const c = centre.wrap();
                return { type: 'Circle', centre: { lat: round(c.lat), lon: round(c.lng) },
                  radius: clampRadius(metres) };
              };
              const polygonZone = rings => ({ type: 'Polygon', coordinates: rings.map(ring => {
                const positions = ring.map(corner => corner.wrap()).map(c => [round(c.lng), round(c.lat)]);
                return positions.concat([positions[0].slice()]);
              }) });

              const send = (stationId, zone) => {
                const station = state.stations.find(s => s.id === stationId);
                if (station) { station.zone = zone; }
                if (root.$server) { root.$server.zoneChanged(stationId, JSON.stringify(zone)); }
              };

              const render = () => {
                zones.clearLayers();
                handles.clearLayers();
                let selected = null;
                for (const station of state.stations) {
                  const shape = shapeOf(station.zone);
                  if (!shape) { continue; }
                  const isSelected = station.id === state.selected;
                  const style = Object.assign({ className: isSelected ? 'balise-zone balise-selected' : 'balise-zone' },
                    isSelected ? SELECTED : OTHER);
                  const layer = shape.radius
                    ? L.circle(shape.centre, Object.assign({ radius: shape.radius }, style))
                    : L.polygon(shape.rings, style);
                  layer.bindTooltip(text(station.title), { sticky: true });
                  layer.on('click', () => {
                    if (!drawing && !isSelected && root.$server) { root.$server.stationClicked(station.id); }
                  });
                  layer.addTo(zones);
                  const path = layer.getElement();
                  if (path) { path.setAttribute('data-station', station.id); }
                  if (isSelected) { selected = { station, layer, shape }; }
                }
                if (selected) {
                  selected.layer.bringToFront();
                  if (!drawing) { edit(selected.station, selected.layer, selected.shape); }
                }
                element.dataset.zones = String(zones.getLayers().length);
              };

              const edit = (station, layer, shape) => shape.radius
                ? editCircle(station, layer, shape) : editPolygon(station, layer, shape);

              const editCircle = (station, layer, shape) => {
                let centre = shape.centre;
                let radius = shape.radius;
                const sendCircle = () => send(station.id, circleZone(centre, radius));
                const resize = handle(eastOf(centre, radius), 'balise-radius', 'Radius of ' + station.title, moved => {
                  radius = clampRadius(map.distance(centre, moved));
                  layer.setRadius(radius);
                  resize.setTooltipContent(radius + ' m');
                }, () => {
                  resize.setLatLng(eastOf(centre, radius));
                  sendCircle();
                });
                resize.bindTooltip(Math.round(radius) + ' m', { permanent: true, direction: 'right', offset: [10, 0] });
                handle(centre, 'balise-centre', 'Centre of ' + station.title, moved => {
                  centre = moved;
                  layer.setLatLng(centre);
                  resize.setLatLng(eastOf(centre, radius));
                }, sendCircle);
              };

              const editPolygon = (station, layer, shape) => {
                const rings = shape.rings.map(ring => ring.slice());
                rings.forEach((ring, r) => ring.forEach((corner, index) => {
                  const label = 'Corner ' + (index + 1) + (r ? ' of hole ' + r : '') + ' of ' + station.title;
                  handle(corner, 'balise-vertex', label, moved => {
                    ring[index] = moved;
                    layer.setLatLngs(rings);
                  }, () => send(station.id, polygonZone(rings)));
                }));
              };

              const ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
              /** A draggable marker; arrow keys move it too (a pixel, ten with Shift), for authors without a mouse. */
              const handle = (latlng, kind, label, onMove, onEnd) => {
                const marker = L.marker(latlng, { draggable: true, autoPan: true, keyboard: true, title: label,
                  icon: L.divIcon({ className: 'balise-handle ' + kind, iconSize: [16, 16] }) }).addTo(handles);
                marker.on('drag', () => onMove(marker.getLatLng()));
                marker.on('dragend', onEnd);
                const icon = marker.getElement();
                icon.setAttribute('aria-label', label + '. Drag it, or move it with the arrow keys.');
                icon.addEventListener('keydown', event => {
                  const step = ARROWS[event.key];
                  if (!step) { return; }
                  // Otherwise the map would pan as well.
                  event.preventDefault();
                  event.stopPropagation();
                  const pixels = L.point(step).multiplyBy(event.shiftKey ? 10 : 1);
                  const moved = map.containerPointToLatLng(map.latLngToContainerPoint(marker.getLatLng()).add(pixels));
                  marker.setLatLng(moved);
                  onMove(moved);
                });
                icon.addEventListener('keyup', event => {
                  if (event.key.startsWith('Arrow')) {
                    event.stopPropagation();
                    onEnd();
                  }
                });
                return marker;
              };

              // A map hidden at first (in a closed tab, say) has no size to fit anything in: it fits once it has one.
              const sized = () => map.getSize().x > 0 && map.getSize().y > 0;
              const fitAll = () => {
                if (!sized()) { return; }
                const bounds = L.latLngBounds([]);
                state.stations.map(station => shapeOf(station.zone)).filter(shape => shape)
                  .forEach(shape => bounds.extend(boundsOf(shape)));
                if (bounds.isValid()) {
                  map.fitBounds(bounds, { padding: [30, 30], maxZoom: 18 });
                  fitted = true;
                }
              };

              /** Brings the selected zone into view, moving the view as little as it can. */
              const reveal = () => {
                const station = state.stations.find(s => s.id === state.selected);
                const shape = station && shapeOf(station.zone);
                if (!shape || !sized() || map.getBounds().contains(boundsOf(shape))) { return; }
                if (map.getBoundsZoom(boundsOf(shape), false, L.point(60, 60)) >= map.getZoom()) {
                  map.panTo(boundsOf(shape).getCenter());
                } else {
                  map.fitBounds(boundsOf(shape), { padding: [30, 30], maxZoom: 18 });
                }
              };

              const onKey = event => {
                if (event.key === 'Escape' && drawing) {
                  event.preventDefault();
                  cancel();
                }
              };

              const start = kind => {
                stop();
                if (!state.stations.some(s => s.id === state.selected)) { return; }
                drawing = { kind, stationId: state.selected, corners: [] };
                element.dataset.mode = kind;
                map.doubleClickZoom.disable();
                document.addEventListener('keydown', onKey);
                render();
                if (kind === 'circle') {
                  prompt.open('Click on the map where the station stands. Escape cancels.',
                    [['Place at the centre', () => placeCircle(map.getCenter())], ['Cancel', cancel]]);
                } else {
                  prompt.open(cornersSaid(0), [['Finish', finishPolygon], ['Cancel', cancel]]);
                  prompt.enable('Finish', false);
                  element.dataset.corners = '0';
                }
              };

              const cornersSaid = count => 'Click on the map at each corner of the zone, then double-click, click the '
                + 'first corner again or press Finish. Escape cancels. Corners: ' + count + '.';

              const stop = () => {
                if (!drawing) { return; }
                drawing = null;
                sketch.clearLayers();
                prompt.close();
                delete element.dataset.mode;
                delete element.dataset.corners;
                map.doubleClickZoom.enable();
                document.removeEventListener('keydown', onKey);
              };

              const cancel = () => {
                stop();
                render();
              };

              const placeCircle = latlng => {
                const stationId = drawing.stationId;
                stop();
                send(stationId, circleZone(latlng, options.defaultRadius));
                render();
              };

              const addCorner = latlng => {
                const corners = drawing.corners;
                const pixel = map.latLngToContainerPoint(latlng);
                const near = corner => pixel.distanceTo(map.latLngToContainerPoint(corner)) < 8;
                // The second click of a double-click lands where the first one did.
                if (corners.length && near(corners[corners.length - 1])) { return; }
                if (corners.length >= 3 && near(corners[0])) {
                  finishPolygon();
                  return;
                }
                corners.push(latlng);
                sketch.clearLayers();
                L.polyline(corners, SKETCH).addTo(sketch);
                corners.forEach(corner => L.circleMarker(corner, { radius: 5, color: '#d84315', weight: 2,
                  fillColor: '#fff', fillOpacity: 1, interactive: false }).addTo(sketch));
                drawing.guide = L.polyline([], Object.assign({}, SKETCH, { opacity: 0.5 })).addTo(sketch);
                prompt.say(cornersSaid(corners.length));
                prompt.enable('Finish', corners.length >= 3);
                element.dataset.corners = String(corners.length);
              };

              const finishPolygon = () => {
                if (!drawing || drawing.kind !== 'polygon' || drawing.corners.length < 3) { return; }
                const stationId = drawing.stationId;
                const ring = drawing.corners;
                stop();
                send(stationId, polygonZone([ring]));
                render();
              };

              map.on('click', event => {
                if (!drawing) { return; }
                if (drawing.kind === 'circle') { placeCircle(event.latlng); } else { addCorner(event.latlng); }
              });
              map.on('dblclick', () => {
                if (drawing && drawing.kind === 'polygon') { finishPolygon(); }
              });
              map.on('mousemove', event => {
                if (drawing && drawing.guide && drawing.corners.length) {
                  drawing.guide.setLatLngs([drawing.corners[drawing.corners.length - 1], event.latlng]);
                }
              });

              function promptControl() {
                const control = L.control({ position: 'topright' });
                const box = L.DomUtil.create('div', 'balise-prompt');
                // Clicks on the prompt are not clicks on the map.
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                const status = L.DomUtil.create('p', '', box);
                status.setAttribute('role', 'status');
                const actions = L.DomUtil.create('div', '', box);
                control.onAdd = () => box;
                return {
                  open: (message, buttons) => {
                    actions.replaceChildren(...buttons.map(([label, action]) => {
                      const button = document.createElement('button');
                      button.type = 'button';
                      button.textContent = label;
                      button.addEventListener('click', action);
                      return button;
                    }));
                    status.textContent = message;
                    control.addTo(map);
                  },
                  say: message => { status.textContent = message; },
                  enable: (label, enabled) => [...actions.children]
                    .filter(button => button.textContent === label).forEach(button => { button.disabled = !enabled; }),
                  close: () => control.remove()
                };
              }

              const observer = new ResizeObserver(() => {
                map.invalidateSize();
                if (!fitted) { fitAll(); }
              });
              observer.observe(element);
              element.dataset.zones = '0';
              element.dataset.ready = 'true';
              return {
                show: next => {
                  if (JSON.stringify(next) === JSON.stringify(state)) { return; }
                  const previous = state.selected;
                  state = next;
                  if (drawing && drawing.stationId !== state.selected) { stop(); }
                  render();
                  if (!fitted) { fitAll(); } else if (state.selected !== previous) { reveal(); }
                },
                draw: start,
                goTo: (lat, lon) => {
                  map.setView([lat, lon], options.streetZoom);
                  fitted = true;
                },
                destroy: () => {
                  stop();
                  observer.disconnect();
                  map.remove();
                  delete element.dataset.ready;
                }
              };
            }

            function addStyles() {
              if (document.getElementById('balise-station-map-style')) { return; }
              const style = document.createElement('style');
              style.id = 'balise-station-map-style';
              style.textContent = `
                .balise-handle { background: #fff; border: 3px solid #d84315; border-radius: 50%;
                  box-sizing: border-box; }
                .balise-handle.balise-centre { cursor: move; }
                .balise-handle.balise-radius { border-radius: 2px; cursor: ew-resize; }
                .balise-handle:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
                .leaflet-container[data-mode], .leaflet-container[data-mode] .leaflet-interactive { cursor: crosshair; }
                .balise-prompt { background: #fff; color: #222; padding: 8px 10px; border-radius: 6px; max-width: 280px;
                  box-shadow: 0 1px 5px rgba(0, 0, 0, 0.4); font-size: 14px; line-height: 1.4; }
                .balise-prompt p { margin: 0 0 6px; }
                .balise-prompt button { margin-right: 6px; padding: 4px 10px; font: inherit; cursor: pointer; }
                .balise-prompt button:disabled { cursor: default; }
              `;
              document.head.appendChild(style);
            }
            """;

    static final String SHOW = "(this.$balise || Promise.resolve(null)).then(map => map && map.show(JSON.parse($0)));";
    static final String DRAW = "(this.$balise || Promise.resolve(null)).then(map => map && map.draw($0));";
    static final String GO_TO = "(this.$balise || Promise.resolve(null)).then(map => map && map.goTo($0, $1));";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** France, as the phone app starts, until there is a zone to show or the author goes somewhere. */
    private static final List<Double> DEFAULT_CENTRE = List.of(46.6, 2.4);
    private static final int DEFAULT_ZOOM = 5;
    /** Close enough to see the streets, and a 25 m circle. */
    private static final int STREET_ZOOM = 17;

    private MapScript() {
    }

    /** The map's settings for {@link #SETUP}: tiles (empty for a blank background), and the zones' rules. */
    static String options(String tiles, String attribution) {
        return JSON.writeValueAsString(Map.of("tiles", tiles, "attribution", attribution,
                "defaultCentre", DEFAULT_CENTRE, "defaultZoom", DEFAULT_ZOOM, "streetZoom", STREET_ZOOM,
                "defaultRadius", ZoneJson.DEFAULT_RADIUS, "minimumRadius", ZoneJson.MINIMUM_RADIUS,
                "maximumRadius", ZoneJson.MAXIMUM_RADIUS));
    }
}
