// The bar at the top of the game: the circuit, the team, its score and progress, the time left.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { clock, countdown, durationMs, stopCountdown } from '../time.js';

export function gameHeader(game) {
  const title = h('p', { class: 'bar__title' });
  const team = h('p', { class: 'bar__team' });
  const score = h('span', { class: 'stat', id: 'score' });
  const progress = h('span', { class: 'stat', id: 'progress' });
  const time = h('span', { class: 'stat', id: 'time-left' });
  const header = h('header', { class: 'bar' }, h('div', { class: 'bar__names' }, title, team),
    h('p', { class: 'bar__stats' }, score, progress, time));
  header.update = (view) => {
    title.textContent = view.circuitTitle;
    team.textContent = t('header.team', { name: view.teamName });
    score.textContent = t('header.score', { count: view.score });
    progress.textContent = t('header.progress', { solved: view.stationsSolved, count: view.stationsOnRoute });
    const left = durationMs(view.timeLeft);
    if (left === null) {
      stopCountdown(time);
      time.textContent = '';
    } else if (view.status === 'RUNNING') {
      countdown(time, game.deadline(view.timeLeft), (ms) => t('header.time-left', { time: clock(ms) }));
    } else {
      stopCountdown(time);
      time.textContent = t('header.time-left', { time: clock(left) });
    }
  };
  return header;
}
