// Add or edit a chore (admin): name, weight 1–5, schedule (weekdays bitmask Mon=1 … Sun=64, every N days,
// or monthly on day D), optional due time, candidate members (none = everyone), minimum role, active, and the chore's
// kind (ADR 0011: the weather card's recommendations find the chore by it; "" clears it).
import { api } from '../api.js';
import {
  alertBox, clearFieldErrors, confirmDialog, el, field, header, hideAlert, markField, setBusy, showAlert, showError,
  showProblem, spinner, values,
} from '../dom.js';
import { navigate } from '../router.js';
import { rosterChanged } from '../roster.js';
import { weekdaysOf } from './chores.js';
import { CHORE_KINDS } from '../i18n/chore-kinds.js';

const KINDS = ['WEEKDAYS', 'INTERVAL', 'MONTHLY'];
const WEIGHTS = [1, 2, 3, 4, 5];

function numberIn(value, min, max) {
  if (!/^\d+$/.test(value || '')) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export async function renderChoreForm(root, params) {
  const editing = params.id !== undefined;
  root.replaceChildren(spinner());
  const [chore, members] = await Promise.all([
    editing ? api(`/api/chores/${encodeURIComponent(params.id)}`) : Promise.resolve(null),
    api('/api/members').catch(() => null),
  ]);
  const initial = chore || {
    name: '', weight: 3, schedule: { kind: 'WEEKDAYS', weekdays: 127, everyNDays: 1, monthDay: 1 }, dueTime: null,
    candidateMemberIds: [], minimumRole: null, active: true,
  };
  const box = alertBox();
  const submit = el('button', { class: 'btn btn-primary btn-lg', type: 'submit', testid: 'chore-save', i18n: 'common.save' });

  const weekdayGroup = el('div', { class: 'weekday-group d-flex flex-wrap gap-1', role: 'group', aria: 'chore.weekdays' },
    [1, 2, 3, 4, 5, 6, 7].map((d) => [
      el('input', { class: 'btn-check', type: 'checkbox', name: 'schedule.weekdays', id: `weekday-${d}`, value: 1 << (d - 1), autocomplete: 'off', testid: `weekday-${d}` }),
      el('label', { class: 'btn btn-outline-primary weekday-button', for: `weekday-${d}`, i18n: `weekday.${d}` }),
    ]));
  const weekdaysBlock = el('fieldset', { class: 'mb-3', testid: 'schedule-weekdays' },
    el('legend', { class: 'form-label fs-6', i18n: 'chore.weekdays' }), weekdayGroup,
    el('div', { class: 'invalid-feedback', dataset: { errorFor: 'schedule.weekdays' } }));
  const intervalBlock = el('div', { testid: 'schedule-interval' },
    field({ name: 'schedule.everyNDays', label: 'chore.everyNDays', type: 'number', attrs: { min: 1, max: 365, inputmode: 'numeric' } }));
  const monthlyBlock = el('div', { testid: 'schedule-monthly' },
    field({ name: 'schedule.monthDay', label: 'chore.monthDay', type: 'number', attrs: { min: 1, max: 31, inputmode: 'numeric' } }));

  const candidateInputs = (members || []).map((m) => el('div', { class: 'form-check form-check-inline' },
    el('input', { class: 'form-check-input', type: 'checkbox', name: 'candidateMemberIds', id: `candidate-${m.id}`, value: m.id, testid: 'candidate', dataset: { name: m.displayName } }),
    el('label', { class: 'form-check-label', for: `candidate-${m.id}`, text: m.displayName })));
  const candidates = el('fieldset', { class: 'mb-3' },
    el('legend', { class: 'form-label fs-6', i18n: 'chore.candidates' }),
    members ? el('div', { class: 'candidate-group' }, candidateInputs) : el('div', { class: 'alert alert-warning py-2', i18n: 'chore.membersError' }),
    el('div', { class: 'form-text', i18n: 'chore.candidatesHelp' }),
    el('div', { class: 'invalid-feedback', dataset: { errorFor: 'candidateMemberIds' } }));

  const roles = [{ value: '', i18n: 'chore.minimumRoleNone' }, { value: 'MEMBER', i18n: 'role.MEMBER' }, { value: 'ADMIN', i18n: 'role.ADMIN' }];
  if (initial.minimumRole === 'CHILD') roles.splice(1, 0, { value: 'CHILD', i18n: 'role.CHILD' });
  const active = el('input', { class: 'form-check-input', type: 'checkbox', role: 'switch', id: 'f-active', name: 'active', testid: 'chore-active' });

  const form = el('form', { id: 'chore-form', novalidate: true },
    field({ name: 'name', label: 'chore.name', placeholder: 'chore.namePh', required: true, attrs: { maxlength: 50 } }),
    el('div', { class: 'row' },
      el('div', { class: 'col-sm-6' }, field({ name: 'weight', label: 'chore.weight', options: WEIGHTS.map((w) => ({ value: w, i18n: `weight.${w}` })) })),
      el('div', { class: 'col-sm-6' }, field({ name: 'schedule.kind', label: 'chore.scheduleKind', options: KINDS.map((k) => ({ value: k, i18n: `chore.kind.${k}` })) }))),
    weekdaysBlock, intervalBlock, monthlyBlock,
    el('div', { class: 'row' },
      el('div', { class: 'col-sm-6' }, field({ name: 'dueTime', label: 'chore.dueTime', type: 'time', help: 'chore.dueTimeHelp' })),
      el('div', { class: 'col-sm-6' }, field({ name: 'minimumRole', label: 'chore.minimumRole', options: roles }))),
    field({
      name: 'kind', label: 'chore.choreKind', help: 'chore.choreKindHelp', attrs: { 'data-testid': 'chore-kind' },
      options: [{ value: '', i18n: 'chore.choreKindNone' }, ...CHORE_KINDS.map((k) => ({ value: k, i18n: `choreKind.${k}` }))],
    }),
    candidates,
    el('div', { class: 'form-check form-switch mb-3' }, active, el('label', { class: 'form-check-label', for: 'f-active', i18n: 'chore.active' })),
    box,
    el('div', { class: 'd-flex flex-wrap gap-2' }, submit,
      el('a', { class: 'btn btn-outline-secondary btn-lg', href: '#/chores', i18n: 'common.cancel', testid: 'chore-cancel' }),
      editing ? el('button', { class: 'btn btn-outline-danger btn-lg ms-auto', type: 'button', testid: 'chore-delete', i18n: 'common.delete', on: { click: () => remove() } }) : null));

  const input = (name) => form.querySelector(`[name="${name}"]`);
  input('name').value = initial.name || '';
  input('weight').value = String(initial.weight || 3);
  input('schedule.kind').value = KINDS.includes(initial.schedule?.kind) ? initial.schedule.kind : 'WEEKDAYS';
  const days = weekdaysOf(initial.schedule?.kind === 'WEEKDAYS' ? initial.schedule.weekdays : 127);
  days.forEach((d) => { form.querySelector(`#weekday-${d}`).checked = true; });
  input('schedule.everyNDays').value = String(initial.schedule?.everyNDays || 1);
  input('schedule.monthDay').value = String(initial.schedule?.monthDay || 1);
  input('dueTime').value = initial.dueTime ? initial.dueTime.slice(0, 5) : '';
  input('minimumRole').value = initial.minimumRole || '';
  input('kind').value = CHORE_KINDS.includes(initial.kind) ? initial.kind : '';
  const chosen = new Set((initial.candidateMemberIds || []).map(String));
  form.querySelectorAll('[name=candidateMemberIds]').forEach((c) => { c.checked = chosen.has(c.value); });
  active.checked = initial.active !== false;

  function showKind() {
    const kind = input('schedule.kind').value;
    weekdaysBlock.classList.toggle('d-none', kind !== 'WEEKDAYS');
    intervalBlock.classList.toggle('d-none', kind !== 'INTERVAL');
    monthlyBlock.classList.toggle('d-none', kind !== 'MONTHLY');
  }
  input('schedule.kind').addEventListener('change', showKind);
  showKind();

  async function remove() {
    if (!await confirmDialog('chores.confirmDelete', { name: initial.name }, 'common.delete')) return;
    try {
      await api(`/api/chores/${encodeURIComponent(params.id)}`, { method: 'DELETE' });
      rosterChanged();
      navigate('#/chores');
    } catch (error) {
      showError(box, error);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    let ok = true;
    if (!data.name) ok = markField(form, 'name', { key: 'error.required' }) && false;
    const kind = data['schedule.kind'];
    const schedule = { kind };
    if (kind === 'WEEKDAYS') {
      schedule.weekdays = [...form.querySelectorAll('[name="schedule.weekdays"]:checked')].reduce((mask, c) => mask | Number(c.value), 0);
      if (!schedule.weekdays) ok = markField(form, 'schedule.weekdays', { key: 'validation.weekdays' }) && false;
    } else if (kind === 'INTERVAL') {
      schedule.everyNDays = numberIn(data['schedule.everyNDays'], 1, 365);
      if (schedule.everyNDays === null) ok = markField(form, 'schedule.everyNDays', { key: 'validation.range', args: { min: 1, max: 365 } }) && false;
    } else {
      schedule.monthDay = numberIn(data['schedule.monthDay'], 1, 31);
      if (schedule.monthDay === null) ok = markField(form, 'schedule.monthDay', { key: 'validation.range', args: { min: 1, max: 31 } }) && false;
    }
    if (!ok) {
      showAlert(box, { key: 'error.fixFields' });
      form.querySelector('.is-invalid')?.focus();
      return;
    }
    const body = {
      name: data.name,
      weight: Number(data.weight),
      schedule,
      dueTime: data.dueTime ? `${data.dueTime.slice(0, 5)}:00` : null,
      candidateMemberIds: [...form.querySelectorAll('[name=candidateMemberIds]:checked')].map((c) => c.value),
      minimumRole: data.minimumRole || null,
      active: active.checked,
      kind: data.kind || '',
    };
    setBusy(submit, true);
    try {
      if (editing) await api(`/api/chores/${encodeURIComponent(params.id)}`, { method: 'PATCH', body });
      else await api('/api/chores', { method: 'POST', body });
      rosterChanged();
      navigate('#/chores');
    } catch (error) {
      setBusy(submit, false);
      showProblem(form, box, error);
    }
  });

  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'chore-form' }, header(editing ? 'chore.titleEdit' : 'chore.titleNew'), form));
}
