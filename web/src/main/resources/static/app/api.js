// The phone API (same origin). Errors are RFC 9457 problems; a fetch that never reached the server is a
// NetworkError, so that callers can tell "try again later" from "this will never work".

/** The server answered with a problem (application/problem+json). */
export class ProblemError extends Error {
  constructor(status, problem = {}, retryAfterSeconds = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = problem.type || '';
    this.slug = this.type.split('/').pop();
    this.problem = problem;
    this.retryAfterSeconds = problem.retryAfterSeconds ?? retryAfterSeconds;
  }

  /** Whether sending the same request later may succeed. */
  get retryable() {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

/** The request did not get an answer: no network, or the connection broke. */
export class NetworkError extends Error {}

async function call(path, { method = 'GET', team = null, json, body, headers = {}, as = 'json' } = {}) {
  const all = { ...headers };
  if (team) all.Authorization = `Bearer ${team.token}`;
  if (json !== undefined) {
    all['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(path, { method, headers: all, body, cache: 'no-store' });
  } catch (failure) {
    throw new NetworkError(failure.message);
  }
  if (!response.ok) throw await problemOf(response);
  if (as === 'blob') return response.blob();
  return response.status === 204 ? null : response.json();
}

async function problemOf(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // An answer that is not a problem document (a proxy's page): keep the status only.
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ProblemError(response.status, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

const teamPath = (team, rest = '') => `/api/teams/${encodeURIComponent(team.teamId)}${rest}`;

export const api = {
  info: () => call('/api/info'),
  session: (joinCode) => call(`/api/sessions/${encodeURIComponent(joinCode)}`),
  join: (joinCode, teamName, language) => call('/api/join', { method: 'POST', json: { joinCode, teamName, language } }),
  team: (team) => call(teamPath(team), { team }),
  fixes: (team, commandId, fixes) => call(teamPath(team, '/fixes'), { method: 'POST', team, json: { commandId, fixes } }),
  command: (team, command) => call(teamPath(team, '/commands'), { method: 'POST', team, json: command }),
  photo: (team, blob) => call(teamPath(team, '/photos'), {
    method: 'POST', team, body: blob, headers: { 'Content-Type': blob.type || 'image/jpeg' },
  }),
  invite: (team) => call(teamPath(team, '/invite.png'), { team, as: 'blob' }),
  streamUrl: (team) => teamPath(team, '/stream'),
};

/** A command id: made here, so that a command sent twice (a retry) counts once. */
export function newCommandId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // Outside a secure context (a phone reaching a laptop by its address): the same, by hand.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
