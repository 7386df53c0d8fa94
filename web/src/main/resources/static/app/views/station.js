// A station the team has reached: what it reads there, the riddle to solve, the hints, and the time
// left to score.

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { clock, countdown, durationMs, stopCountdown } from '../time.js';
import { hintList } from './hints.js';
import { mediaList } from './media.js';
import { riddleSection } from './riddle.js';

/** What decides whether the card must be drawn again (the rest, e.g. a photo waiting, updates in place). */
export function stationSignature(station) {
  const riddle = station.riddle ? { ...station.riddle, photoWaiting: null } : null;
  return JSON.stringify([station.status, station.title, station.description, station.media, riddle]);
}

export function stationCard(station, ctx) {
  const titleId = uid('station');
  const local = { ...ctx, title: station.title };
  const timeLeft = h('p', { class: 'time-left' });
  const riddle = station.riddle ? riddleSection(station.id, station.riddle, local) : null;
  const hints = hintList(station.id, local);
  const card = h('article', { class: 'card station-card', 'aria-labelledby': titleId, id: `station-${station.id}` },
    h('h2', { id: titleId }, station.title),
    h('p', { class: 'chip chip--reached' }, t('station.reached', { count: station.points })),
    station.description ? h('p', { class: 'station-card__description' }, station.description) : null,
    mediaList(station.media, ctx.mediaBase),
    timeLeft, riddle, hints);
  card.update = (latest) => {
    if (riddle) riddle.update(latest);
    hints.update(latest.hints || []);
    const left = durationMs(latest.timeLeft);
    if (left !== null && ctx.game.view.status === 'RUNNING') {
      countdown(timeLeft, ctx.game.deadline(latest.timeLeft),
        (ms) => (ms ? t('station.time-left', { time: clock(ms) }) : t('station.time-up')));
    } else {
      stopCountdown(timeLeft);
      timeLeft.textContent = left !== null ? t('station.time-left', { time: clock(left) }) : '';
    }
  };
  return card;
}
