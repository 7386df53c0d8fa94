// The stations to reach. On site: how good the position is, how far and which way each station is, and
// the other ways in (a QR code, a code written there). In virtual mode: open a station from the list, or
// find its place on the map and check it.

import { h, keyed, uid } from '../dom.js';
import { language, t } from '../i18n.js';
import { bearing, compassPoint, distanceToZone, zoneCentre } from '../geometry.js';
import { quality } from '../geo.js';
import { follow } from './sending.js';

/** The largest tap accuracy a station may accept (PresenceRule's default cap). */
const MAX_TAP_ACCURACY = 50;

export function toReachSection(ctx) {
  const titleId = uid('to-reach');
  const list = h('ul', { class: 'targets' });
  const virtual = ctx.game.view.mode === 'VIRTUAL';
  const section = h('section', { class: 'to-reach', id: 'to-reach', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t(virtual ? 'reach.title-virtual' : 'reach.title')));
  const gps = virtual ? null : gpsStatus(ctx);
  const tap = virtual ? tapCheck(ctx) : null;
  section.append(gps || tap, list);
  let fix = null;
  let stations = [];

  const redrawWays = () => list.querySelectorAll('[data-way]').forEach((way) => {
    const station = stations.find((s) => s.id === way.dataset.way);
    if (station) showWay(way, station, fix);
  });
  section.update = (view) => {
    stations = view.stations.filter((s) => s.status === 'TO_REACH');
    section.hidden = !stations.length || view.status === 'OVER' || view.finished;
    keyed(list, stations, (s) => s.id, (s) => JSON.stringify([s.title, s.zone, s.findOnMap, s.proofs]),
      (s) => (virtual ? virtualTarget(s, ctx) : onSiteTarget(s, ctx)));
    if (tap) tap.hidden = !stations.some((s) => s.findOnMap);
    redrawWays();
  };
  section.position = (latest) => {
    fix = latest;
    redrawWays();
  };
  section.gpsStatus = (status) => gps && gps.update(status);
  section.tapped = (position, accuracy) => tap && tap.mark(position, accuracy);
  return section;
}

function gpsStatus(ctx) {
  const text = h('p', { class: 'gps__text', role: 'status' });
  const start = h('button', { type: 'button', class: 'button button--primary', hidden: true }, t('gps.start'));
  start.addEventListener('click', () => ctx.gps.start());
  const box = h('div', { class: 'gps' }, text, start);
  box.update = ({ state, fix }) => {
    box.dataset.state = state === 'ok' ? quality(fix.accuracy) : state;
    start.hidden = state !== 'off';
    if (state === 'ok') {
      const accuracy = Math.round(fix.accuracy);
      text.textContent = t(`gps.${quality(fix.accuracy)}`, { accuracy });
    } else {
      text.textContent = t(`gps.${state}`);
    }
  };
  box.update({ state: 'off', fix: null });
  return box;
}

function onSiteTarget(station, ctx) {
  const titleId = uid('target');
  const item = h('li', { class: 'card target', 'aria-labelledby': titleId }, h('h3', { id: titleId }, station.title));
  if (station.zone) item.append(h('p', { class: 'target__way', dataset: { way: station.id } }, t('reach.waiting-position')));
  else item.append(h('p', { class: 'note' }, t('reach.no-zone')));
  const local = { ...ctx, title: station.title };
  if (station.proofs.includes('qr-code')) item.append(qrButton(local));
  if (station.proofs.includes('on-site-code')) item.append(codeForm(station, local));
  if (station.proofs.includes('teacher-unlock')) item.append(h('p', { class: 'note' }, t('reach.teacher-unlock')));
  return item;
}

function showWay(element, station, fix) {
  if (!fix) {
    element.textContent = t('reach.waiting-position');
    return;
  }
  const metres = distanceToZone(fix, station.zone);
  if (metres === 0) {
    element.textContent = t('reach.inside');
    return;
  }
  const degrees = bearing(fix, zoneCentre(station.zone));
  const rounded = metres < 100 ? Math.round(metres) : Math.round(metres / 10) * 10;
  const distance = rounded < 1000
    ? new Intl.NumberFormat(language(), { style: 'unit', unit: 'meter' }).format(rounded)
    : new Intl.NumberFormat(language(), { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(rounded / 1000);
  element.replaceChildren(
    h('span', { class: 'arrow', 'aria-hidden': 'true', style: `transform: rotate(${Math.round(degrees)}deg)` }, '↑'),
    t('reach.way', { distance, direction: t(`dir.${compassPoint(degrees)}`) }));
}

function qrButton(ctx) {
  const status = h('p', { class: 'feedback', role: 'status' });
  const button = h('button', { type: 'button', class: 'button button--secondary' }, t('reach.scan'));
  button.addEventListener('click', async () => {
    const value = await (await import('../qr-scanner.js')).scanQrCode();
    if (!value) {
      button.focus();
      return;
    }
    const label = { key: 'queue.qr', params: { station: ctx.title } };
    follow(ctx.game, ctx.game.send({ type: 'scan-qr-code', value }, label), status, button);
  });
  return h('div', { class: 'proof' }, button, status);
}

function codeForm(station, ctx) {
  const inputId = uid('code');
  const input = h('input', { id: inputId, class: 'input', type: 'text', autocomplete: 'off', autocapitalize: 'characters' });
  const button = h('button', { type: 'submit', class: 'button button--secondary' }, t('reach.code-check'));
  const status = h('p', { class: 'feedback', role: 'status' });
  const form = h('form', { class: 'proof' }, h('label', { for: inputId }, t('reach.code-label')), input, button, status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = input.value.trim();
    if (!code) return;
    const label = { key: 'queue.code', params: { station: ctx.title } };
    follow(ctx.game, ctx.game.send({ type: 'enter-on-site-code', stationId: station.id, code }, label), status, button);
  });
  return form;
}

function virtualTarget(station, ctx) {
  const titleId = uid('target');
  const item = h('li', { class: 'card target', 'aria-labelledby': titleId }, h('h3', { id: titleId }, station.title));
  if (station.findOnMap) {
    item.append(h('p', {}, t('reach.find-on-map')));
  } else {
    const status = h('p', { class: 'feedback', role: 'status' });
    const button = h('button', { type: 'button', class: 'button button--primary' }, t('reach.open'));
    button.addEventListener('click', () => {
      const label = { key: 'queue.open', params: { station: station.title } };
      follow(ctx.game, ctx.game.send({ type: 'open-station', stationId: station.id }, label), status, button);
    });
    item.append(button, status);
  }
  if (station.proofs.includes('teacher-unlock')) item.append(h('p', { class: 'note' }, t('reach.teacher-unlock')));
  return item;
}

/** "Is it here?": checks the place last tapped on the map, or the map's centre (keyboard, screen reader). */
function tapCheck(ctx) {
  const where = h('p', { class: 'tap__where' }, t('tap.none'));
  const status = h('p', { class: 'feedback', role: 'status' });
  const button = h('button', { type: 'button', class: 'button button--primary' }, t('tap.check'));
  const box = h('div', { class: 'tap', hidden: true }, where, button, status);
  let marked = null;
  box.mark = (position, accuracy) => {
    marked = { position, accuracy };
    where.textContent = accuracy > MAX_TAP_ACCURACY ? t('tap.zoom-in') : t('tap.marked', { accuracy });
    button.focus({ preventScroll: true });
  };
  button.addEventListener('click', () => {
    const { position, accuracy } = marked || ctx.map.centre();
    if (accuracy > MAX_TAP_ACCURACY) {
      status.textContent = t('tap.zoom-in');
      status.dataset.tone = 'bad';
      return;
    }
    const command = { type: 'tap-map', lat: position.lat, lon: position.lon, accuracy };
    follow(ctx.game, ctx.game.send(command, { key: 'queue.tap' }), status, button, (events) => {
      if (events.some((e) => e.type === 'station-arrived')) return [{ text: t('tap.found'), tone: 'good' }];
      return events.some((e) => e.type === 'team-command-refused') ? [] : [{ text: t('tap.not-here'), tone: 'bad' }];
    });
    marked = null;
    where.textContent = t('tap.none');
  });
  return box;
}
