// Whether the phone reaches the server, and what waits to be sent: said plainly, because in a dead zone
// a team must know that its answer is safe and will leave by itself.

import { h } from '../dom.js';
import { t } from '../i18n.js';

export function connectionStatus(game) {
  const text = h('p', { class: 'connection__text' });
  const list = h('ul', { class: 'connection__items' });
  const retry = h('button', { type: 'button', class: 'button button--secondary' }, t('connection.retry'));
  retry.addEventListener('click', () => game.reconnected());
  const box = h('div', { class: 'connection', id: 'connection', role: 'status' }, text, list, retry);
  box.update = () => {
    const items = game.queue ? game.queue.items : [];
    const offline = !game.online;
    box.dataset.state = offline ? 'offline' : 'sending';
    retry.hidden = !offline;
    if (offline) {
      text.textContent = items.length ? t('connection.offline-waiting', { count: items.length }) : t('connection.offline');
    } else if (items.length) {
      text.textContent = t('connection.sending', { count: items.length });
    } else if (game.streamState === 'reconnecting') {
      text.textContent = t('connection.reconnecting');
    } else {
      text.textContent = '';
    }
    if (game.durableOutbox === false && items.length) text.textContent += ` ${t('connection.not-durable')}`;
    list.replaceChildren(...describe(items).map((line) => h('li', {}, line)));
    // Kept in the page when there is nothing to say, so that screen readers hear it when there is.
    if (!text.textContent) box.dataset.state = 'quiet';
  };
  return box;
}

/** One line per action waiting, positions counted together. */
function describe(items) {
  const lines = [];
  let positions = 0;
  for (const item of items) {
    if (item.kind === 'fixes') positions += item.fixes.length;
    else lines.push(t(item.label.key, item.label.params || {}));
  }
  if (positions) lines.push(t('queue.positions', { count: positions }));
  return lines;
}
