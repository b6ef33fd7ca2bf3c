// The appliance and facility ledger: what is coming up (with "done"), then every piece of equipment with its age,
// next due date and maintenance tasks; add equipment, add a task, mark done.
import { api } from '../api.js';
import {
  alertBox, confirmDialog, dialog, el, emptyState, field, header, hideAlert, showAlert, showError, spinner, toast,
} from '../dom.js';
import { t, todayIso } from '../i18n.js';
import * as session from '../session.js';
import '../i18n/inventory.js';

function num(value) {
  if (value === undefined || value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

function equipmentFields(e) {
  const x = e || {};
  return [
    field({
      name: 'kind', label: 'equip.kind', value: x.kind || 'APPLIANCE',
      options: ['APPLIANCE', 'FACILITY'].map((k) => ({ value: k, i18n: `equip.kind.${k}` })), attrs: { 'data-testid': 'equip-form-kind' },
    }),
    field({ name: 'name', label: 'equip.name', placeholder: 'equip.namePh', required: true, value: x.name, attrs: { maxlength: 100, 'data-testid': 'equip-form-name' } }),
    field({ name: 'location', label: 'equip.location', placeholder: 'equip.locationPh', value: x.location, attrs: { maxlength: 100, 'data-testid': 'equip-form-location' } }),
    field({ name: 'installedOn', label: 'equip.installedOn', type: 'date', value: x.installedOn, attrs: { max: todayIso(), 'data-testid': 'equip-form-installed' } }),
  ];
}

function taskFields(task) {
  const x = task || {};
  return [
    field({ name: 'name', label: 'equip.taskName', placeholder: 'equip.taskNamePh', required: true, value: x.name, attrs: { maxlength: 100, 'data-testid': 'task-form-name' } }),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-6' }, field({ name: 'interval', label: 'equip.interval', type: 'number', required: true, value: x.intervalDays ?? x.intervalMonths ?? 3, attrs: { min: 1, step: 1, inputmode: 'numeric', 'data-testid': 'task-form-interval' } })),
      el('div', { class: 'col-6' }, field({
        name: 'intervalUnit', label: 'equip.intervalUnit', value: x.intervalDays ? 'days' : 'months',
        options: [{ value: 'months', i18n: 'equip.unit.months' }, { value: 'days', i18n: 'equip.unit.days' }], attrs: { 'data-testid': 'task-form-unit' },
      }))),
    task ? null : field({ name: 'lastDone', label: 'equip.lastDone', type: 'date', attrs: { max: todayIso(), 'data-testid': 'task-form-last-done' } }),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-6' }, field({ name: 'leadDays', label: 'equip.leadDays', type: 'number', value: x.leadDays ?? 30, attrs: { min: 0, max: 365, step: 1, inputmode: 'numeric', 'data-testid': 'task-form-lead' } })),
      el('div', { class: 'col-6' }, field({ name: 'weight', label: 'equip.weight', type: 'number', value: x.weight ?? 2, attrs: { min: 1, max: 5, step: 1, inputmode: 'numeric', 'data-testid': 'task-form-weight' } }))),
  ];
}

function taskBody(data, version) {
  const n = num(data.interval);
  return {
    name: data.name, intervalDays: data.intervalUnit === 'days' ? n : null, intervalMonths: data.intervalUnit === 'days' ? null : n,
    lastDone: data.lastDone || null, leadDays: num(data.leadDays), weight: num(data.weight), version,
  };
}

/** The server names intervalDays / intervalMonths; the form has one "interval" input. */
function intervalErrors(error) {
  error?.problem?.errors?.forEach((x) => { if (x.field === 'intervalDays' || x.field === 'intervalMonths') x.field = 'interval'; });
  if (error?.status === 409 && error.problem?.code === 'editedMeanwhile') {
    // eslint-disable-next-line no-param-reassign
    error.problem.detail = t('equip.editedMeanwhile');
  }
  return error;
}

export async function renderEquipment(root) {
  const box = alertBox('equip-error');
  const upcoming = el('div', { testid: 'equip-upcoming' });
  const content = el('div', { testid: 'equip-content' }, spinner());
  const add = el('button', { class: 'btn btn-primary', type: 'button', testid: 'equip-add', i18n: 'equip.add' });
  const refresh = el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'equip-refresh', i18n: 'equip.refresh' });
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'equipment' }, header('equip.title', refresh, add), box,
    el('h2', { class: 'h6 text-secondary', i18n: 'equip.upcomingTitle' }), upcoming, content));

  let alive = true;
  const child = session.currentMe()?.role === 'CHILD';

  async function markDone(task, button) {
    hideAlert(box);
    if (button) button.disabled = true;
    try {
      const updated = await api(`/api/maintenance/${encodeURIComponent(task.id)}/done`, { method: 'POST' });
      toast({ key: 'equip.doneToast', args: { name: updated.name, day: { day: updated.nextDue } } }, { testid: 'equip-toast', delay: 5000 });
      await load();
    } catch (error) {
      if (button) button.disabled = false;
      showError(box, error);
    }
  }

  function interval(task) {
    return task.intervalDays ? el('span', { i18n: 'equip.everyDays', args: { n: task.intervalDays } })
      : el('span', { i18n: 'equip.everyMonths', args: { n: task.intervalMonths } });
  }

  function taskRow(task, { showEquipment = false } = {}) {
    return el('li', {
      class: `list-group-item${task.overdue ? ' list-group-item-danger' : task.upcoming ? ' list-group-item-warning' : ''}`,
      testid: showEquipment ? 'equip-upcoming-task' : 'equip-task', dataset: { taskId: task.id, upcoming: String(task.upcoming), overdue: String(task.overdue) },
    },
    el('div', { class: 'd-flex flex-wrap align-items-center justify-content-between gap-2' },
      el('div', { class: 'flex-grow-1' },
        el('div', { class: 'fw-semibold' },
          showEquipment ? el('span', { text: `${task.equipmentName} · ` }) : null,
          el('span', { text: task.name, testid: 'equip-task-name' })),
        el('div', { class: 'small d-flex flex-wrap gap-2' },
          el('span', { i18n: 'equip.dueOn', args: { day: { day: task.nextDue } }, testid: 'equip-task-next-due', dataset: { due: task.nextDue } }),
          interval(task),
          task.lastDone ? el('span', { class: 'text-secondary', i18n: 'equip.lastDoneOn', args: { day: { day: task.lastDone } } })
            : el('span', { class: 'text-secondary', i18n: 'equip.neverDone' }),
          task.overdue ? el('span', { class: 'badge text-bg-danger', i18n: 'equip.overdue' })
            : task.upcoming ? el('span', { class: 'badge text-bg-warning', i18n: 'equip.upcoming' }) : null,
          task.dueNotified ? el('span', { class: 'badge text-bg-info', i18n: 'equip.inRoster' }) : null)),
      el('div', { class: 'd-flex gap-2' },
        el('button', {
          class: 'btn btn-success btn-lg', type: 'button', testid: 'equip-task-done', i18n: 'equip.markDone',
          aria: 'equip.markDoneAria', args: { name: task.name }, on: { click: (ev) => markDone(task, ev.currentTarget) },
        }),
        !showEquipment && !child ? el('button', {
          class: 'btn btn-outline-secondary', type: 'button', testid: 'equip-task-edit', i18n: 'equip.editTask',
          on: { click: () => editTask(task) },
        }) : null,
        !showEquipment && session.isAdmin() ? el('button', {
          class: 'btn btn-outline-danger', type: 'button', testid: 'equip-task-delete', i18n: 'equip.deleteTask',
          on: {
            click: async () => {
              if (!(await confirmDialog('equip.confirmDeleteTask', { name: task.name }, 'equip.deleteTask'))) return;
              try {
                await api(`/api/maintenance/${encodeURIComponent(task.id)}`, { method: 'DELETE' });
                await load();
              } catch (error) { showError(box, error); }
            },
          },
        }) : null)));
  }

  async function addTask(e) {
    await dialog({
      titleKey: 'equip.taskTitle', titleArgs: { name: e.name }, okKey: 'common.save', fields: taskFields(),
      submit: async (data) => {
        try {
          await api(`/api/equipment/${encodeURIComponent(e.id)}/maintenance`, { method: 'POST', body: taskBody(data) });
        } catch (error) {
          throw intervalErrors(error);
        }
        await load();
      },
    });
  }

  async function editTask(task) {
    await dialog({
      titleKey: 'equip.taskEditTitle', titleArgs: { name: task.name }, okKey: 'common.save', fields: taskFields(task),
      submit: async (data) => {
        try {
          await api(`/api/maintenance/${encodeURIComponent(task.id)}`, { method: 'PATCH', body: taskBody(data, task.version) });
        } catch (error) {
          if (error?.status === 409) await load();
          throw intervalErrors(error);
        }
        await load();
      },
    });
  }

  async function editEquipment(e) {
    await dialog({
      titleKey: e ? 'equip.editTitle' : 'equip.addTitle', titleArgs: e ? { name: e.name } : undefined, okKey: 'common.save',
      fields: equipmentFields(e),
      submit: async (data) => {
        const body = { kind: data.kind, name: data.name, location: data.location || null, installedOn: data.installedOn || null };
        if (e) await api(`/api/equipment/${encodeURIComponent(e.id)}`, { method: 'PATCH', body: { ...body, version: e.version } });
        else await api('/api/equipment', { method: 'POST', body });
        await load();
      },
    });
  }

  async function removeEquipment(e) {
    if (!(await confirmDialog('equip.confirmDelete', { name: e.name }, 'equip.delete'))) return;
    try {
      await api(`/api/equipment/${encodeURIComponent(e.id)}`, { method: 'DELETE' });
      showAlert(box, { key: 'equip.deleted', args: { name: e.name } }, 'success');
      await load();
    } catch (error) {
      showError(box, error);
    }
  }

  function card(e) {
    return el('div', { class: 'card mb-3', testid: 'equip-item', dataset: { equipmentId: e.id, name: e.name } },
      el('div', { class: 'card-body' },
        el('div', { class: 'd-flex flex-wrap justify-content-between align-items-start gap-2' },
          el('div', {},
            el('h2', { class: 'h5 mb-1', text: e.name, testid: 'equip-name' }),
            el('div', { class: 'small text-secondary d-flex flex-wrap gap-2' },
              el('span', { class: 'badge text-bg-light border', i18n: `equip.kind.${e.kind}` }),
              e.location ? el('span', { text: e.location }) : null,
              e.ageMonths !== null && e.ageMonths !== undefined
                ? el('span', { i18n: 'equip.age', args: { months: e.ageMonths }, testid: 'equip-age', dataset: { months: String(e.ageMonths) } })
                : el('span', { i18n: 'equip.ageUnknown', testid: 'equip-age' }),
              e.nextDue ? el('span', { i18n: 'equip.nextDue', args: { day: { day: e.nextDue } }, testid: 'equip-next-due', dataset: { due: e.nextDue } }) : null)),
          el('div', { class: 'd-flex flex-wrap gap-2' },
            child ? null : el('button', { class: 'btn btn-outline-primary', type: 'button', testid: 'equip-add-task', i18n: 'equip.addTask', on: { click: () => addTask(e) } }),
            child ? null : el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'equip-edit', i18n: 'equip.edit', on: { click: () => editEquipment(e) } }),
            session.isAdmin() ? el('button', { class: 'btn btn-outline-danger', type: 'button', testid: 'equip-delete', i18n: 'equip.delete', on: { click: () => removeEquipment(e) } }) : null)),
        e.maintenance.length
          ? el('ul', { class: 'list-group mt-3', testid: 'equip-tasks' }, e.maintenance.map((task) => taskRow(task)))
          : emptyState('equip.noTasks', 'equip-no-tasks')));
  }

  async function load() {
    refresh.disabled = true;
    try {
      const [list, soon] = await Promise.all([api('/api/equipment'), api('/api/maintenance?due=upcoming')]);
      if (!alive) return;
      upcoming.replaceChildren(soon.length
        ? el('ul', { class: 'list-group mb-4', testid: 'equip-upcoming-list' }, soon.map((task) => taskRow(task, { showEquipment: true })))
        : emptyState('equip.upcomingEmpty', 'equip-upcoming-empty'));
      content.replaceChildren(list.length ? el('div', { testid: 'equip-list' }, list.map(card)) : emptyState('equip.empty', 'equip-empty'));
    } catch (error) {
      showError(box, error);
      if (content.querySelector('[data-testid="loading"]')) content.replaceChildren();
    } finally {
      refresh.disabled = false;
    }
  }

  add.classList.toggle('d-none', child);
  add.addEventListener('click', () => editEquipment(null));
  refresh.addEventListener('click', () => { hideAlert(box); load(); });
  await load();
  return () => { alive = false; };
}
