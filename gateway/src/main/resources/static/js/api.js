// Same-origin calls through the gateway; the session lives in HttpOnly cookies, and state changes
// echo the XSRF-TOKEN cookie as the header the gateway checks. A 401 triggers one refresh and one retry.
import { currentLanguage, learnServerNow } from './i18n.js';

function csrfToken() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.split('=')[1]) : '';
}

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The problem's errors[] ({field, code, message}). */
  get fieldErrors() {
    return Array.isArray(this.problem?.errors) ? this.problem.errors : [];
  }

  hasCode(code) {
    return this.fieldErrors.some((e) => e.code === code);
  }
}

// Calls where a 401 means "wrong credentials" or "not a device", not "access token expired".
const NO_REFRESH = ['/api/auth/login', '/api/auth/signup', '/api/auth/refresh', '/api/auth/logout',
  '/api/invites/join', '/api/devices/current/'];

async function send(path, method, body) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  try {
    return await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, null);
  }
}

let refreshing = null;

/** One refresh at a time, shared by every call that met a 401. */
export function refreshSession() {
  if (!refreshing) {
    refreshing = send('/api/auth/refresh', 'POST').then((r) => r.ok).catch(() => false)
      .finally(() => { refreshing = null; });
  }
  return refreshing;
}

async function parse(response) {
  learnServerNow(response.headers.get('X-Kajimaru-Now'));
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const retry = Number.parseInt(response.headers.get('Retry-After') || '', 10);
    throw new ApiError(response.status, data, Number.isNaN(retry) ? undefined : retry);
  }
  return data;
}

export async function api(path, { method = 'GET', body } = {}) {
  let response = await send(path, method, body);
  if (response.status === 401 && !NO_REFRESH.some((p) => path.startsWith(p))) {
    if (await refreshSession()) {
      response = await send(path, method, body);
    }
    if (response.status === 401) {
      window.dispatchEvent(new CustomEvent('kajimaru:signed-out'));
    }
  }
  return parse(response);
}
