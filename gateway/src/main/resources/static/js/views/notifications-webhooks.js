// Household webhooks (admins): add, send a test, new secret, delete; and the delivery log of every channel.
import { api } from '../api.js';
import {
  alertBox, confirmDialog, el, emptyState, field, header, infoDialog, setBusy, showAlert, showError, showProblem, spinner,
} from '../dom.js';
import '../i18n/notifications.js';

const KINDS = ['TASK_ASSIGNED', 'TASK_REASSIGNED', 'TASK_OVERDUE', 'REMINDER_EVENING', 'REMINDER_MORNING', 'ROSTER_PUBLISHED',
  'SUBSTITUTE_REQUESTED', 'SUBSTITUTE_ACCEPTED', 'SUBSTITUTE_CLOSED', 'STOCK_LOW', 'MAINTENANCE_DUE',
  'SHOPPING_APPROVAL_REQUESTED', 'SHOPPING_APPROVED', 'SHOPPING_REJECTED', 'WEATHER', 'DAILY_DIGEST', 'OVERDUE_DIGEST'];

// When the household's daily digests go out (the admins' overdue list, members' digests), in the household's zone.
// Until notification-service has heard of the household (HouseholdCreated not yet applied) it answers 404: the form
// says so and asks again, a little later each time, and offers a button once it stops trying on its own.
const DIGEST_RETRIES = 6;

function digestTimeForm(box) {
  const status = el('div', { class: 'w-100 small d-none', role: 'status', testid: 'digest-time-status' });
  const form = el('form', { novalidate: true, class: 'card card-body mb-4 d-flex flex-row flex-wrap align-items-end gap-2', testid: 'digest-time-form' },
    el('div', { class: 'flex-grow-1' }, field({ name: 'digestTime', label: 'notif.digestTime', type: 'time', help: 'notif.digestTimeHelp', attrs: { 'data-testid': 'digest-time' } })),
    el('div', { class: 'mb-3' }, el('button', { class: 'btn btn-outline-primary', type: 'submit', testid: 'digest-time-save', i18n: 'common.save' })),
    status);
  const input = form.querySelector('[name=digestTime]');
  const save = form.querySelector('[type=submit]');
  let attempts = 0;

  function tell(key, retry) {
    status.className = `w-100 small ${retry ? 'text-danger' : 'text-secondary'}`;
    status.replaceChildren(el('span', { i18n: key }), retry ? el('button', {
      class: 'btn btn-link btn-sm p-0 ms-2 align-baseline', type: 'button', testid: 'digest-time-retry', i18n: 'common.retry',
      on: { click: () => { attempts = 0; load(); } },
    }) : null);
  }

  async function load() {
    save.disabled = true;
    try {
      const h = await api('/api/notifications/household');
      input.value = String(h.digestTime || '').slice(0, 5);
      status.className = 'w-100 small d-none';
      status.replaceChildren();
      save.disabled = false;
    } catch (error) {
      if (error?.status === 404 && attempts < DIGEST_RETRIES) {
        attempts += 1;
        tell('notif.digestTimePending', false);
        // 1, 2, 4, 8, 15, 15 s: about 45 s in all, and only while the page is still shown.
        setTimeout(() => { if (form.isConnected) load(); }, Math.min(1000 * 2 ** (attempts - 1), 15000));
      } else {
        tell(error?.status === 404 ? 'notif.digestTimeNotYet' : 'notif.digestTimeUnavailable', true);
      }
    }
  }

  load();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setBusy(save, true);
    try {
      await api('/api/notifications/household', { method: 'PUT', body: { digestTime: input.value || null } });
      showAlert(box, { key: 'notif.digestTimeSaved' }, 'success');
    } catch (error) {
      showProblem(form, box, error);
    } finally {
      setBusy(save, false);
    }
  });
  return form;
}

function showSecret(secret) {
  return infoDialog({ titleKey: 'notif.webhooksTitle', testid: 'webhook-secret-dialog' },
    el('p', { i18n: 'notif.webhookSecret' }),
    el('code', { class: 'd-block user-select-all text-break p-2 bg-body-tertiary', text: secret, testid: 'webhook-secret' }));
}

export async function renderNotificationWebhooks(root) {
  const box = alertBox('webhooks-error');
  const list = el('div', { testid: 'webhooks-content' }, spinner());
  const log = el('div', { testid: 'deliveries-content' }, spinner());
  const form = el('form', { novalidate: true, class: 'card card-body mb-4', testid: 'webhook-form' },
    field({ name: 'url', label: 'notif.webhookUrl', type: 'url', required: true, placeholder: 'notif.webhookUrlPh', attrs: { 'data-testid': 'webhook-url', maxlength: 2000 } }),
    field({
      name: 'format', label: 'notif.webhookFormat', attrs: { 'data-testid': 'webhook-format' },
      options: [{ value: 'slack', i18n: 'notif.format.slack' }, { value: 'signed-json', i18n: 'notif.format.signed-json' }],
    }),
    el('fieldset', { class: 'mb-3' }, el('legend', { class: 'form-label fs-6', i18n: 'notif.webhookKinds' }),
      el('div', { class: 'd-flex flex-wrap gap-3' }, KINDS.map((k) => el('div', { class: 'form-check' },
        el('input', { class: 'form-check-input', type: 'checkbox', id: `wk-${k}`, name: `kind:${k}`, testid: `webhook-kind-${k}` }),
        el('label', { class: 'form-check-label', for: `wk-${k}`, i18n: `notif.kind.${k}` })))),
      el('div', { class: 'invalid-feedback d-block', dataset: { errorFor: 'kinds' } })),
    el('div', {}, el('button', { class: 'btn btn-primary', type: 'submit', testid: 'webhook-add', i18n: 'notif.webhookAdd' })));

  root.replaceChildren(el('section', { class: 'mx-auto', testid: 'webhooks' },
    header('notif.webhooksTitle'), box, digestTimeForm(box), form, list,
    el('h2', { class: 'h5 mt-4', i18n: 'notif.deliveriesTitle' }), log));

  function row(w) {
    const test = el('button', { class: 'btn btn-sm btn-outline-primary', type: 'button', testid: 'webhook-test', i18n: 'notif.webhookTest' });
    const rotate = el('button', { class: 'btn btn-sm btn-outline-secondary', type: 'button', testid: 'webhook-rotate', i18n: 'notif.webhookRotate' });
    const remove = el('button', { class: 'btn btn-sm btn-outline-danger', type: 'button', testid: 'webhook-delete', i18n: 'notif.webhookDelete' });
    const result = el('div', { class: 'small mt-1', testid: 'webhook-test-result' });
    test.addEventListener('click', async () => {
      setBusy(test, true);
      try {
        const r = await api(`/api/notifications/webhooks/${w.id}/test`, { method: 'POST' });
        result.replaceChildren(el('span', {
          class: r.delivered ? 'text-success' : 'text-danger', testid: r.delivered ? 'webhook-test-ok' : 'webhook-test-failed',
          i18n: r.delivered ? 'notif.webhookTestOk' : 'notif.webhookTestFailed', args: { status: r.status, error: r.error || '' },
        }));
        await loadLog();
      } catch (error) {
        showError(box, error);
      } finally {
        setBusy(test, false);
      }
    });
    rotate.addEventListener('click', async () => {
      if (!(await confirmDialog('notif.webhookConfirmRotate'))) return;
      try {
        const r = await api(`/api/notifications/webhooks/${w.id}/rotate-secret`, { method: 'POST' });
        showSecret(r.secret);
      } catch (error) {
        showError(box, error);
      }
    });
    remove.addEventListener('click', async () => {
      if (!(await confirmDialog('notif.webhookConfirmDelete'))) return;
      try {
        await api(`/api/notifications/webhooks/${w.id}`, { method: 'DELETE' });
        await loadHooks();
      } catch (error) {
        showError(box, error);
      }
    });
    return el('li', { class: 'list-group-item', testid: 'webhook-row', dataset: { id: w.id } },
      el('div', { class: 'd-flex flex-wrap justify-content-between gap-2 align-items-center' },
        el('div', {},
          el('div', { class: 'fw-semibold text-break', text: w.url, testid: 'webhook-row-url' }),
          el('div', { class: 'small text-secondary' }, el('span', { i18n: `notif.format.${w.format}` }), ' · ',
            w.kinds.length ? w.kinds.map((k, i) => [i ? ', ' : '', el('span', { i18n: `notif.kind.${k}` })]) : el('span', { i18n: 'notif.allKinds' }))),
        el('div', { class: 'd-flex gap-2' }, test, rotate, remove)),
      result);
  }

  async function loadHooks() {
    try {
      const hooks = await api('/api/notifications/webhooks');
      list.replaceChildren(hooks.length ? el('ul', { class: 'list-group', testid: 'webhooks-list' }, hooks.map(row))
        : emptyState('notif.webhooksEmpty', 'webhooks-empty'));
    } catch (error) {
      list.replaceChildren();
      showError(box, error);
    }
  }

  async function loadLog() {
    try {
      const rows = await api('/api/notifications/deliveries?size=50');
      log.replaceChildren(rows.length ? el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm small', testid: 'deliveries-table' },
        el('thead', {}, el('tr', {}, ['notif.colWhen', 'notif.colChannel', 'notif.colKind', 'notif.colStatus', 'notif.colAttempts', 'notif.colError']
          .map((k) => el('th', { scope: 'col', i18n: k })))),
        el('tbody', {}, rows.map((d) => el('tr', { testid: 'delivery-row', dataset: { status: d.status, channel: d.channel } },
          el('td', { date: d.createdAt }),
          el('td', { i18n: `notif.channel.${d.channel}` }),
          el('td', { i18n: `notif.kind.${d.kind}` }),
          el('td', { i18n: `notif.status.${d.status}`, testid: 'delivery-status' }),
          el('td', { text: String(d.attempts) }),
          el('td', { class: 'text-break', text: d.lastError || '' }))))))
        : emptyState('notif.deliveriesEmpty', 'deliveries-empty'));
    } catch (error) {
      log.replaceChildren();
      showError(box, error);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const add = form.querySelector('[type=submit]');
    const kinds = KINDS.filter((k) => form.querySelector(`[name="kind:${k}"]`).checked);
    setBusy(add, true);
    try {
      const created = await api('/api/notifications/webhooks', {
        method: 'POST', body: { url: form.querySelector('[name=url]').value.trim(), format: form.querySelector('[name=format]').value, kinds },
      });
      form.reset();
      showAlert(box, { key: 'common.saved' }, 'success');
      await loadHooks();
      showSecret(created.secret);
    } catch (error) {
      showProblem(form, box, error);
    } finally {
      setBusy(add, false);
    }
  });

  await Promise.all([loadHooks(), loadLog()]);
}
