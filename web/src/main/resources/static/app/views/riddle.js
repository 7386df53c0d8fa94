// A riddle: its question, its media, and the way to answer it (typed, chosen, ordered, a code, a photo,
// or nothing at all when being there is the proof), with the attempts left.

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { MAX_BYTES, shrink } from '../photo.js';
import { clock, countdown, instantMs, stopCountdown } from '../time.js';
import { answerInput } from './answers.js';
import { mediaList } from './media.js';
import { follow } from './sending.js';

/**
 * @param key the riddle's name in commands: the station's id, or "#final"
 * @param riddle the RiddleView
 * @param ctx {game, mediaBase, title} the game, where media live, and the station's title (for the outbox)
 * @returns an element with update(source) for the attempts of a StationView or FinalRiddleView
 */
export function riddleSection(key, riddle, ctx) {
  const questionId = uid('question');
  const section = h('section', { class: 'riddle', 'aria-labelledby': questionId },
    h('h3', { id: questionId, class: 'riddle__question' }, riddle.question),
    mediaList(riddle.media, ctx.mediaBase));
  if (riddle.kind === 'location' || riddle.kind === 'location-only') {
    section.append(h('p', { class: 'note' }, t('answer.location')));
    section.update = () => {};
    return section;
  }
  const form = riddle.kind === 'photo' ? photoForm(key, ctx) : answerForm(key, riddle, questionId, ctx);
  section.append(form);
  section.update = form.update;
  return section;
}

function answerForm(key, riddle, questionId, ctx) {
  const input = answerInput(riddle, questionId);
  const status = h('p', { class: 'feedback', role: 'status' });
  const attempts = h('p', { class: 'attempts' });
  const button = h('button', { type: 'submit', class: 'button button--primary' }, t('answer.submit'));
  const form = h('form', { class: 'answer-form', novalidate: true }, input.element, button, attempts, status);
  let coolingDown = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = input.read();
    if (!answer) {
      status.textContent = t('answer.empty');
      status.dataset.tone = 'bad';
      return;
    }
    const label = { key: 'queue.answer', params: { station: ctx.title } };
    await follow(ctx.game, ctx.game.send({ type: 'submit-answer', riddle: key, answer }, label), status, button);
    button.disabled = coolingDown;
  });
  form.update = (source) => {
    const state = source.attempts;
    const until = state && instantMs(state.coolDownUntil);
    coolingDown = Boolean(until && until > Date.now());
    button.disabled = coolingDown;
    if (coolingDown) {
      countdown(attempts, until, (left) => (left ? t('answer.cool-down', { time: clock(left) }) : t('answer.again')), () => {
        coolingDown = false;
        button.disabled = false;
      });
    } else if (state && state.wrong) {
      stopCountdown(attempts);
      attempts.textContent = t('answer.attempts', { wrong: state.wrong, count: state.left });
    } else {
      stopCountdown(attempts);
      attempts.textContent = '';
    }
  };
  return form;
}

function photoForm(key, ctx) {
  const inputId = uid('photo');
  const status = h('p', { class: 'feedback', role: 'status' });
  const waiting = h('p', { class: 'note' });
  const preview = h('img', { class: 'photo-preview', alt: t('photo.preview'), hidden: true });
  const input = h('input', { id: inputId, type: 'file', accept: 'image/*', capture: 'environment', class: 'file-input' });
  const button = h('button', { type: 'submit', class: 'button button--primary', disabled: true }, t('photo.send'));
  const form = h('form', { class: 'answer-form' },
    h('label', { for: inputId, class: 'button button--secondary file-label' }, t('photo.take')),
    input, preview, button, waiting, status);
  let chosen = null;
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) return;
    chosen = await shrink(file);
    if (chosen.size > MAX_BYTES) {
      chosen = null;
      status.textContent = t('photo.too-large');
      status.dataset.tone = 'bad';
    } else {
      if (preview.src) URL.revokeObjectURL(preview.src);
      preview.src = URL.createObjectURL(chosen);
      preview.hidden = false;
      status.textContent = '';
    }
    button.disabled = !chosen;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!chosen) return;
    const label = { key: 'queue.photo', params: { station: ctx.title } };
    const sent = await follow(ctx.game, ctx.game.sendPhoto(key, chosen, label), status, button);
    if (sent) {
      // Sent: another photo needs another shot.
      chosen = null;
      button.disabled = true;
    }
  });
  form.update = (source) => {
    const photoWaiting = Boolean(source.riddle && source.riddle.photoWaiting);
    waiting.textContent = photoWaiting ? t('photo.waiting') : '';
    button.disabled = photoWaiting || !chosen;
  };
  return form;
}
