// The final riddle: locked until the team holds enough clues, then answered like any riddle (with the
// riddle cards, ctx.cards, once loaded).

import { h, keyed, uid } from '../dom.js';
import { t } from '../i18n.js';

const FINAL = '#final';

/** @returns an element with update(finalRiddle), hidden when the circuit has none */
export function finalSection(ctx) {
  const section = h('section', { class: 'final', id: 'final', hidden: true });
  section.update = (final) => {
    section.hidden = !final;
    keyed(section, final ? [final] : [], () => 'final',
      (f) => JSON.stringify([f.status, f.title, f.riddle && { ...f.riddle, photoWaiting: null }, f.cluesHeld,
        f.cluesNeeded, Boolean(ctx.cards)]), (f) => card(f, ctx));
  };
  return section;
}

function card(final, ctx) {
  const titleId = uid('final');
  const article = h('article', { class: 'card final-card', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t('final.title', { title: final.title })));
  const local = { ...ctx, title: final.title };
  let riddle = null;
  let hints = null;
  if (final.status === 'LOCKED') {
    article.append(h('p', {}, t('final.locked', { held: final.cluesHeld, count: final.cluesNeeded })));
  } else if (final.status === 'SOLVED') {
    article.append(h('p', { class: 'chip chip--solved' }, t('final.solved', { count: final.points })));
  } else if (ctx.cards) {
    riddle = final.riddle ? ctx.cards.riddleSection(FINAL, final.riddle, local) : null;
    hints = ctx.cards.hintList(FINAL, local);
    article.append(h('p', { class: 'chip chip--reached' }, t('final.open', { count: final.points })), riddle, hints);
  }
  article.update = (latest) => {
    if (riddle) riddle.update(latest);
    if (hints) hints.update(latest.hints || []);
  };
  return article;
}
