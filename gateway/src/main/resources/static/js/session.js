// Who is here: the signed-in member (GET /api/auth/me) and whether this browser is a registered shared
// device (GET /api/devices/current/board answers 200). Both are cached until reset().
import { api } from './api.js';
import { setTimeZone } from './i18n.js';
import { navigate } from './router.js';
import { stopIdleWatch } from './idle.js';

let me;        // undefined = not asked yet, null = nobody signed in
let board;     // undefined = not asked yet, null = not a device
let household; // loaded lazily for the time zone

export async function loadMe(force = false) {
  if (me !== undefined && !force) return me;
  try {
    me = await api('/api/auth/me');
  } catch (error) {
    if (error.status === 401 || error.status === 403) {
      me = null;
    } else if (error.status === 404) {
      // Older backends without /api/auth/me: a working chores call still proves a session.
      me = await api('/api/chores').then(() => ({ role: 'MEMBER', displayName: '', onDevice: false, partial: true }))
        .catch(() => null);
    } else {
      throw error;
    }
  }
  if (me && !household) {
    api('/api/households/current').then((h) => { household = h; setTimeZone(h?.timeZone); }).catch(() => {});
  }
  return me;
}

export async function loadBoard(force = false) {
  if (board !== undefined && !force) return board;
  try {
    board = await api('/api/devices/current/board');
  } catch (error) {
    if (error.status === 0 || error.status >= 500) throw error;
    board = null;
  }
  return board;
}

export function currentMe() {
  return me || null;
}

export function isAdmin() {
  return me?.role === 'ADMIN';
}

/** A member session on the shared device: idle timeout and "session logout" apply. */
export function onSharedDevice() {
  return Boolean(me && (me.onDevice || board));
}

export function idleTimeoutMinutes() {
  return board?.idleTimeoutMinutes || household?.idleTimeoutMinutes || 15;
}

/** The household (for its time zone), fetched once; null when it cannot be read. */
export async function loadHousehold() {
  if (household) return household;
  try {
    rememberHousehold(await api('/api/households/current'));
  } catch {
    return null;
  }
  return household;
}

export function rememberHousehold(h) {
  household = h;
  setTimeZone(h?.timeZone);
}

export function reset() {
  me = undefined;
  board = undefined;
  household = undefined;
}

export async function logout() {
  await api('/api/auth/logout', { method: 'POST' }).catch(() => {});
  me = null;
}

/** After sign-up, login, PIN entry or device registration: forget, ask again, go on. */
export async function changed(target) {
  reset();
  stopIdleWatch();
  await loadMe(true);
  await loadBoard(true);
  navigate(target);
}
