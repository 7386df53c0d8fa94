// The game screen: everything a team sees while playing, redrawn from each new view. Parts whose data did
// not change keep their elements, so nothing a player types is lost when a view arrives.

import { api } from '../api.js';
import { announce, h, keyed } from '../dom.js';
import { changes, eventFeedback, problemFeedback } from '../feedback.js';
import { Gps } from '../geo.js';
import { t } from '../i18n.js';
import { GameMap } from '../map.js';
import { collectionSection } from './collection.js';
import { connectionStatus } from './connection.js';
import { finalSection } from './final.js';
import { gameHeader } from './header.js';
import { teamSection } from './invite.js';
import { messageBanners, recallOverlay } from './messages.js';
import { toReachSection } from './to-reach.js';

export async function showPlay(root, game, { onLeave }) {
  const ctx = {
    game,
    gps: null,
    map: null,
    cards: null,
    refresh: () => render(game.view, game.view),
    get mediaBase() {
      return game.snapshot.mediaBase;
    },
  };
  const virtual = game.view.mode === 'VIRTUAL';
  const header = gameHeader(game);
  const connection = connectionStatus(game);
  const banners = messageBanners(ctx);
  const state = h('p', { class: 'game-state' });
  const current = h('div', { class: 'current', id: 'current' });
  const toReach = toReachSection(ctx);
  const mapBox = h('div', { class: `map${virtual ? ' map--virtual' : ''}`, id: 'map' });
  const finalRiddle = finalSection(ctx);
  const collection = collectionSection();
  const main = h('main', { id: 'main', tabindex: '-1' },
    connection, banners, state, current, toReach, mapBox, finalRiddle, collection, teamSection(game, onLeave));
  const screen = h('div', { class: 'screen' }, header, main);
  const recall = recallOverlay(ctx, screen);
  root.replaceChildren(screen, recall);

  let targets = null;
  let teamFramed = false;
  function render(view, previous) {
    document.title = `${view.circuitTitle} · Balise`;
    header.update(view);
    state.textContent = stateText(view);
    state.hidden = !state.textContent;
    banners.update(view);
    const reached = view.stations.filter((s) => s.status === 'REACHED');
    const final = view.finalRiddle;
    if (!ctx.cards && (reached.length || (final && final.status === 'OPEN'))) loadCards();
    if (ctx.cards) keyed(current, reached, (s) => s.id, ctx.cards.stationSignature, (s) => ctx.cards.stationCard(s, ctx));
    toReach.update(view);
    finalRiddle.update(final);
    collection.update(view);
    recall.update(view);
    if (ctx.map) drawMap(view);
    if (previous !== view) changes(previous, view).forEach((sentence) => announce(sentence));
    const newlyReached = reached.find((s) => !previous || !previous.stations.some((p) => p.id === s.id && p.status === 'REACHED'));
    const card = newlyReached && document.getElementById(`station-${newlyReached.id}`);
    if (previous && card) card.scrollIntoView({ behavior: 'smooth' });
    if (ctx.gps && (view.status === 'OVER' || view.finished)) ctx.gps.stop();
  }

  let loading = null;
  function loadCards() {
    if (!loading) {
      loading = import('./cards.js').then((cards) => {
        ctx.cards = cards;
        render(game.view, game.view);
        // The cards come with the first station reached (or on a reload): show its riddle.
        const first = current.firstElementChild;
        if (first) first.scrollIntoView({ behavior: 'smooth' });
      });
    }
  }

  function drawMap(view) {
    ctx.map.showStations(view.stations);
    const open = view.stations.filter((s) => s.zone && s.status !== 'SOLVED').map((s) => s.id);
    const key = open.join();
    if (key !== targets) {
      targets = key;
      ctx.map.reframe(open, ctx.gps && ctx.gps.last, game.snapshot && game.snapshot.area);
    }
  }

  game.addEventListener('view', (event) => render(event.detail.view, event.detail.previous));
  game.addEventListener('status', () => connection.update());
  game.addEventListener('settled', ({ detail }) => {
    const said = detail.error ? [problemFeedback(detail.error)] : eventFeedback(detail.events).map((s) => s.text);
    said.forEach((sentence) => announce(sentence));
  });
  render(game.view, null);
  connection.update();
  main.focus();

  const tiles = await api.info().then((info) => info.tiles || null, () => null);
  ctx.map = await new GameMap(mapBox, {
    tiles,
    labels: { map: t('map.label'), blank: t('map.blank') },
    onTap: virtual ? (position, accuracy) => toReach.tapped(position, accuracy) : null,
  }).open();
  drawMap(game.view);

  if (!virtual) {
    ctx.gps = new Gps({
      onFix: (fix) => {
        ctx.map.showTeam(fix);
        toReach.position(fix);
        if (!teamFramed) {
          // Frame the team with the stations once, when its first position comes.
          teamFramed = true;
          targets = null;
          drawMap(game.view);
        }
      },
      onBatch: (fixes) => game.sendFixes(fixes),
      onStatus: (status) => toReach.gpsStatus(status),
    });
    const over = game.view.status === 'OVER' || game.view.finished;
    if (!over && await Gps.allowed()) ctx.gps.start();
  }
  return () => {
    if (ctx.gps) ctx.gps.stop();
  };
}

function stateText(view) {
  if (view.finished) return t('game.finished', { count: view.score });
  if (view.status === 'RUNNING') return '';
  return t(`game.status.${view.status}`, { count: view.score });
}
