// Members admin: list, add, edit, remove (with confirmation), reset PIN / unlock.
import { api } from '../api.js';
import { alertBox, avatar, confirmDialog, dialog, el, emptyState, field, header, markField, showAlert, showError, spinner } from '../dom.js';
import { serverNow, todayIso } from '../i18n.js';
import { rosterChanged } from '../roster.js';
import { checkPins, pinField } from './pin-fields.js';
import { busyBody, busyDays, busySummary } from './me.js';
import { currentMe, loadHousehold } from '../session.js';

function badges(m) {
  const locked = m.lockedUntil && new Date(m.lockedUntil).getTime() > serverNow();
  return el('div', { class: 'd-flex flex-wrap gap-1' },
    el('span', { class: 'badge text-bg-primary', i18n: `role.${m.role}`, testid: 'member-role' }),
    m.hasLogin ? el('span', { class: 'badge text-bg-light border', i18n: 'members.hasLogin' }) : null,
    el('span', { class: `badge ${m.hasPin ? 'text-bg-success' : 'text-bg-warning'}`, i18n: m.hasPin ? 'members.hasPin' : 'members.noPin', testid: 'member-pin-state' }),
    locked ? el('span', { class: 'badge text-bg-danger', i18n: 'members.locked', testid: 'member-locked' }) : null,
    m.busy ? el('span', { class: 'badge text-bg-info', i18n: 'members.busy' }) : null);
}

export async function renderMembers(root) {
  const box = alertBox('members-error');
  const list = el('div', {}, spinner());
  root.replaceChildren(el('section', { class: 'mx-auto', testid: 'members' },
    header('members.title', el('a', { class: 'btn btn-primary', href: '#/members/new', id: 'member-add', testid: 'member-add', i18n: 'members.add' })),
    box, list));

  async function resetPin(m) {
    const saved = await dialog({
      titleKey: 'members.pinDialog', titleArgs: { name: m.displayName }, okKey: 'common.save',
      fields: [pinField('pin', 'me.pinNew'), pinField('pinConfirm', 'me.pinConfirm')],
      validate: (form, data) => checkPins(form, data, ['pin'], ['pin', 'pinConfirm']),
      submit: (data) => api(`/api/members/${encodeURIComponent(m.id)}/pin`, { method: 'POST', body: { pin: data.pin } }),
    });
    if (saved) {
      showAlert(box, { key: 'members.pinSaved', args: { name: m.displayName } }, 'success');
      await load(false);
    }
  }

  async function setBusyPeriod(m) {
    const current = busyDays(m);
    const today = todayIso();
    const fields = [
      el('p', { class: 'small', testid: 'busy-dialog-summary' }, busySummary(m)),
      el('div', { class: 'row' },
        el('div', { class: 'col-sm-6' }, field({ name: 'from', label: 'me.busyFrom', type: 'date', value: current.from || today })),
        el('div', { class: 'col-sm-6' }, field({ name: 'until', label: 'me.busyUntil', type: 'date', value: current.until || (current.from ? '' : today) }))),
      el('p', { class: 'form-text', i18n: 'me.busyHint' }),
    ];
    const saved = await dialog({
      titleKey: 'members.busyDialog', titleArgs: { name: m.displayName }, okKey: 'common.save', fields,
      validate: (form, data) => !(data.from && data.until && data.until < data.from) || (markField(form, 'until', { key: 'validation.busyRange' }) && false),
      submit: (data) => api(`/api/members/${encodeURIComponent(m.id)}/busy`, { method: 'PUT', body: busyBody(data.from, data.until) }),
    });
    if (saved) {
      rosterChanged();
      showAlert(box, { key: 'members.busySaved', args: { name: m.displayName } }, 'success');
      await load(false);
    }
  }

  async function clearBusy(m) {
    try {
      await api(`/api/members/${encodeURIComponent(m.id)}/busy`, { method: 'DELETE' });
      rosterChanged();
      showAlert(box, { key: 'members.busyCleared', args: { name: m.displayName } }, 'success');
      await load(false);
    } catch (error) {
      showError(box, error);
    }
  }

  async function remove(m) {
    if (!await confirmDialog('members.confirmRemove', { name: m.displayName }, 'members.remove')) return;
    try {
      await api(`/api/members/${encodeURIComponent(m.id)}`, { method: 'DELETE' });
      showAlert(box, { key: 'members.removed' }, 'success');
      await load(false);
    } catch (error) {
      showError(box, error);
    }
  }

  async function load(clearAlert = true) {
    try {
      const members = await api('/api/members');
      if (clearAlert) box.classList.add('d-none');
      const me = currentMe();
      list.replaceChildren(members.length ? el('ul', { class: 'list-group', testid: 'members-list' }, members.map((m) => el('li', {
        class: 'list-group-item d-flex flex-wrap align-items-center gap-3', testid: 'member-row', dataset: { memberId: m.id, name: m.displayName },
      },
      avatar(m.avatar, m.colour, 'avatar-lg'),
      el('div', { class: 'flex-grow-1' },
        el('div', { class: 'fw-bold fs-5', text: m.displayName, testid: 'member-name' }),
        m.nickname ? el('div', { class: 'text-secondary small', text: m.nickname }) : null,
        el('div', { class: 'small text-secondary mb-1', i18n: m.relation ? `relation.${m.relation}` : 'relation.other' }),
        badges(m)),
      el('div', { class: 'd-flex flex-wrap gap-2' },
        el('a', { class: 'btn btn-sm btn-outline-primary', href: `#/members/${encodeURIComponent(m.id)}`, testid: 'member-edit', i18n: 'common.edit' }),
        el('button', { class: 'btn btn-sm btn-outline-secondary', type: 'button', testid: 'member-reset-pin', i18n: 'members.resetPin', on: { click: () => resetPin(m) } }),
        el('button', { class: 'btn btn-sm btn-outline-warning', type: 'button', testid: 'member-busy', i18n: 'members.setBusy', on: { click: () => setBusyPeriod(m) } }),
        m.busy || m.busyFrom ? el('button', { class: 'btn btn-sm btn-outline-secondary', type: 'button', testid: 'member-busy-clear', i18n: 'me.busyClear', on: { click: () => clearBusy(m) } }) : null,
        String(m.id) === String(me?.memberId) ? null
          : el('button', { class: 'btn btn-sm btn-outline-danger', type: 'button', testid: 'member-remove', i18n: 'members.remove', on: { click: () => remove(m) } })))))
        : emptyState('members.empty', 'members-empty'));
    } catch (error) {
      list.replaceChildren();
      showError(box, error);
    }
  }
  await loadHousehold();
  await load();
}
