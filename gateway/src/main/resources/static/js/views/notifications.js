// The member's inbox: newest first, unread filter, mark read / all read; new messages appear live (see ../bell.js).
import { api } from '../api.js';
import { alertBox, el, emptyState, header, setBusy, showError, spinner, toast } from '../dom.js';
import { setUnread } from '../bell.js';
import { t } from '../i18n.js';
import '../i18n/notifications.js';

const PAGE = 20;

export async function renderNotifications(root) {
  const box = alertBox('notifications-error');
  const list = el('ul', { class: 'list-group', testid: 'notifications-list' });
  const content = el('div', { testid: 'notifications-content' }, spinner());
  const unreadOnly = el('input', { class: 'form-check-input', type: 'checkbox', id: 'notif-unread-only', testid: 'notifications-unread-only' });
  const markAll = el('button', { class: 'btn btn-outline-primary btn-sm', type: 'button', testid: 'notifications-read-all', i18n: 'notif.markAllRead' });
  const more = el('button', { class: 'btn btn-outline-secondary btn-sm mt-3 d-none', type: 'button', testid: 'notifications-more', i18n: 'notif.more' });
  const summary = el('span', { class: 'text-secondary small', testid: 'notifications-unread' });
  let page = 0;

  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'notifications' },
    header('notif.title', markAll),
    el('div', { class: 'd-flex flex-wrap align-items-center justify-content-between gap-2 mb-2' },
      el('div', { class: 'form-check' }, unreadOnly, el('label', { class: 'form-check-label', for: 'notif-unread-only', i18n: 'notif.unreadOnly' })),
      summary),
    box, content, more));

  function showUnread(n) {
    setUnread(n);
    summary.dataset.i18n = 'notif.unreadCount';
    summary.dataset.i18nArgs = JSON.stringify({ n });
    summary.textContent = t('notif.unreadCount', { n });
  }

  function item(n) {
    const unread = !n.readAt;
    const read = el('button', {
      class: 'btn btn-sm btn-outline-secondary', type: 'button', testid: 'notification-read', i18n: 'notif.markRead',
      aria: 'notif.markReadAria', args: { title: n.title },
    });
    const li = el('li', {
      class: `list-group-item${unread ? ' list-group-item-primary' : ''}`, testid: 'notification',
      dataset: { id: n.id, kind: n.kind, unread: String(unread) },
    },
    el('div', { class: 'd-flex flex-wrap justify-content-between align-items-start gap-2' },
      el('div', { class: 'flex-grow-1' },
        el('div', { class: 'fw-semibold', text: n.title, testid: 'notification-title' }),
        el('div', { class: 'small text-break', text: n.body, testid: 'notification-body' }),
        el('div', { class: 'small text-secondary', date: n.createdAt })),
      el('div', { class: 'd-flex gap-2 align-items-center' },
        unread ? el('span', { class: 'badge text-bg-primary', i18n: 'notif.unreadBadge' }) : null,
        n.link ? el('a', { class: 'btn btn-sm btn-link', href: n.link, i18n: 'notif.open', testid: 'notification-open' }) : null,
        unread ? read : null)));
    read.addEventListener('click', async () => {
      setBusy(read, true);
      try {
        const updated = await api(`/api/notifications/${encodeURIComponent(n.id)}/read`, { method: 'POST' });
        li.replaceWith(item(updated));
        const r = await api('/api/notifications/unread-count');
        showUnread(r.count);
        if (unreadOnly.checked) list.querySelector(`[data-id="${n.id}"]`)?.remove();
      } catch (error) {
        setBusy(read, false);
        showError(box, error);
      }
    });
    return li;
  }

  async function load(reset = true) {
    box.classList.add('d-none');
    if (reset) {
      page = 0;
      content.replaceChildren(spinner());
    }
    try {
      const data = await api(`/api/notifications?unread=${unreadOnly.checked}&page=${page}&size=${PAGE}`);
      if (reset) list.replaceChildren();
      data.items.forEach((n) => list.append(item(n)));
      showUnread(data.unread);
      content.replaceChildren(list.children.length ? list
        : emptyState(unreadOnly.checked ? 'notif.emptyUnread' : 'notif.empty', 'notifications-empty'));
      more.classList.toggle('d-none', (page + 1) * PAGE >= data.total);
    } catch (error) {
      content.replaceChildren();
      showError(box, error);
    }
  }

  unreadOnly.addEventListener('change', () => load());
  more.addEventListener('click', async () => {
    page += 1;
    setBusy(more, true);
    await load(false);
    setBusy(more, false);
  });
  markAll.addEventListener('click', async () => {
    setBusy(markAll, true);
    try {
      await api('/api/notifications/read-all', { method: 'POST' });
      toast(t('notif.allRead'), { testid: 'notifications-all-read' });
      await load();
    } catch (error) {
      showError(box, error);
    } finally {
      setBusy(markAll, false);
    }
  });

  // A message arriving while the page is open goes on top at once.
  const live = (e) => {
    const n = e.detail;
    if (!n || list.querySelector(`[data-id="${n.id}"]`)) return;
    if (!list.isConnected) content.replaceChildren(list);
    list.prepend(item(n));
    showUnread(Number(document.getElementById('nav-bell')?.dataset.count || 0));
  };
  window.addEventListener('kajimaru:notification', live);
  await load();
  return () => window.removeEventListener('kajimaru:notification', live);
}
