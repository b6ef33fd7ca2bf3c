// Rotation settings: the rotation unit and time zone are household settings (changed under "Household");
// the default due time for chores without their own is a rotation setting, changed here by admins.
import { api } from '../api.js';
import { alertBox, el, field, header, setBusy, showAlert, showProblem } from '../dom.js';
import { isAdmin } from '../session.js';

const UNITS = ['DAILY', 'WEEKLY'];

export async function renderRotation(root) {
  const s = await api('/api/rotation/settings') || {};
  const box = alertBox('rotation-alert');
  const save = el('button', { class: 'btn btn-primary', type: 'submit', testid: 'rotation-save', i18n: 'common.save' });
  const form = el('form', { class: 'card mb-3', novalidate: true, testid: 'rotation-form' }, el('div', { class: 'card-body' },
    el('fieldset', { disabled: !isAdmin() },
      field({ name: 'defaultDueTime', label: 'rotation.defaultDueTime', type: 'time', help: 'rotation.defaultDueTimeHelp',
        value: s.defaultDueTime ? s.defaultDueTime.slice(0, 5) : '' }),
      box, save)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = form.querySelector('[name="defaultDueTime"]').value;
    setBusy(save, true);
    try {
      await api('/api/rotation/settings', { method: 'PATCH', body: { defaultDueTime: value || null } });
      showAlert(box, { key: 'rotation.saved' }, 'success');
    } catch (error) {
      showProblem(form, box, error);
    } finally {
      setBusy(save, false);
    }
  });
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'rotation' }, header('rotation.title'),
    el('div', { class: 'card mb-3' }, el('div', { class: 'card-body' },
      el('dl', { class: 'row mb-0' },
        el('dt', { class: 'col-sm-4', i18n: 'rotation.unit' }),
        el('dd', { class: 'col-sm-8', testid: 'rotation-unit', dataset: { value: s.rotationUnit || '' } },
          UNITS.includes(s.rotationUnit) ? el('span', { i18n: `rotation.${s.rotationUnit}` }) : el('span', { text: s.rotationUnit || '–' })),
        el('dt', { class: 'col-sm-4', i18n: 'rotation.timeZone' }),
        el('dd', { class: 'col-sm-8', testid: 'rotation-time-zone', text: s.timeZone || '–' })))),
    el('p', { class: 'text-secondary', i18n: 'rotation.hint' }),
    el('a', { class: 'btn btn-outline-primary mb-3', href: '#/household', testid: 'rotation-household', i18n: 'rotation.toHousehold' }),
    form));
}
