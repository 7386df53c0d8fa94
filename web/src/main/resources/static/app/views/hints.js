// A riddle's hints: what each costs, when a locked one opens (a countdown), a two-step button to take
// one (points are precious: no hint is taken by a slip of the finger), and the text of those taken.

import { h, keyed } from '../dom.js';
import { t } from '../i18n.js';
import { clock, countdown, durationMs } from '../time.js';
import { follow } from './sending.js';

/** @returns an element with update(hints), empty while there is no hint */
export function hintList(riddleKey, ctx) {
  const list = h('ul', { class: 'hints' });
  const section = h('section', { class: 'hints-section', hidden: true }, h('h3', {}, t('hints.title')), list);
  section.update = (hints) => {
    section.hidden = !hints.length;
    keyed(list, hints.map((hint, index) => ({ ...hint, number: index + 1 })), (hint) => hint.id,
      (hint) => `${hint.status}|${hint.text || ''}|${hint.cost}`, (hint) => hintItem(riddleKey, hint, ctx));
  };
  return section;
}

function hintItem(riddleKey, hint, ctx) {
  const name = t('hints.name', { number: hint.number });
  const item = h('li', { class: `hint hint--${hint.status.toLowerCase()}` },
    h('p', { class: 'hint__name' }, `${name} · `, t('hints.cost', { count: hint.cost })));
  if (hint.status === 'TAKEN') {
    item.append(h('p', { class: 'hint__text' }, hint.text));
  } else if (hint.status === 'LOCKED') {
    const opens = h('p', { class: 'hint__when' });
    item.append(opens);
    item.update = (latest) => {
      // opensAt is set while the game runs; the countdown itself uses opensIn, which no clock skews.
      if (latest.opensAt) countdown(opens, ctx.game.deadline(latest.opensIn), (left) => t('hints.opens-in', { time: clock(left) }));
      else opens.textContent = t('hints.opens-after', { time: clock(durationMs(latest.opensIn) || 0) });
    };
  } else {
    item.append(takeButton(riddleKey, hint, ctx));
  }
  return item;
}

function takeButton(riddleKey, hint, ctx) {
  const status = h('p', { class: 'feedback', role: 'status' });
  const ask = h('button', { type: 'button', class: 'button button--secondary' }, t('hints.take', { number: hint.number, count: hint.cost }));
  const yes = h('button', { type: 'button', class: 'button button--primary' }, t('hints.confirm', { count: hint.cost }));
  const no = h('button', { type: 'button', class: 'button button--secondary' }, t('hints.cancel'));
  const confirm = h('div', { class: 'confirm', hidden: true }, yes, no);
  ask.addEventListener('click', () => {
    ask.hidden = true;
    confirm.hidden = false;
    yes.focus();
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    ask.hidden = false;
    ask.focus();
  });
  yes.addEventListener('click', () => {
    const label = { key: 'queue.hint', params: { station: ctx.title } };
    follow(ctx.game, ctx.game.send({ type: 'take-hint', riddle: riddleKey, hintId: hint.id }, label), status, yes);
  });
  return h('div', {}, ask, confirm, status);
}
