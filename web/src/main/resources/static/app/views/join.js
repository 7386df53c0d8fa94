// Joining a game: the join code (typed, or from a /join/<CODE> link), then the team's name and language.
// A phone can also join a team already playing by scanning the QR code another phone of the team shows.

import { api, NetworkError } from '../api.js';
import { announce, h, replace, uid } from '../dom.js';
import { problemFeedback } from '../feedback.js';
import { language, languageName, t, useLanguage } from '../i18n.js';
import { teamFromInvitation } from '../identity.js';

/**
 * @param code a join code from the address, to look up at once, or null
 * @param onJoined ({teamId, token, language}, snapshot) once the team exists
 * @param onInvited ({teamId, token}) when a teammate's QR code was scanned
 */
export function showJoin(root, { code, error, onJoined, onInvited }) {
  document.title = t('join.page-title');
  const main = h('main', { id: 'main', class: 'join', tabindex: '-1' });
  root.replaceChildren(h('header', { class: 'bar bar--join' }, h('p', { class: 'bar__title' }, 'Balise')), main);
  askCode(main, { code, error, onJoined, onInvited });
}

function askCode(main, handlers) {
  const inputId = uid('code');
  const hintId = uid('hint');
  const status = h('p', { class: 'feedback', id: uid('status'), role: 'status' });
  const input = h('input', {
    id: inputId, name: 'code', class: 'input input--code', type: 'text', autocomplete: 'off', autocapitalize: 'characters',
    spellcheck: 'false', maxlength: '12', required: true, 'aria-describedby': `${hintId} ${status.id}`,
    value: handlers.code || '',
  });
  const button = h('button', { type: 'submit', class: 'button button--primary' }, t('join.continue'));
  const form = h('form', { class: 'card', novalidate: true },
    h('label', { for: inputId, class: 'label' }, t('join.code-label')),
    h('p', { class: 'hint-text', id: hintId }, t('join.code-hint')), input, button, status);
  const scan = h('button', { type: 'button', class: 'button button--secondary', id: 'join-team' }, t('join.scan-team'));
  replace(main,
    h('h1', {}, t('join.title')),
    h('p', { class: 'lead' }, t('join.intro')),
    form,
    h('section', { class: 'card', 'aria-labelledby': 'join-team-title' },
      h('h2', { id: 'join-team-title' }, t('join.team-title')), h('p', {}, t('join.team-explain')), scan));
  if (handlers.error) show(status, input, handlers.error);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = input.value.trim();
    if (!code) {
      show(status, input, t('join.code-missing'));
      return;
    }
    button.disabled = true;
    status.textContent = t('join.looking');
    try {
      const session = await api.session(code);
      askTeam(main, session, handlers, '');
    } catch (error) {
      show(status, input, error instanceof NetworkError ? t('join.offline') : problemFeedback(error));
    } finally {
      button.disabled = false;
    }
  });
  scan.addEventListener('click', async () => {
    const value = await (await import('../qr-scanner.js')).scanQrCode();
    const team = value ? teamFromInvitation(new URL(value, window.location.href).hash) : null;
    if (team) handlers.onInvited(team);
    else if (value) show(status, input, t('join.not-an-invitation'));
    scan.focus();
  });
  if (handlers.code && !handlers.error) form.requestSubmit();
  else input.focus();
}

function show(status, input, message) {
  status.textContent = message;
  status.dataset.tone = 'bad';
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

function askTeam(main, session, handlers, typedName) {
  const chosen = session.languages.includes(language()) ? language() : session.languages[0];
  const title = session.circuitTitle[chosen] || Object.values(session.circuitTitle)[0];
  const nameId = uid('name');
  const status = h('p', { class: 'feedback', id: uid('status'), role: 'status' });
  const name = h('input', {
    id: nameId, name: 'team', class: 'input', type: 'text', autocomplete: 'off', maxlength: '40', required: true,
    value: typedName, 'aria-describedby': status.id,
  });
  const languages = h('fieldset', { class: 'choices' }, h('legend', { class: 'label' }, t('join.language')),
    session.languages.map((code) => h('label', { class: 'choice', lang: code },
      h('input', { type: 'radio', name: 'language', value: code, checked: code === chosen, class: 'choice__input' }),
      h('span', {}, languageName(code)))));
  const button = h('button', { type: 'submit', class: 'button button--primary' }, t('join.submit'));
  const back = h('button', { type: 'button', class: 'button button--quiet' }, t('join.other-code'));
  const form = h('form', { class: 'card', novalidate: true },
    h('label', { for: nameId, class: 'label' }, t('join.name-label')), name, languages, button, status);
  replace(main,
    h('h1', {}, title),
    h('p', { class: 'lead' }, t(`join.mode.${session.mode}`)),
    session.status === 'RUNNING' ? null : h('p', { class: 'note' }, t(`join.status.${session.status}`)),
    form, back);
  document.title = `${title} · Balise`;
  name.focus();

  languages.addEventListener('change', async (event) => {
    await useLanguage(event.target.value);
    askTeam(main, session, handlers, name.value);
    main.querySelector(`input[name=language][value="${event.target.value}"]`).focus();
  });
  back.addEventListener('click', () => askCode(main, { ...handlers, code: '', error: null }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const teamName = name.value.trim();
    const lang = form.elements.language.value;
    if (!teamName) {
      show(status, name, t('join.name-missing'));
      return;
    }
    button.disabled = true;
    status.textContent = t('join.joining');
    try {
      const joined = await api.join(session.joinCode, teamName, lang);
      announce(t('join.joined', { name: teamName }));
      handlers.onJoined({ teamId: joined.teamId, token: joined.token, language: lang }, joined);
    } catch (error) {
      show(status, name, error instanceof NetworkError ? t('join.offline') : problemFeedback(error));
      button.disabled = false;
    }
  });
}
