// Shared devices: register this browser (admin), list, revoke.
import { api } from '../api.js';
import { alertBox, clearFieldErrors, confirmDialog, el, emptyState, field, header, hideAlert, setBusy, showError, showProblem, spinner, values } from '../dom.js';
import { t } from '../i18n.js';
import { changed, loadBoard } from '../session.js';

export async function renderDevices(root) {
  const box = alertBox();
  const listBox = alertBox('devices-error');
  const list = el('div', {}, spinner());
  const isDevice = Boolean(await loadBoard(true));
  const submit = el('button', { class: 'btn btn-primary', type: 'submit', id: 'device-register', testid: 'device-register', i18n: 'devices.register' });
  const form = el('form', { id: 'device-form', novalidate: true },
    field({ name: 'name', label: 'devices.name', placeholder: 'devices.namePh', required: true, attrs: { maxlength: 50 } }), box, submit);
  form.querySelector('[name=name]').value = t('devices.namePh').replace(/^(例：|e\.g\. )/, '');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    setBusy(submit, true);
    try {
      await api('/api/devices', { method: 'POST', body: { name: data.name } });
      await changed('#/devices');
    } catch (error) {
      setBusy(submit, false);
      showProblem(form, box, error);
    }
  });

  async function load() {
    try {
      const devices = await api('/api/devices');
      list.replaceChildren(devices.length ? el('ul', { class: 'list-group', testid: 'devices-list' }, devices.map((d) => el('li', {
        class: 'list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2', testid: 'device-row',
      },
      el('div', {},
        el('div', { class: 'fw-semibold' }, el('span', { text: d.name }), ' ',
          d.current ? el('span', { class: 'badge text-bg-success', i18n: 'devices.current', testid: 'device-current' }) : null),
        el('div', { class: 'small text-secondary', i18n: 'devices.created', args: { time: { date: d.createdAt } } }),
        d.lastSeenAt ? el('div', { class: 'small text-secondary', i18n: 'devices.lastSeen', args: { time: { date: d.lastSeenAt } } }) : null),
      el('button', { class: 'btn btn-sm btn-outline-danger', type: 'button', testid: 'device-revoke', i18n: 'devices.revoke',
        on: { click: async () => {
          if (!await confirmDialog('devices.confirmRevoke', { name: d.name })) return;
          try {
            await api(`/api/devices/${encodeURIComponent(d.id)}`, { method: 'DELETE' });
            if (d.current) await changed('#/devices'); else await load();
          } catch (error) {
            showError(listBox, error);
          }
        } } })))) : emptyState('devices.empty', 'devices-empty'));
    } catch (error) {
      list.replaceChildren();
      showError(listBox, error);
    }
  }

  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'devices' }, header('devices.title'),
    el('div', { class: 'card mb-4' }, el('div', { class: 'card-body' },
      el('h2', { class: 'h5', i18n: 'devices.registerTitle' }),
      isDevice
        ? el('div', { class: 'alert alert-success mb-0', testid: 'device-is-registered', i18n: 'devices.thisIsDevice' })
        : el('div', {}, el('p', { class: 'text-secondary', i18n: 'devices.registerHelp' }), form))),
    el('h2', { class: 'h5', i18n: 'devices.list' }), listBox, list));
  await load();
}
