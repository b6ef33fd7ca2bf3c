// The bell in the navigation bar: the live unread count on every page, from notification-service's Server-Sent
// Events stream through the gateway, and a toast for each new message. The browser reconnects on its own (sending Last-Event-ID); when the stream is
// refused (e.g. an expired access token) the session is refreshed and the stream reopened after the last event seen.
import { api, refreshSession } from './api.js';
import { toast } from './dom.js';
import { applyLanguage } from './i18n.js';
import './i18n/notifications.js';

let source = null;
let count = 0;
let lastEventId = '';
let retryTimer = null;
let retryDelay = 2000;
let active = false;

const bell = () => document.getElementById('nav-bell');
const badge = () => document.getElementById('nav-bell-count');

function render() {
  const b = bell();
  if (!b) return;
  const shown = count > 99 ? '99+' : String(count);
  badge().textContent = shown;
  badge().classList.toggle('d-none', count === 0);
  b.dataset.count = String(count);
  b.dataset.i18nAriaLabel = 'notif.bellAria';
  b.dataset.i18nArgs = JSON.stringify({ n: count });
  applyLanguage(b);
}

/** The current unread count (the inbox page sets it after marking read). */
export function setUnread(n) {
  count = Math.max(0, Number(n) || 0);
  render();
}

export function unreadCount() {
  return count;
}

function open() {
  const url = lastEventId ? `/api/notifications/stream?lastEventId=${encodeURIComponent(lastEventId)}` : '/api/notifications/stream';
  source = new EventSource(url, { withCredentials: true });
  source.addEventListener('ready', (e) => {
    retryDelay = 2000;
    try { setUnread(JSON.parse(e.data).unreadCount); } catch { /* keep the count */ }
    bell()?.setAttribute('data-live', 'true');
  });
  source.addEventListener('notification', (e) => {
    if (e.lastEventId) lastEventId = e.lastEventId;
    try {
      const message = JSON.parse(e.data);
      setUnread(message.unreadCount);
      window.dispatchEvent(new CustomEvent('kajimaru:notification', { detail: message.notification }));
      announce(message.notification);
    } catch { /* a malformed event changes nothing */ }
  });
  source.addEventListener('error', () => {
    bell()?.setAttribute('data-live', 'false');
    if (source && source.readyState === EventSource.CLOSED) {
      // Refused (not a network blip, which EventSource retries itself): refresh the session, then reopen.
      source = null;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(async () => {
        if (!active) return;
        await refreshSession().catch(() => false);
        if (active && !source) open();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 60000);
    }
  });
}

// On any page but the inbox (which lists it at once), a new message shows as a toast with a link to it.
function announce(n) {
  if (!n || window.location.hash.startsWith('#/notifications')) return;
  // One at a time: a new week's roster brings dozens of messages at once, and a stack of toasts would cover the page.
  document.querySelectorAll('[data-testid="notif-toast"]').forEach((old) => old.remove());
  const node = toast({ text: n.title }, {
    testid: 'notif-toast', actionKey: 'notif.open', delay: 8000,
    onAction: () => { window.location.hash = '#/notifications'; },
  });
  node.dataset.kind = n.kind;
  node.dataset.id = n.id;
}

function start() {
  active = true;
  bell()?.classList.remove('d-none');
  api('/api/notifications/unread-count').then((r) => setUnread(r?.count)).catch(() => {});
  open();
}

function stop() {
  active = false;
  clearTimeout(retryTimer);
  if (source) source.close();
  source = null;
  lastEventId = '';
  setUnread(0);
  bell()?.classList.add('d-none');
}

/** Called whenever the navigation chrome is updated: a signed-in member has the bell, nobody else. */
export function syncBell(me) {
  if (me && !active) start();
  else if (!me && active) stop();
}
