// Boot: language, navigation chrome, idle watch on the shared device, and the hash routes.
import { ApiError } from './api.js';
import { applyLanguage, toggleLanguage } from './i18n.js';
import { el, errorText, showAlert, spinner } from './dom.js';
import { fallback, navigate, route, startRouter } from './router.js';
import * as session from './session.js';
import { idleWatching, startIdleWatch, stopIdleWatch } from './idle.js';
import { renderStart } from './views/start.js';
import { renderSignup } from './views/signup.js';
import { renderShopping } from './views/shopping.js';
import { renderShoppingHistory } from './views/shopping-history.js';
import { renderShoppingSettings } from './views/shopping-settings.js';
import { renderLogin } from './views/login.js';
import { renderJoin } from './views/join.js';
import { renderBoard } from './views/board.js';
import { renderPin } from './views/pin.js';
import { renderChores } from './views/chores.js';
import { renderChoreForm } from './views/chore-form.js';
import { renderDashboard } from './views/dashboard.js';
import { renderRotation } from './views/rotation.js';
import { renderMe } from './views/me.js';
import { renderMembers } from './views/members.js';
import { renderMemberForm } from './views/member-form.js';
import { renderInvites } from './views/invites.js';
import { renderHousehold } from './views/household.js';
import { renderDevices } from './views/devices.js';
import { renderSubstitutes } from './views/substitutes.js';
import { renderStock } from './views/stock.js';
import { renderEquipment } from './views/equipment.js';
import { renderNotifications } from './views/notifications.js';
import { renderNotificationSettings } from './views/notifications-settings.js';
import { renderNotificationWebhooks } from './views/notifications-webhooks.js';
import { syncBell } from './bell.js';

const $ = (id) => document.getElementById(id);
const app = $('app');

async function home(root) {
  if (session.currentMe()) {
    navigate('#/dashboard');
    return undefined;
  }
  if (await session.loadBoard()) return renderBoard(root);
  return renderStart(root);
}

route('/', { view: home });
route('/signup', { view: renderSignup, guestOnly: true });
route('/login', { view: renderLogin, guestOnly: true });
route('/join', { view: renderJoin, guestOnly: true });
route('/board', { view: renderBoard });
route('/pin/:id', { view: renderPin });
route('/dashboard', { view: renderDashboard, auth: true });
route('/chores', { view: renderChores, auth: true });
route('/shopping', { view: renderShopping, auth: true });
route('/shopping/history', { view: renderShoppingHistory, auth: true });
route('/shopping/settings', { view: renderShoppingSettings, admin: true });
route('/chores/new', { view: renderChoreForm, admin: true });
route('/chores/:id', { view: renderChoreForm, admin: true });
route('/rotation', { view: renderRotation, auth: true });
route('/substitutes', { view: renderSubstitutes, auth: true });
route('/stock', { view: renderStock, auth: true });
route('/equipment', { view: renderEquipment, auth: true });
route('/notifications', { view: renderNotifications, auth: true });
route('/notifications/settings', { view: renderNotificationSettings, auth: true });
route('/notifications/webhooks', { view: renderNotificationWebhooks, admin: true });
route('/me', { view: renderMe, auth: true });
route('/members', { view: renderMembers, admin: true });
route('/members/new', { view: renderMemberForm, admin: true });
route('/members/:id', { view: renderMemberForm, admin: true });
route('/invites', { view: renderInvites, admin: true });
route('/household', { view: renderHousehold, auth: true });
route('/devices', { view: renderDevices, admin: true });
fallback({ view: (root) => root.replaceChildren(el('div', { class: 'alert alert-warning', i18n: 'error.pageNotFound', testid: 'not-found' })) });

async function endSession() {
  stopIdleWatch();
  await session.logout();
  session.reset();
  navigate('#/');
}

function updateChrome() {
  const me = session.currentMe();
  const device = session.onSharedDevice();
  $('nav-links').classList.toggle('d-none', !me);
  $('nav-toggler').classList.toggle('d-none', !me);
  document.querySelectorAll('.admin-only').forEach((n) => n.classList.toggle('d-none', !session.isAdmin()));
  $('nav-user').textContent = me?.displayName || '';
  $('nav-user').classList.toggle('d-none', !me?.displayName);
  $('logout').classList.toggle('d-none', !me || device);
  $('session-logout').classList.toggle('d-none', !me || !device);
  syncBell(me);
  const path = (window.location.hash || '#/').slice(1);
  document.querySelectorAll('#nav-links .nav-link').forEach((a) => {
    const target = a.getAttribute('href').slice(1);
    const active = path === target || path.startsWith(`${target}/`);
    a.classList.toggle('active', active);
    if (active) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  if (device && !idleWatching()) {
    startIdleWatch(() => session.idleTimeoutMinutes(), endSession);
  } else if (!device) {
    stopIdleWatch();
  }
}

let renderCount = 0;
let cleanup = null;

async function render({ route: r, params }) {
  const mine = ++renderCount;
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  app.replaceChildren(spinner());
  try {
    const me = await session.loadMe();
    await session.loadBoard();
    if (mine !== renderCount) return;
    updateChrome();
    if ((r.auth || r.admin) && !me) {
      navigate('#/');
      return;
    }
    if (r.guestOnly && me) {
      navigate('#/dashboard');
      return;
    }
    if (r.admin && !session.isAdmin()) {
      app.replaceChildren(el('div', { class: 'alert alert-warning', i18n: 'error.adminOnly', testid: 'admin-only' }));
      return;
    }
    const result = await r.view(app, params);
    if (mine === renderCount) cleanup = result; else if (typeof result === 'function') result();
  } catch (error) {
    if (mine !== renderCount) return;
    if (!(error instanceof ApiError)) console.error(error); // eslint-disable-line no-console
    const box = el('div', { role: 'alert', testid: 'page-error' });
    showAlert(box, errorText(error));
    app.replaceChildren(box, el('button', { class: 'btn btn-outline-primary', type: 'button', i18n: 'common.retry',
      on: { click: () => navigate(window.location.hash || '#/') } }));
  }
}

window.addEventListener('kajimaru:signed-out', () => {
  if (!session.currentMe()) return;
  session.reset();
  navigate('#/');
});

applyLanguage();
$('lang-toggle').addEventListener('click', toggleLanguage);
$('logout').addEventListener('click', endSession);
$('session-logout').addEventListener('click', endSession);
startRouter(render);
