// Home after login: today's roster with one-tap completion (and Undo), my tasks, the family's progress,
// fairness per member, what is not started or overdue, the whole period as a table, and "why me?".
// Admins may reassign a task and regenerate the rest of the period. The substitute board (代役): the assignee
// of an open task that is not yet due asks for a substitute, anyone else takes it over with one tap. Re-fetches on focus; polls briefly
// while the roster is still being planned (it arrives over Kafka a few seconds after a change).
import { api } from '../api.js';
import {
  alertBox, avatar, confirmDialog, dialog, el, emptyState, errorText, field, header, hideAlert, infoDialog, markField,
  setBusy, showAlert, showError, spinner, textColourOn, toast,
} from '../dom.js';
import { currentLanguage, serverNow } from '../i18n.js';
import { rosterRecentlyChanged } from '../roster.js';
import { HOUSEHOLD_READY, weatherCard } from './weather-card.js';
import '../i18n/setting-up.js';
import { currentMe, isAdmin, loadHousehold } from '../session.js';

const POLL_MILLIS = 3000;
const MAX_EMPTY_POLLS = 20;
// While rotation-service is still setting the household up (202, code householdSettingUp), ask again after 1 s (its
// Retry-After), then each time half as long again, up to 5 s; about five minutes in all. At rest the roster is there
// at the first poll. Under a burst of new households the waiting families' polls at a steady 1 s were more than half
// of all requests and slowed the very set-up they waited for (bench/results/pipeline-load-2026-12-01-night.md).
const SETTING_UP_FIRST_MILLIS = 1000;
const SETTING_UP_MAX_MILLIS = 5000;
const MAX_SETTING_UP_POLLS = 70;
const REASONS = ['BUSY', 'NOT_CANDIDATE', 'ROLE_TOO_LOW'];
// The rotation's rule strings → words for people; an unknown rule is shown as sent, under the general rule.
const RULES = {
  'only eligible member': 'why.rule.onlyEligible',
  'least loaded': 'why.rule.leastLoaded',
  'tie → fewer times on this chore': 'why.rule.tieVariety',
  'tie → member id': 'why.rule.tieId',
  'nobody eligible and free': 'why.rule.nobody',
};

function number(n) {
  const value = Number(n);
  if (!Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(currentLanguage() === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

function percent(n) {
  const value = Number(n);
  return Number.isFinite(value) ? Math.max(0, Math.min(100, Math.round(value))) : 0;
}

function initials(name) {
  const words = (name || '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  if (words.length > 1 && /^[A-Za-z]/.test(words[0])) return (words[0][0] + words[1][0]).toUpperCase();
  return Array.from(words[0])[0].toUpperCase();
}

function progressBar(labelKey, value, testid, size = '') {
  const p = percent(value);
  const bar = el('div', { class: 'progress-bar bg-success' });
  bar.style.width = `${p}%`;
  return el('div', { class: 'mb-3', testid, dataset: { value: p } },
    labelKey ? el('div', { class: 'd-flex justify-content-between small mb-1' },
      el('span', { class: 'fw-semibold', i18n: labelKey }), el('span', { text: `${p}%`, testid: `${testid}-value` })) : null,
    el('div', { class: `progress ${size}`, role: 'progressbar', 'aria-valuenow': p, 'aria-valuemin': 0, 'aria-valuemax': 100, aria: labelKey || 'dash.colCompletion' }, bar));
}

export async function renderDashboard(root) {
  const me = currentMe();
  const admin = isAdmin();
  const box = alertBox('dashboard-error');
  const dates = el('p', { class: 'text-secondary mb-3', testid: 'dashboard-dates' });
  const content = el('div', { testid: 'dashboard-content' }, spinner());
  const refresh = el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'dashboard-refresh', i18n: 'common.refresh' });
  const regenerate = admin ? el('button', { class: 'btn btn-outline-danger', type: 'button', testid: 'dashboard-regenerate', i18n: 'dash.regenerate' }) : null;
  root.replaceChildren(el('section', { class: 'dashboard', testid: 'dashboard' }, header('dash.title', refresh, regenerate), dates, box, content));
  const weather = weatherCard({ onScheduled: () => reload() });
  content.before(weather);

  let alive = true;
  let timer = null;
  let sequence = 0;
  let emptyPolls = 0;
  let settingUpPolls = 0;
  let lastLoad = 0;
  let data = null;
  let people = new Map(); // memberId → {displayName, avatar, colour} from /api/members

  function person(id) {
    if (!id) return null;
    const key = String(id);
    if (people.has(key)) return people.get(key);
    const stat = (data?.members || []).find((m) => String(m.memberId) === key);
    return stat ? { displayName: stat.name } : null;
  }

  function nameOf(id, fallback) {
    return person(id)?.displayName || fallback || null;
  }

  function schedule() {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    if (!alive) return;
    if (!data && settingUpPolls > 0 && settingUpPolls < MAX_SETTING_UP_POLLS) {
      timer = window.setTimeout(() => load(),
        Math.min(SETTING_UP_MAX_MILLIS, SETTING_UP_FIRST_MILLIS * 1.5 ** (settingUpPolls - 1)));
      return;
    }
    const empty = !data || isEmpty(data);
    if ((empty && emptyPolls < MAX_EMPTY_POLLS) || rosterRecentlyChanged()) {
      if (empty) emptyPolls += 1;
      timer = window.setTimeout(() => load(), POLL_MILLIS);
    }
  }

  async function load() {
    const mine = ++sequence;
    lastLoad = Date.now();
    refresh.disabled = true;
    try {
      // While the household is set up, only the dashboard is asked: the members come with the roster.
      const settingUp = settingUpPolls > 0;
      let [dashboard, members] = await Promise.all([
        api('/api/dashboard'),
        settingUp ? null : api('/api/members').catch(() => null),
      ]);
      if (!alive || mine !== sequence) return;
      if (dashboard?.code === 'householdSettingUp') {
        settingUpPolls += 1;
        paintSettingUp();
        return;
      }
      if (settingUp) members = await api('/api/members').catch(() => null);
      if (!alive || mine !== sequence) return;
      if (Array.isArray(members)) people = new Map(members.map((m) => [String(m.id), m]));
      settingUpPolls = 0;
      if (!data) weather.dispatchEvent(new CustomEvent(HOUSEHOLD_READY));
      data = dashboard || {};
      hideAlert(box);
      paint();
    } catch (error) {
      if (!alive || mine !== sequence) return;
      if (data) {
        showError(box, error);
      } else {
        content.replaceChildren(el('div', { class: 'my-3' },
          el('div', { class: 'alert alert-danger', role: 'alert', testid: 'dashboard-load-error', ...messageProps(error) }),
          el('button', { class: 'btn btn-outline-primary', type: 'button', testid: 'dashboard-retry', i18n: 'common.retry', on: { click: () => reload() } })));
      }
    } finally {
      if (mine === sequence) {
        refresh.disabled = false;
        schedule();
      }
    }
  }

  function reload() {
    emptyPolls = 0;
    return load();
  }

  function messageProps(error) {
    const holder = el('div');
    showError(holder, error);
    return holder.dataset.i18n ? { i18n: holder.dataset.i18n, args: holder.dataset.i18nArgs ? JSON.parse(holder.dataset.i18nArgs) : undefined } : { text: holder.textContent };
  }

  function isEmpty(d) {
    return !(d.todayTasks || []).length && !(d.periodTable || []).length;
  }

  // ---- actions --------------------------------------------------------------------------------------

  async function complete(task, button) {
    setBusy(button, true);
    try {
      await api(`/api/tasks/${encodeURIComponent(task.id)}/completion`, { method: 'PUT' });
      toast({ key: 'task.done', args: { chore: task.choreName } }, { actionKey: 'task.undo', testid: 'toast', onAction: () => undo(task) });
      await load();
    } catch (error) {
      setBusy(button, false);
      showError(box, error);
    }
  }

  async function undo(task, button) {
    if (button) setBusy(button, true);
    try {
      await api(`/api/tasks/${encodeURIComponent(task.id)}/completion`, { method: 'DELETE' });
      toast({ key: 'task.reopened', args: { chore: task.choreName } }, { testid: 'toast-undone', delay: 4000 });
      await load();
    } catch (error) {
      if (button) setBusy(button, false);
      showError(box, error);
    }
  }

  async function reassign(task, select) {
    const memberId = select.value;
    if (!memberId) return;
    select.disabled = true;
    try {
      await api(`/api/tasks/${encodeURIComponent(task.id)}/assignee`, { method: 'POST', body: { memberId } });
      toast({ key: 'task.reassigned', args: { chore: task.choreName, name: nameOf(memberId, '') } }, { testid: 'toast-reassigned', delay: 4000 });
      await load();
    } catch (error) {
      select.disabled = false;
      select.value = '';
      showError(box, error);
    }
  }

  // ---- substitutes (代役) -----------------------------------------------------------------------------

  const NOTE_MAX = 200;

  function openRequests() {
    return Array.isArray(data?.openSubstituteRequests) ? data.openSubstituteRequests : [];
  }

  function isMine(memberId) {
    return Boolean(me?.memberId) && String(me.memberId) === String(memberId);
  }

  function canAskSubstitute(task) {
    if (task.status !== 'OPEN' || !isMine(task.assigneeMemberId)) return false;
    if (task.dueAt && !(new Date(task.dueAt).getTime() > serverNow())) return false;
    return !openRequests().some((r) => String(r.taskId) === String(task.id));
  }

  async function askSubstitute(task) {
    const result = await dialog({
      titleKey: 'sub.askTitle', titleArgs: { chore: task.choreName || '' }, messageKey: 'sub.askLead', okKey: 'sub.askOk',
      fields: [field({ name: 'note', label: 'sub.note', placeholder: 'sub.notePh', help: 'sub.noteHelp', attrs: { maxlength: NOTE_MAX } })],
      validate: (form, values) => {
        if ((values.note || '').length <= NOTE_MAX) return true;
        markField(form, 'note', { key: 'sub.noteTooLong' });
        return false;
      },
      submit: (values) => api(`/api/tasks/${encodeURIComponent(task.id)}/substitute-requests`, {
        method: 'POST', body: { note: values.note ? values.note : null },
      }),
    });
    if (result === null) return;
    toast({ key: 'sub.asked', args: { chore: task.choreName || '' } }, { testid: 'toast-substitute-asked', delay: 4000 });
    await load();
  }

  async function acceptRequest(request, button) {
    setBusy(button, true);
    try {
      await api(`/api/substitute-requests/${encodeURIComponent(request.id)}/accept`, { method: 'POST' });
      toast({ key: 'sub.accepted', args: { chore: request.choreName || '' } }, { testid: 'toast-substitute-accepted', delay: 4000 });
    } catch (error) {
      if (error?.status !== 409) {
        setBusy(button, false);
        showError(box, error);
        return;
      }
      toast(errorText(error), { testid: 'toast-substitute-conflict', delay: 6000 });
    }
    await reload();
  }

  async function withdrawRequest(request, button) {
    if (!await confirmDialog('sub.confirmWithdraw', { chore: request.choreName || '' })) return;
    setBusy(button, true);
    try {
      await api(`/api/substitute-requests/${encodeURIComponent(request.id)}`, { method: 'DELETE' });
      toast({ key: 'sub.withdrawn', args: { chore: request.choreName || '' } }, { testid: 'toast-substitute-withdrawn', delay: 4000 });
    } catch (error) {
      if (error?.status !== 409) {
        setBusy(button, false);
        showError(box, error);
        return;
      }
      toast(errorText(error), { testid: 'toast-substitute-conflict', delay: 6000 });
    }
    await reload();
  }

  function substituteRow(r) {
    const mine = isMine(r.requesterMemberId);
    const requester = nameOf(r.requesterMemberId, r.requesterName);
    const p = person(r.requesterMemberId);
    const action = mine
      ? el('button', { class: 'btn btn-sm btn-outline-secondary', type: 'button', testid: 'substitute-withdraw', i18n: 'sub.withdraw' })
      : el('button', { class: 'btn btn-sm btn-primary', type: 'button', testid: 'substitute-accept', i18n: 'sub.accept' });
    action.addEventListener('click', () => (mine ? withdrawRequest(r, action) : acceptRequest(r, action)));
    return el('li', {
      class: 'list-group-item', testid: 'substitute-request',
      dataset: { requestId: r.id, taskId: r.taskId || '', requesterId: r.requesterMemberId || '' },
    },
    el('div', { class: 'd-flex flex-wrap align-items-center gap-2' },
      avatar(p?.avatar, p?.colour, 'avatar-sm'),
      el('div', { class: 'flex-grow-1' },
        el('div', { class: 'fw-semibold', text: r.choreName || '', testid: 'substitute-chore' }),
        el('div', { class: 'small text-secondary d-flex flex-wrap gap-2' },
          r.date ? el('span', { day: r.date, dataset: { dayStyle: 'short' }, testid: 'substitute-date' }) : null,
          requester ? el('span', { i18n: 'sub.requestedBy', args: { name: requester }, testid: 'substitute-requester' })
            : el('span', { i18n: 'sub.formerMember', testid: 'substitute-requester' }),
          mine ? el('span', { class: 'badge text-bg-light border', i18n: 'sub.mine' }) : null),
        r.note ? el('div', { class: 'small fst-italic text-break', text: r.note, testid: 'substitute-note' }) : null),
      action));
  }

  function substituteBoard() {
    const requests = openRequests();
    return requests.length
      ? el('ul', { class: 'list-group list-group-flush', testid: 'substitute-list' }, requests.map(substituteRow))
      : emptyState('sub.boardEmpty', 'substitute-board-empty');
  }

  function explain(task) {
    const body = infoDialog({ titleKey: 'why.title', titleArgs: { chore: task.choreName }, testid: 'why-dialog' }, spinner());
    api(`/api/tasks/${encodeURIComponent(task.id)}/explanation`)
      .then((why) => body.replaceChildren(...explanationNodes(task, why || {}).filter(Boolean)))
      .catch((error) => {
        const alert = el('div', { role: 'alert', testid: 'why-error' });
        showError(alert, error);
        body.replaceChildren(alert);
      });
  }

  function explanationNodes(task, why) {
    const nodes = [el('p', { class: 'fw-semibold', testid: 'why-assignee', i18n: 'why.assignee',
      args: { name: nameOf(task.assigneeMemberId, task.assigneeName) || { key: 'dash.unassigned' } } })];
    const pinned = why.rule === 'pinned by an admin' || (task.pinned && !why.loadBefore);
    const before = why.loadBefore && typeof why.loadBefore === 'object' ? Object.entries(why.loadBefore) : [];
    const skipped = Array.isArray(why.skipped) ? why.skipped : [];
    if (!why.rule && !before.length && !skipped.length && why.loadAfter === undefined) {
      nodes.push(emptyState('why.empty', 'why-empty'));
      return nodes;
    }
    const known = RULES[why.rule];
    nodes.push(el('h3', { class: 'h6 mt-3', i18n: 'why.rule' }),
      el('p', { class: 'mb-1', testid: 'why-rule', dataset: { rule: why.rule || '' }, i18n: pinned ? 'why.rulePinned' : known || 'why.ruleFair' }),
      known ? el('p', { class: 'small text-secondary', i18n: 'why.ruleFair' }) : null,
      why.rule && !pinned && !known ? el('p', { class: 'small text-secondary font-monospace', text: why.rule, testid: 'why-rule-raw' }) : null);
    if (before.length) {
      nodes.push(el('h3', { class: 'h6 mt-3', i18n: 'why.loadBefore' }),
        el('table', { class: 'table table-sm mb-2', testid: 'why-load-before' }, el('tbody', {}, before
          .sort((a, b) => Number(a[1]) - Number(b[1]))
          .map(([id, load]) => el('tr', { class: String(id) === String(task.assigneeMemberId) ? 'table-success' : '', testid: 'why-load-row', dataset: { memberId: id } },
            el('td', {}, nameOf(id) ? el('span', { text: nameOf(id) }) : el('span', { i18n: 'why.formerMember' })),
            el('td', { class: 'text-end', text: number(load) }))))));
    }
    if (why.loadAfter !== undefined && why.loadAfter !== null) {
      nodes.push(el('p', { testid: 'why-load-after', i18n: 'why.loadAfter',
        args: { name: nameOf(task.assigneeMemberId, task.assigneeName) || '', n: number(why.loadAfter) } }));
    }
    if (!pinned || skipped.length) {
      nodes.push(el('h3', { class: 'h6 mt-3', i18n: 'why.skipped' }), skipped.length
        ? el('ul', { class: 'list-unstyled mb-0', testid: 'why-skipped' }, skipped.map((s) => el('li', { testid: 'why-skipped-row', dataset: { reason: s.reason || '' } },
          nameOf(s.memberId) ? el('span', { text: nameOf(s.memberId) }) : el('span', { i18n: 'why.formerMember' }),
          ' ',
          REASONS.includes(s.reason) ? el('span', { class: 'badge text-bg-secondary', i18n: `why.reason.${s.reason}` })
            : el('span', { class: 'badge text-bg-secondary', text: s.reason || '' }))))
        : el('p', { class: 'text-secondary', i18n: 'why.noneSkipped' }));
    }
    return nodes;
  }

  refresh.addEventListener('click', () => reload());
  regenerate?.addEventListener('click', async () => {
    if (!await confirmDialog('dash.confirmRegenerate', undefined, 'dash.regenerateOk')) return;
    setBusy(regenerate, true);
    try {
      const result = await api('/api/rotation/regenerate', { method: 'POST' });
      toast({ key: 'dash.regenerated', args: { n: result?.changed ?? 0 } }, { testid: 'toast-regenerated', delay: 4000 });
      await reload();
    } catch (error) {
      showError(box, error);
    } finally {
      setBusy(regenerate, false);
    }
  });

  // ---- painting -------------------------------------------------------------------------------------

  function assigneeAvatar(task, size = 'avatar-sm') {
    const p = person(task.assigneeMemberId);
    return avatar(p?.avatar, p?.colour, size);
  }

  function canComplete(task) {
    return admin || (me?.memberId && String(me.memberId) === String(task.assigneeMemberId));
  }

  function taskRow(task, { showDate = false, actions = true } = {}) {
    const done = task.status === 'DONE';
    const buttons = [];
    if (actions && canComplete(task)) {
      const toggle = el('button', {
        class: `btn ${done ? 'btn-outline-secondary' : 'btn-success'} task-toggle`, type: 'button',
        testid: done ? 'task-undo' : 'task-complete', i18n: done ? 'task.undo' : 'task.complete',
      });
      toggle.addEventListener('click', () => (done ? undo(task, toggle) : complete(task, toggle)));
      buttons.push(toggle);
    }
    if (actions && canAskSubstitute(task)) {
      buttons.push(el('button', { class: 'btn btn-outline-warning', type: 'button', testid: 'task-ask-substitute', i18n: 'sub.ask', on: { click: () => askSubstitute(task) } }));
    }
    if (actions) {
      const mineTask = me?.memberId && String(me.memberId) === String(task.assigneeMemberId);
      buttons.push(el('button', { class: 'btn btn-outline-info', type: 'button', testid: 'task-why', i18n: mineTask ? 'task.why' : 'task.whyOther', on: { click: () => explain(task) } }));
    }
    const others = [...people.values()].filter((m) => String(m.id) !== String(task.assigneeMemberId));
    if (actions && admin && !done && others.length) {
      const select = el('select', { class: 'form-select form-select-sm task-reassign', testid: 'task-reassign', aria: 'task.reassign' },
        el('option', { value: '', i18n: 'task.reassign' }),
        others.map((m) => el('option', { value: m.id, text: m.displayName })));
      select.addEventListener('change', () => reassign(task, select));
      buttons.push(select);
    }
    return el('li', {
      class: `list-group-item task ${done ? 'task-done' : ''}`, testid: 'task',
      dataset: { taskId: task.id, choreName: task.choreName || '', assigneeId: task.assigneeMemberId || '', status: task.status || '' },
    },
    el('div', { class: 'd-flex flex-wrap align-items-center gap-2' },
      assigneeAvatar(task),
      el('div', { class: 'flex-grow-1 task-main' },
        el('div', { class: 'fw-semibold task-name', text: task.choreName || '', testid: 'task-chore' }),
        el('div', { class: 'small text-secondary d-flex flex-wrap gap-2' },
          task.assigneeMemberId ? el('span', { text: nameOf(task.assigneeMemberId, task.assigneeName), testid: 'task-assignee' })
            : el('span', { i18n: 'dash.unassigned', testid: 'task-assignee' }),
          showDate && task.date ? el('span', { day: task.date, dataset: { dayStyle: 'short' } }) : null,
          task.dueAt ? el('span', { i18n: 'task.due', args: { time: { clock: task.dueAt } } }) : null)),
      el('div', { class: 'd-flex flex-wrap gap-1 align-items-center' },
        el('span', { class: `badge ${done ? 'text-bg-success' : 'text-bg-light border'}`, i18n: `task.status.${done ? 'DONE' : 'OPEN'}`, testid: 'task-status' }),
        task.overdue && !done ? el('span', { class: 'badge text-bg-danger', i18n: 'task.overdue' }) : null,
        task.pinned ? el('span', { class: 'badge text-bg-warning', i18n: 'task.pinned' }) : null)),
    buttons.length ? el('div', { class: 'd-flex flex-wrap gap-2 mt-2 task-actions' }, buttons) : null);
  }

  function taskList(tasks, testid, emptyKey, options) {
    return tasks.length
      ? el('ul', { class: 'list-group list-group-flush', testid }, tasks.map((t) => taskRow(t, options)))
      : el('div', { testid }, emptyState(emptyKey, `${testid}-empty`));
  }

  function card(titleKey, testid, ...body) {
    return el('div', { class: 'card mb-4 shadow-sm', testid },
      el('div', { class: 'card-header bg-white' }, el('h2', { class: 'h6 mb-0 fw-bold', i18n: titleKey })),
      el('div', { class: 'card-body' }, body));
  }

  function membersTable(members) {
    return el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle mb-0 table-stack', testid: 'member-stats' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', i18n: 'dash.colMember' }), el('th', { scope: 'col', i18n: 'dash.colDone' }),
        el('th', { scope: 'col', i18n: 'dash.colCompletion' }), el('th', { scope: 'col', i18n: 'dash.colWeight' }),
        el('th', { scope: 'col', i18n: 'dash.colBalance' }))),
      el('tbody', {}, members.map((m) => {
        const balance = Number(m.ledgerBalance) || 0;
        const rounded = Math.round(balance * 10) / 10;
        let balanceNode;
        if (rounded > 0) balanceNode = el('span', { class: 'badge text-bg-warning text-wrap', i18n: 'dash.balanceMore', args: { n: number(rounded) } });
        else if (rounded < 0) balanceNode = el('span', { class: 'badge text-bg-info text-wrap', i18n: 'dash.balanceLess', args: { n: number(-rounded) } });
        else balanceNode = el('span', { class: 'badge text-bg-light border text-wrap', i18n: 'dash.balanceEven' });
        const p = person(m.memberId);
        return el('tr', { testid: 'member-stat', dataset: { memberId: m.memberId, balance: String(balance) } },
          el('td', { class: 'fw-semibold' }, el('span', { class: 'd-inline-flex align-items-center gap-2' }, avatar(p?.avatar, p?.colour, 'avatar-sm'), el('span', { text: m.name || p?.displayName || '' }))),
          el('td', { text: `${m.doneThisPeriod ?? 0} / ${m.tasksThisPeriod ?? 0}` }),
          el('td', { class: 'member-completion' }, progressBar(null, m.completionPercent, 'member-completion'), el('span', { class: 'small', text: `${percent(m.completionPercent)}%` })),
          el('td', { text: number(m.weightThisPeriod) }),
          el('td', {}, balanceNode));
      }))));
  }

  function periodTable(d) {
    const days = d.periodDays || [];
    const rows = d.periodTable || [];
    if (!days.length || !rows.length) return emptyState('dash.todayEmpty', 'period-empty');
    return el('div', { class: 'table-responsive period-scroll', testid: 'period-scroll' },
      el('table', { class: 'table table-sm table-bordered align-middle mb-0 period-table', testid: 'period-table' },
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', class: 'period-chore', i18n: 'dash.colChore' }),
          days.map((day) => el('th', {
            scope: 'col', class: day === d.today ? 'period-today' : '', 'aria-current': day === d.today ? 'date' : null, day, dataset: { dayStyle: 'short' },
          })))),
        el('tbody', {}, rows.map((row) => el('tr', { testid: 'period-row', dataset: { choreId: row.choreId, choreName: row.choreName || '' } },
          el('th', { scope: 'row', class: 'period-chore', text: row.choreName || '' }),
          days.map((day) => el('td', { class: day === d.today ? 'period-today' : '', dataset: { cellDay: day } },
            (row.cells || []).filter((t) => t && t.date === day).map((t) => {
              const p = person(t.assigneeMemberId);
              const name = nameOf(t.assigneeMemberId, t.assigneeName);
              const chip = el('span', { class: `initials ${t.status === 'DONE' ? 'done' : ''}`, testid: 'period-cell', dataset: { taskId: t.id, assigneeId: t.assigneeMemberId || '' } },
                name ? initials(name) : '–',
                el('span', { class: 'visually-hidden' }, name ? ` ${name} ` : el('span', { i18n: 'dash.unassigned' }), el('span', { i18n: `task.status.${t.status === 'DONE' ? 'DONE' : 'OPEN'}` })));
              if (name) chip.setAttribute('title', name);
              if (p?.colour && /^#[0-9a-fA-F]{6}$/.test(p.colour)) {
                chip.style.backgroundColor = p.colour;
                chip.style.color = textColourOn(p.colour);
              }
              return chip;
            }))))))));
  }

  function paintSettingUp() {
    content.replaceChildren(el('div', { class: 'text-center my-5', testid: 'dashboard-setting-up', role: 'status' },
      el('p', { class: 'lead', i18n: 'dash.settingUp' }),
      el('p', { class: 'text-secondary', i18n: 'dash.settingUpHint' }),
      el('div', { class: 'd-flex justify-content-center' }, spinner())));
  }

  function paint() {
    const d = data;
    dates.replaceChildren(d.today ? el('span', { i18n: 'dash.todayLine', args: { date: { day: d.today }, from: { day: d.periodStart }, to: { day: d.periodEnd } } }) : '');
    if (isEmpty(d)) {
      content.replaceChildren(el('div', { class: 'text-center my-5', testid: 'dashboard-empty' },
        el('p', { class: 'lead text-secondary', i18n: 'dash.preparing' }),
        emptyPolls < MAX_EMPTY_POLLS ? el('div', { class: 'd-flex justify-content-center' }, spinner()) : null,
        el('button', { class: 'btn btn-primary', type: 'button', testid: 'dashboard-retry', i18n: 'common.retry', on: { click: () => reload() } })));
      return;
    }
    const today = d.todayTasks || [];
    content.replaceChildren(
      el('div', { class: 'row g-4' },
        el('div', { class: 'col-lg-7' },
          card('dash.myTasks', 'my-tasks-card', taskList(d.myTasksToday || [], 'my-tasks', 'dash.myTasksEmpty')),
          card('sub.board', 'substitute-board', substituteBoard()),
          card('dash.todayRoster', 'today-card', taskList(today, 'today-tasks', 'dash.todayEmpty'))),
        el('div', { class: 'col-lg-5' },
          card('dash.progress', 'progress-card',
            progressBar('dash.completionToday', d.completionTodayPercent, 'completion-today', 'progress-lg'),
            progressBar('dash.completionPeriod', d.completionPeriodPercent, 'completion-period', 'progress-lg')),
          card('dash.overdue', 'overdue-card', taskList(d.overdue || [], 'overdue', 'dash.overdueEmpty', { showDate: true, actions: true })),
          card('dash.notStarted', 'not-started-card', taskList(d.notStarted || [], 'not-started', 'dash.notStartedEmpty', { showDate: true, actions: false })))),
      card('dash.members', 'members-card', membersTable(d.members || [])),
      card('dash.periodTable', 'period-card', periodTable(d)));
  }

  // ---- lifecycle ------------------------------------------------------------------------------------

  const onFocus = () => {
    if (Date.now() - lastLoad > 1500) load();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') onFocus();
  };
  window.addEventListener('focus', onFocus);
  document.addEventListener('visibilitychange', onVisible);

  await loadHousehold();
  await load();
  return () => {
    alive = false;
    if (timer !== null) window.clearTimeout(timer);
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
