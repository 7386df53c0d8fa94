// Distances and directions on the phone, for guidance only: the server alone decides presence.
// Positions are {lat, lon} in WGS84 degrees; distances in metres.

const EARTH_RADIUS = 6371008.8;
const rad = (degrees) => (degrees * Math.PI) / 180;

/** A position from the server's LatLon ({latitude, longitude}). */
export function latLon(position) {
  return { lat: position.latitude ?? position.lat, lon: position.longitude ?? position.lon };
}

/** Great-circle distance (haversine). */
export function distance(a, b) {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from a to b, degrees clockwise from north. */
export function bearing(a, b) {
  const y = Math.sin(rad(b.lon - a.lon)) * Math.cos(rad(b.lat));
  const x = Math.cos(rad(a.lat)) * Math.sin(rad(b.lat))
    - Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lon - a.lon));
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

/** One of n, ne, e, se, s, sw, w, nw. */
export function compassPoint(degrees) {
  return ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'][Math.round(degrees / 45) % 8];
}

/** A point to head for: a circle's centre, a polygon's outer ring's mean vertex. */
export function zoneCentre(zone) {
  if (zone.kind === 'circle') return latLon(zone.centre);
  const ring = zone.rings[0].map(latLon);
  const vertices = ring.length > 1 ? ring.slice(0, -1) : ring;
  return {
    lat: vertices.reduce((sum, p) => sum + p.lat, 0) / vertices.length,
    lon: vertices.reduce((sum, p) => sum + p.lon, 0) / vertices.length,
  };
}

/** How far the team is from the zone's edge (0 inside), on a local flat projection around `from`. */
export function distanceToZone(from, zone) {
  if (zone.kind === 'circle') return Math.max(0, distance(from, latLon(zone.centre)) - zone.radiusMetres);
  const project = localPlane(from);
  const outer = zone.rings[0].map((p) => project(latLon(p)));
  if (inside({ x: 0, y: 0 }, outer)) return 0;
  let best = Infinity;
  for (let i = 0; i + 1 < outer.length; i += 1) best = Math.min(best, toSegment(outer[i], outer[i + 1]));
  return best;
}

function localPlane(origin) {
  const metresPerDegree = (Math.PI * EARTH_RADIUS) / 180;
  const cos = Math.cos(rad(origin.lat));
  return (p) => ({ x: (p.lon - origin.lon) * metresPerDegree * cos, y: (p.lat - origin.lat) * metresPerDegree });
}

function inside(point, ring) {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i];
    const b = ring[j];
    if ((a.y > point.y) !== (b.y > point.y) && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) {
      result = !result;
    }
  }
  return result;
}

/** Distance from the origin to segment ab. */
function toSegment(a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(a.x * dx + a.y * dy) / length));
  return Math.hypot(a.x + t * dx, a.y + t * dy);
}

/** Metres one CSS pixel covers on a Web Mercator map at this latitude and zoom. */
export function metresPerPixel(lat, zoom) {
  return (2 * Math.PI * 6378137 * Math.cos(rad(lat))) / (256 * 2 ** zoom);
}
