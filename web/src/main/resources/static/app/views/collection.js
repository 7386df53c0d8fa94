// What the team has gathered: solved stations and their points, clues for the final riddle, and the trades
// discovered on the way, with the trainings that lead to them.

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';

export function collectionSection() {
  const section = h('div', { class: 'collection' });
  let last = '';
  section.update = (view) => {
    const solved = view.stations.filter((s) => s.status === 'SOLVED');
    const signature = JSON.stringify([solved.map((s) => [s.id, s.title, s.earned]), view.clues, view.trades, view.language]);
    if (signature === last) return;
    last = signature;
    section.replaceChildren(...[
      solved.length ? solvedList(solved) : null,
      view.clues.length ? clueList(view.clues) : null,
      view.trades.length ? tradeList(view.trades) : null,
    ].filter(Boolean));
  };
  return section;
}

function titled(key, ...content) {
  const id = uid('collection');
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, t(key)), ...content);
}

function solvedList(stations) {
  return titled('collection.solved', h('ul', { class: 'plain-list' }, stations.map((s) => h('li', {},
    h('span', {}, s.title), ' ', h('span', { class: 'chip chip--solved' }, t('collection.points', { count: s.earned ?? 0 }))))));
}

function clueList(clues) {
  return titled('collection.clues', h('ul', { class: 'clues' }, clues.map((clue) => h('li', { class: 'clue' }, clue.text))));
}

function tradeList(trades) {
  return titled('collection.trades', trades.map((trade) => h('article', { class: 'trade' },
    h('h3', {}, trade.name),
    h('p', {}, trade.description),
    trade.trainings.length ? h('p', { class: 'trade__label' }, t('collection.trainings')) : null,
    trade.trainings.length ? h('ul', {}, trade.trainings.map((training) => h('li', {},
      t('collection.training', { diploma: training.diploma, level: training.level })))) : null,
    trade.links.length ? h('ul', { class: 'links' }, trade.links.map((link) => h('li', {},
      h('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer' }, link.label)))) : null,
    trade.onisepId ? h('p', { class: 'credit' }, t('collection.onisep')) : null)));
}
