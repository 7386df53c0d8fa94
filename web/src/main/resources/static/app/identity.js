// Which team this phone plays for: its id and token, kept in localStorage so that a reload (or a dead
// battery) never loses the team. The last view is kept too, to show something at once in a dead zone.

const TEAM = 'balise.team';
const SNAPSHOT = 'balise.snapshot';
const SEEN = 'balise.seen-messages';

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key));
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing with no storage: the game still works until the page is closed.
  }
}

/** The team this phone plays for: {teamId, token, language}, or null. */
export function savedTeam() {
  const team = read(TEAM);
  return team && team.teamId && team.token ? team : null;
}

export function saveTeam(team) {
  write(TEAM, { teamId: team.teamId, token: team.token, language: team.language || null });
}

export function forgetTeam() {
  localStorage.removeItem(TEAM);
  localStorage.removeItem(SNAPSHOT);
  localStorage.removeItem(SEEN);
}

/** The last {sequence, mediaBase, view} received for the team, or null. */
export function savedSnapshot(teamId) {
  const snapshot = read(SNAPSHOT);
  return snapshot && snapshot.view && snapshot.view.teamId === teamId ? snapshot : null;
}

export function saveSnapshot(snapshot) {
  write(SNAPSHOT, { sequence: snapshot.sequence, mediaBase: snapshot.mediaBase, view: snapshot.view });
}

/** Ids of the teacher's messages this phone closed (information only; recalls are acknowledged). */
export function seenMessages() {
  return new Set(read(SEEN) || []);
}

export function markMessageSeen(id) {
  const seen = seenMessages();
  seen.add(id);
  write(SEEN, [...seen]);
}

/** The team in an invitation link: <origin>/#team=<id>&token=<token>, or null. */
export function teamFromInvitation(hash) {
  const params = new URLSearchParams(String(hash).replace(/^#/, ''));
  const teamId = params.get('team');
  const token = params.get('token');
  return teamId && token ? { teamId, token } : null;
}
