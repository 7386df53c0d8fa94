// The phone app's entry: which screen to show. A phone that plays for a team (kept in localStorage) goes
// back to its game; an invitation link (#team=...&token=...) makes it play for that team; otherwise it
// joins with a code (typed, or from /join/<CODE> or /?code=<CODE>).

import { api, NetworkError } from './api.js';
import { h } from './dom.js';
import { Game } from './game.js';
import { browserLanguage, t, useLanguage } from './i18n.js';
import { forgetTeam, saveSnapshot, saveTeam, savedTeam, teamFromInvitation } from './identity.js';

// Each screen loads its own modules only when shown, so that the first screen weighs only what it needs.
const showJoin = async (...args) => (await import('./views/join.js')).showJoin(...args);
const showPlay = async (...args) => (await import('./views/play.js')).showPlay(...args);

const root = document.getElementById('app');
let game = null;
let closePlay = () => {};

function codeFromLocation() {
  const path = /^\/join\/([^/]+)\/?$/.exec(window.location.pathname);
  const code = path ? decodeURIComponent(path[1]) : new URLSearchParams(window.location.search).get('code');
  if (code || path) window.history.replaceState(null, '', '/');
  return code;
}

async function join(code = null, error = null) {
  await useLanguage(browserLanguage());
  await showJoin(root, {
    code,
    error,
    onJoined: (team, snapshot) => {
      saveTeam(team);
      saveSnapshot(snapshot);
      play(team, { fresh: true });
    },
    onInvited: adopt,
  });
}

/** Plays for the team of an invitation: asks the server for its view first (and so, its language). */
async function adopt(invited) {
  await useLanguage(browserLanguage());
  try {
    const snapshot = await api.team(invited);
    const team = { ...invited, language: snapshot.view.language };
    if (game) leave({ forget: false });
    saveTeam(team);
    saveSnapshot(snapshot);
    play(team, { fresh: true });
  } catch (error) {
    join(null, error instanceof NetworkError ? t('join.offline') : t('join.invitation-invalid'));
  }
}

async function play(team, { fresh = false } = {}) {
  await useLanguage(team.language || browserLanguage());
  game = new Game(team, { fresh });
  game.addEventListener('lost', () => {
    leave({ forget: true });
    join(null, t('join.team-lost'));
  });
  if (!game.view) {
    // Joined or adopted on another page life, and no view kept: wait for the server's.
    root.replaceChildren(h('main', { id: 'main', class: 'loading' }, h('p', { role: 'status' }, t('app.loading'))));
    await new Promise((resolve) => {
      game.addEventListener('view', resolve, { once: true });
      game.start();
    });
    closePlay = await showPlay(root, game, { onLeave: () => leaveAndJoin() });
    return;
  }
  const showing = showPlay(root, game, { onLeave: () => leaveAndJoin() });
  await game.start();
  closePlay = await showing;
}

function leave({ forget }) {
  closePlay();
  if (game) {
    game.stop();
    if (forget && game.queue) game.queue.clear();
  }
  game = null;
  if (forget) forgetTeam();
}

function leaveAndJoin() {
  leave({ forget: true });
  join();
}

function registerServiceWorker() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without a service worker the app still works online; only dead zones suffer.
    });
  }
}

async function boot() {
  registerServiceWorker();
  const invited = teamFromInvitation(window.location.hash);
  if (invited) {
    window.history.replaceState(null, '', '/');
    await adopt(invited);
    return;
  }
  const team = savedTeam();
  const code = codeFromLocation();
  if (team && !code) await play(team);
  else await join(code);
}

boot();
