// Adding a phone to the team: this phone shows a QR code of the team's link; the other phone scans it
// (with its camera app, or with Balise's "join a team" scanner) and plays for the same team.

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';

export function teamSection(game, onLeave) {
  const titleId = uid('team');
  const invite = h('button', { type: 'button', class: 'button button--secondary', id: 'invite' }, t('invite.open'));
  const leave = h('button', { type: 'button', class: 'button button--quiet' }, t('team.leave'));
  const dialog = inviteDialog(game);
  invite.addEventListener('click', () => dialog.openFrom(invite));
  leave.addEventListener('click', () => {
    if (window.confirm(t('team.leave-confirm'))) onLeave();
  });
  return h('section', { class: 'card team', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t('team.title')), h('p', {}, t('invite.explain')), invite, leave, dialog);
}

function inviteDialog(game) {
  const image = h('img', { class: 'invite__qr', alt: t('invite.qr-alt'), width: 240, height: 240 });
  const status = h('p', { class: 'feedback', role: 'status' });
  const link = h('input', { class: 'input', type: 'text', readonly: true, id: uid('link'), 'aria-label': t('invite.link') });
  const close = h('button', { type: 'button', class: 'button button--primary' }, t('invite.close'));
  const titleId = uid('invite');
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, t('invite.title')), h('p', {}, t('invite.scan')), image, status,
    h('details', {}, h('summary', {}, t('invite.link')), link), close);
  let opener = null;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener && opener.focus());
  dialog.openFrom = async (from) => {
    opener = from;
    link.value = `${window.location.origin}/#team=${encodeURIComponent(game.team.teamId)}&token=${encodeURIComponent(game.team.token)}`;
    dialog.showModal();
    close.focus();
    if (image.src) return;
    try {
      image.src = URL.createObjectURL(await api.invite(game.team));
      status.textContent = '';
    } catch {
      status.textContent = t('invite.unavailable');
    }
  };
  return dialog;
}
