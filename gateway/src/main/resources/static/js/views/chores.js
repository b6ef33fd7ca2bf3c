// The household's chores: everyone reads (weight, schedule, due time, who may do it); admins add, edit and
// delete. New households get theirs over Kafka a moment after sign-up, so an empty list is polled briefly.
import { api } from '../api.js';
import { alertBox, confirmDialog, el, emptyState, header, showAlert, showError, spinner } from '../dom.js';
import { rosterChanged } from '../roster.js';
import { isAdmin } from '../session.js';

/** Weekday numbers 1 (Mon) … 7 (Sun) set in the bitmask Mon=1, Tue=2, …, Sun=64. */
export function weekdaysOf(mask) {
  return [1, 2, 3, 4, 5, 6, 7].filter((d) => (mask || 0) & (1 << (d - 1)));
}

function scheduleText(s) {
  if (!s?.kind) return { key: 'schedule.unknown' };
  if (s.kind === 'WEEKDAYS') {
    const days = weekdaysOf(s.weekdays);
    if (days.length === 7) return { key: 'schedule.everyDay' };
    return { key: 'schedule.WEEKDAYS', days };
  }
  if (s.kind === 'INTERVAL') return s.everyNDays === 1 ? { key: 'schedule.everyDay' } : { key: 'schedule.INTERVAL', args: { n: s.everyNDays } };
  if (s.kind === 'MONTHLY') return { key: 'schedule.MONTHLY', args: { n: s.monthDay } };
  return { key: 'schedule.unknown' };
}

export function scheduleNode(s) {
  const text = scheduleText(s);
  if (!text.days) return el('span', { class: 'small text-secondary', i18n: text.key, args: text.args, testid: 'chore-schedule' });
  // Weekday names are separate i18n nodes so a language switch re-labels them.
  const parts = [];
  text.days.forEach((d, i) => {
    if (i > 0) parts.push(el('span', { i18n: 'weekday.separator' }));
    parts.push(el('span', { i18n: `weekday.${d}` }));
  });
  return el('span', { class: 'small text-secondary', testid: 'chore-schedule' }, ...parts);
}

function details(c) {
  const candidates = c.candidateMemberIds || [];
  return el('div', { class: 'small text-secondary d-flex flex-wrap gap-2' },
    c.dueTime ? el('span', { i18n: 'chores.due', args: { time: c.dueTime.slice(0, 5) }, testid: 'chore-due' }) : null,
    el('span', candidates.length ? { i18n: 'chores.candidates', args: { n: candidates.length } } : { i18n: 'chores.everyone' }),
    c.minimumRole ? el('span', { i18n: 'chores.minRole', args: { role: { key: `role.${c.minimumRole}` } } }) : null);
}

export async function renderChores(root) {
  const admin = isAdmin();
  const box = alertBox('chores-error');
  const list = el('ul', { class: 'list-group', id: 'chores-list', testid: 'chores-list' });
  const status = el('div', {}, spinner());
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'chores' },
    header('chores.title',
      el('a', { class: 'btn btn-outline-secondary', href: '#/rotation', testid: 'chores-rotation', i18n: 'chores.rotationLink' }),
      admin ? el('a', { class: 'btn btn-primary', href: '#/chores/new', testid: 'chore-add', i18n: 'chores.add' }) : null),
    admin ? null : el('div', { class: 'alert alert-info', i18n: 'chores.readOnly', testid: 'chores-read-only' }),
    box, status, list));

  async function remove(c) {
    if (!await confirmDialog('chores.confirmDelete', { name: c.name }, 'common.delete')) return;
    try {
      await api(`/api/chores/${encodeURIComponent(c.id)}`, { method: 'DELETE' });
      rosterChanged();
      showAlert(box, { key: 'common.deleted' }, 'success');
      paint(await api('/api/chores'));
    } catch (error) {
      showError(box, error);
    }
  }

  function paint(chores) {
    status.replaceChildren(chores.length ? '' : emptyState('chores.empty', 'chores-empty'));
    list.replaceChildren(...chores.map((c) => el('li', {
      class: 'list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2 chore', testid: 'chore', dataset: { choreId: c.id, name: c.name },
    },
    el('div', { class: 'flex-grow-1' }, el('div', { class: 'fw-semibold', text: c.name, testid: 'chore-name' }), scheduleNode(c.schedule), details(c)),
    el('div', { class: 'd-flex flex-wrap gap-1 align-items-center' },
      c.active === false ? el('span', { class: 'badge text-bg-light border', i18n: 'chores.inactive', testid: 'chore-inactive' }) : null,
      el('span', { class: 'badge text-bg-secondary chore-weight', i18n: 'chores.weight', args: { n: c.weight }, testid: 'chore-weight' }),
      admin ? el('a', { class: 'btn btn-sm btn-outline-primary', href: `#/chores/${encodeURIComponent(c.id)}`, testid: 'chore-edit', i18n: 'common.edit' }) : null,
      admin ? el('button', { class: 'btn btn-sm btn-outline-danger', type: 'button', testid: 'chore-delete', i18n: 'common.delete', on: { click: () => remove(c) } }) : null))));
  }

  let chores = [];
  try {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      chores = await api('/api/chores');
      if (chores.length > 0 || !root.contains(list)) break;
      if (attempt === 0) status.replaceChildren(spinner('chores.preparing'));
      await new Promise((resolve) => { setTimeout(resolve, 500); });
    }
  } catch (error) {
    showError(box, error);
    status.replaceChildren(el('button', { class: 'btn btn-outline-primary', type: 'button', testid: 'chores-retry', i18n: 'common.retry',
      on: { click: () => renderChores(root) } }));
    return;
  }
  paint(chores);
}
