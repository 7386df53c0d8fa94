// How a form follows its action: "sending", then "saved, will be sent" while the network is away, then
// what the server said. Buttons stay usable after an answer so a team can try again.

import { eventFeedback, problemFeedback } from '../feedback.js';
import { t } from '../i18n.js';

/**
 * Shows the progress of `sending` (a promise of events from Game.send) in `status` (a live region),
 * with `button` disabled meanwhile. `onEvents(events)` may add its own sentences (returns [{text, tone}]).
 */
export async function follow(game, sending, status, button, onEvents = () => []) {
  if (button) button.disabled = true;
  const show = (text, tone = '') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };
  const update = () => show(game.online ? t('sending.now') : t('sending.queued'), 'waiting');
  update();
  game.addEventListener('status', update);
  try {
    const events = await sending;
    const said = [...eventFeedback(events), ...onEvents(events)];
    show(said.map((s) => s.text).join(' '), said.some((s) => s.tone === 'bad') ? 'bad' : 'good');
    return events;
  } catch (error) {
    show(problemFeedback(error), 'bad');
    return null;
  } finally {
    game.removeEventListener('status', update);
    if (button) button.disabled = false;
  }
}
