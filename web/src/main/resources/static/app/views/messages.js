// The teacher's messages. Information shows as a banner at the top until closed; a recall covers the whole
// screen (and vibrates) until the team answers "I'm coming back", which the teacher sees.

import { announce, h, keyed } from '../dom.js';
import { language, t } from '../i18n.js';
import { markMessageSeen, seenMessages } from '../identity.js';
import { instantMs } from '../time.js';

/** Banners for messages not yet closed on this phone; returns an element with update(view). */
export function messageBanners(ctx) {
  const box = h('div', { class: 'banners', id: 'messages' });
  let known = null;
  box.update = (view) => {
    const seen = seenMessages();
    const fresh = view.messages.filter((m) => m.kind === 'INFO' && !seen.has(m.id));
    if (known) fresh.filter((m) => !known.has(m.id)).forEach((m) => announce(t('messages.new', { text: m.text }), { urgent: true }));
    known = new Set(view.messages.map((m) => m.id));
    keyed(box, fresh, (m) => m.id, (m) => m.text, (m) => banner(m, ctx));
  };
  return box;
}

function banner(message, ctx) {
  const close = h('button', { type: 'button', class: 'button button--secondary' }, t('messages.close'));
  const element = h('section', { class: 'banner', 'aria-label': t('messages.from-teacher') },
    h('p', { class: 'banner__from' }, t('messages.from-teacher-at', { time: time(message.sentAt) })),
    h('p', { class: 'banner__text' }, message.text), close);
  close.addEventListener('click', () => {
    markMessageSeen(message.id);
    ctx.refresh();
    const next = document.getElementById('main');
    if (next) next.focus();
  });
  return element;
}

function time(instant) {
  const ms = instantMs(instant);
  return ms ? new Intl.DateTimeFormat(language(), { hour: '2-digit', minute: '2-digit' }).format(ms) : '';
}

/**
 * The recall screen: shown while a recall waits for this team's answer. `background` is made inert
 * meanwhile, so focus cannot wander behind it.
 */
export function recallOverlay(ctx, background) {
  const title = h('h2', { id: 'recall-title' }, t('recall.title'));
  const text = h('p', { id: 'recall-text', class: 'recall__text' });
  const sent = h('p', { class: 'recall__time' });
  const button = h('button', { type: 'button', class: 'button button--recall' }, t('recall.acknowledge'));
  const overlay = h('div', {
    class: 'recall', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'recall-title',
    'aria-describedby': 'recall-text', hidden: true,
  }, h('div', { class: 'recall__box' }, h('p', { class: 'recall__icon', 'aria-hidden': 'true' }, '!'), title, text, sent, button));
  let showing = null;
  const answered = new Set();
  button.addEventListener('click', () => {
    const id = showing;
    answered.add(id);
    ctx.game.send({ type: 'acknowledge-message', messageId: id }, { key: 'queue.acknowledge' }).catch(() => answered.delete(id));
    announce(t('recall.sent'));
    overlay.update(ctx.game.view);
  });
  overlay.update = (view) => {
    const waiting = (ctx.game.queue ? ctx.game.queue.items : [])
      .filter((item) => item.command && item.command.type === 'acknowledge-message')
      .map((item) => item.command.messageId);
    const recall = view.messages.find((m) => m.kind === 'RECALL' && m.needsAcknowledgement && !m.acknowledged
      && !answered.has(m.id) && !waiting.includes(m.id));
    if (!recall) {
      if (showing) {
        showing = null;
        overlay.hidden = true;
        background.inert = false;
        const main = document.getElementById('main');
        if (main) main.focus();
      }
      return;
    }
    text.textContent = recall.text;
    sent.textContent = t('messages.from-teacher-at', { time: time(recall.sentAt) });
    if (showing !== recall.id) {
      showing = recall.id;
      overlay.hidden = false;
      background.inert = true;
      if (navigator.vibrate) navigator.vibrate([400, 200, 400, 200, 400]);
      button.focus();
    }
  };
  return overlay;
}
