// What to tell the team: about the answer to its own action (events), and about what changed between two
// views (whichever phone of the team caused it).

import { has, t } from './i18n.js';

/** A refused command's reason in the team's language, or the server's English sentence. */
export function refusal(event) {
  return has(`reason.${event.reason}`) ? t(`reason.${event.reason}`) : event.sentence;
}

/** What the events caused by this phone's action mean for the player: [{text, tone}] (tone: good, bad). */
export function eventFeedback(events) {
  const said = [];
  for (const event of events) {
    if (event.type === 'team-command-refused') said.push({ text: refusal(event), tone: 'bad' });
    else if (event.type === 'correct-answer-given') said.push({ text: t('feedback.right'), tone: 'good' });
    else if (event.type === 'wrong-answer-given') said.push({ text: t('feedback.wrong'), tone: 'bad' });
    else if (event.type === 'wrong-code-entered') said.push({ text: t('feedback.wrong-code'), tone: 'bad' });
    else if (event.type === 'photo-submitted') said.push({ text: t('feedback.photo-sent'), tone: 'good' });
    else if (event.type === 'hint-taken') said.push({ text: t('feedback.hint-taken', { count: event.charged }), tone: 'good' });
  }
  return said;
}

/** What a problem answer (the action will never be accepted) means for the player. */
export function problemFeedback(error) {
  const key = `problem.${error.slug}`;
  return has(key) ? t(key) : t('problem.generic');
}

/** The sentences announcing what changed from `before` to `after`, newest facts last. */
export function changes(before, after) {
  if (!before) return [];
  const said = [];
  const old = new Map(before.stations.map((s) => [s.id, s]));
  for (const station of after.stations) {
    const was = old.get(station.id);
    if (station.status === 'REACHED' && (!was || was.status === 'TO_REACH')) {
      said.push(t('news.reached', { station: station.title }));
    } else if (station.status === 'SOLVED' && (!was || was.status !== 'SOLVED')) {
      said.push(t('news.solved', { station: station.title, count: station.earned ?? 0 }));
    } else if (!was) {
      said.push(t('news.opened', { station: station.title }));
    }
  }
  const clues = new Set(before.clues.map((c) => c.id));
  after.clues.filter((c) => !clues.has(c.id)).forEach((c) => said.push(t('news.clue', { clue: c.text })));
  const trades = new Set(before.trades.map((c) => c.id));
  after.trades.filter((c) => !trades.has(c.id)).forEach((c) => said.push(t('news.trade', { trade: c.name })));
  const finalBefore = before.finalRiddle && before.finalRiddle.status;
  const finalAfter = after.finalRiddle && after.finalRiddle.status;
  if (finalAfter === 'OPEN' && finalBefore === 'LOCKED') said.push(t('news.final-open'));
  if (finalAfter === 'SOLVED' && finalBefore !== 'SOLVED') said.push(t('news.final-solved'));
  if (after.finished && !before.finished) said.push(t('news.finished', { count: after.score }));
  if (after.status !== before.status) said.push(t(`game.status.${after.status}`));
  return said;
}
