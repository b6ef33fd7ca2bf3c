// My page: who I am, my login e-mail, my busy period, my sessions, my PIN.
import { api } from '../api.js';
import { alertBox, avatar, clearFieldErrors, confirmDialog, el, emptyState, field, header, hideAlert, markField, setBusy, showAlert, showError, showProblem, spinner, values } from '../dom.js';
import { applyLanguage, dayOf, nextDay, todayIso, zonedInstant } from '../i18n.js';
import { rosterChanged } from '../roster.js';
import { currentMe, loadHousehold, loadMe, logout, reset } from '../session.js';
import { navigate } from '../router.js';
import { checkPins, pinField } from './pin-fields.js';
import '../i18n/rotation-calendar.js';

/** A busy period's days ('YYYY-MM-DD', household time zone) as instants: from the start of the first day
 * to the start of the day after the last (the end is exclusive). */
export function busyBody(from, until) {
  return { from: from ? zonedInstant(from) : undefined, until: until ? zonedInstant(nextDay(until)) : undefined };
}

/** The days shown for a stored busy period (the exclusive end shows as the day before). */
export function busyDays(m) {
  return {
    from: m?.busyFrom ? dayOf(m.busyFrom) : '',
    until: m?.busyUntil ? dayOf(new Date(new Date(m.busyUntil).getTime() - 1).toISOString()) : '',
  };
}

export function busySummary(m) {
  const busy = Boolean(m?.busy || m?.busyFrom || m?.busyUntil);
  if (!busy) return el('span', { class: 'text-secondary', i18n: 'me.busyNone' });
  const d = busyDays(m);
  return el('span', { i18n: 'me.busyNow', args: { from: d.from ? { day: d.from } : { key: 'me.busyOpen' }, until: d.until ? { day: d.until } : { key: 'me.busyOpen' } } });
}

function card(titleKey, testid, ...body) {
  return el('div', { class: 'card mb-4', testid }, el('div', { class: 'card-body' }, el('h2', { class: 'h5 mb-3', i18n: titleKey }), ...body));
}

function profileCard(me, member) {
  const m = member || me;
  return el('div', { class: 'card mb-4', testid: 'me-profile' }, el('div', { class: 'card-body d-flex align-items-center gap-3' },
    avatar(m.avatar, m.colour, 'avatar-lg'),
    el('dl', { class: 'row mb-0 flex-grow-1' },
      el('dt', { class: 'col-sm-4', i18n: 'me.name' }), el('dd', { class: 'col-sm-8 fs-5 fw-bold', text: m.displayName || '', testid: 'me-name', id: 'me-name' }),
      m.nickname ? el('dt', { class: 'col-sm-4', i18n: 'me.nickname' }) : null,
      m.nickname ? el('dd', { class: 'col-sm-8', text: m.nickname }) : null,
      el('dt', { class: 'col-sm-4', i18n: 'me.role' }), el('dd', { class: 'col-sm-8', i18n: `role.${me.role}`, testid: 'me-role' }))));
}

// Field error codes from PUT /api/auth/email, told in the user's language.
const EMAIL_ERRORS = {
  'password.wrong': 'me.emailWrongPassword', conflict: 'me.emailTaken', 'email.unchanged': 'me.emailUnchanged',
  'email.tooLong': 'me.emailTooLong', Email: 'me.emailInvalid', NotBlank: 'error.required', Size: 'me.emailTooLong',
};

/** The member's own login address: a new one, proven with the current password (not for children or shared devices). */
function emailCard(me) {
  const box = alertBox('email-error');
  const current = el('span', { class: 'fw-bold text-break', text: me.email, testid: 'email-current' });
  const save = el('button', { class: 'btn btn-outline-primary', type: 'submit', testid: 'email-save', i18n: 'me.emailSave' });
  const form = el('form', { novalidate: true, id: 'email-form', testid: 'email-form' },
    el('p', { i18n: 'me.emailCurrent' }), el('p', {}, current),
    field({ name: 'email', label: 'me.emailNew', type: 'email', required: true, placeholder: 'signup.emailPh', attrs: { 'data-testid': 'email-new', autocomplete: 'email', maxlength: 254 } }),
    field({ name: 'currentPassword', label: 'me.emailPassword', type: 'password', required: true, help: 'me.emailHint', attrs: { 'data-testid': 'email-password', autocomplete: 'current-password' } }),
    box, save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    const missing = ['email', 'currentPassword'].filter((name) => !data[name]);
    if (missing.length) {
      missing.forEach((name) => markField(form, name, { key: 'error.required' }));
      return;
    }
    setBusy(save, true);
    try {
      const changed = await api('/api/auth/email', { method: 'PUT', body: { email: data.email, currentPassword: form.querySelector('[name=currentPassword]').value } });
      current.textContent = changed.email;
      form.reset();
      await loadMe(true);
      showAlert(box, { key: 'me.emailChanged', args: { email: changed.email } }, 'success');
    } catch (error) {
      const known = (error?.fieldErrors || []).filter((e) => EMAIL_ERRORS[e.code]);
      if (known.length) {
        known.forEach((e) => markField(form, e.field, { key: EMAIL_ERRORS[e.code] }));
        showAlert(box, { key: 'error.fixFields' });
        form.querySelector('.is-invalid')?.focus();
      } else {
        showProblem(form, box, error);
      }
    } finally {
      setBusy(save, false);
    }
  });
  return card('me.emailTitle', 'me-email', form);
}

function busyCard(me, member) {
  const box = alertBox('busy-error');
  const summary = el('p', { class: 'mb-2', testid: 'busy-summary' });
  const toggle = el('input', { class: 'form-check-input', type: 'checkbox', role: 'switch', id: 'busy-toggle', testid: 'busy-toggle' });
  const from = field({ name: 'from', label: 'me.busyFrom', type: 'date' });
  const until = field({ name: 'until', label: 'me.busyUntil', type: 'date' });
  const save = el('button', { class: 'btn btn-outline-primary', type: 'submit', testid: 'busy-save', i18n: 'me.busySave' });
  const today = el('button', { class: 'btn btn-outline-warning', type: 'button', testid: 'busy-today', i18n: 'me.busyToday' });
  const form = el('form', { novalidate: true, id: 'busy-form' },
    el('div', { class: 'form-check form-switch mb-3' }, toggle, el('label', { class: 'form-check-label', for: 'busy-toggle', i18n: 'me.busyToggle' })),
    el('div', { class: 'row' }, el('div', { class: 'col-sm-6' }, from), el('div', { class: 'col-sm-6' }, until)),
    el('p', { class: 'form-text', i18n: 'me.busyHint' }), box,
    el('div', { class: 'd-flex flex-wrap gap-2' }, save, today));

  function paint(m) {
    toggle.checked = Boolean(m.busy || m.busyFrom || m.busyUntil);
    const d = busyDays(m);
    form.querySelector('[name=from]').value = d.from;
    form.querySelector('[name=until]').value = d.until;
    summary.replaceChildren(busySummary(m));
  }

  async function send(on, range) {
    clearFieldErrors(form);
    hideAlert(box);
    const data = range || values(form);
    if (on && data.from && data.until && data.until < data.from) {
      toggle.checked = false;
      markField(form, 'until', { key: 'validation.busyRange' });
      return;
    }
    setBusy(save, true);
    today.disabled = true;
    try {
      const updated = on
        ? await api(`/api/members/${encodeURIComponent(me.memberId)}/busy`, { method: 'PUT', body: busyBody(data.from, data.until) })
        : await api(`/api/members/${encodeURIComponent(me.memberId)}/busy`, { method: 'DELETE' });
      paint(updated || {});
      rosterChanged();
      showAlert(box, { key: 'me.busyChanged' }, 'success');
    } catch (error) {
      toggle.checked = !on;
      showProblem(form, box, error);
    } finally {
      setBusy(save, false);
      today.disabled = false;
    }
  }

  toggle.addEventListener('change', () => send(toggle.checked));
  today.addEventListener('click', () => {
    const day = todayIso();
    send(true, { from: day, until: day });
  });
  form.addEventListener('submit', (event) => { event.preventDefault(); send(true); });
  paint(member || {});
  return card('me.busyTitle', 'me-busy', summary, form);
}

function sessionsCard() {
  const box = alertBox('sessions-error');
  const list = el('div', {}, spinner());
  async function load() {
    try {
      const sessions = await api('/api/auth/sessions');
      list.replaceChildren(sessions.length ? el('ul', { class: 'list-group', testid: 'sessions-list' }, sessions.map((s) => el('li', {
        class: 'list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2', testid: 'session-row',
      },
      el('div', {},
        s.current ? el('span', { class: 'badge text-bg-success mb-1', i18n: 'me.sessionCurrent' }) : null,
        el('div', { class: 'small', i18n: 'me.sessionCreated', args: { time: { date: s.createdAt } } }),
        el('div', { class: 'small text-secondary', i18n: 'me.sessionExpires', args: { time: { date: s.expiresAt } } })),
      el('button', { class: 'btn btn-sm btn-outline-danger', type: 'button', testid: 'session-revoke', i18n: 'me.sessionRevoke',
        on: { click: async () => {
          if (!await confirmDialog('me.confirmRevokeSession')) return;
          try {
            await api(`/api/auth/sessions/${encodeURIComponent(s.id)}`, { method: 'DELETE' });
            if (s.current) {
              await logout();
              reset();
              navigate('#/');
            } else {
              await load();
              showAlert(box, { key: 'me.sessionRevoked' }, 'success');
            }
          } catch (error) {
            showError(box, error);
          }
        } } })))) : emptyState('me.sessionsEmpty'));
    } catch (error) {
      list.replaceChildren();
      showError(box, error);
    }
  }
  load();
  return card('me.sessionsTitle', 'me-sessions', box, list);
}

function pinCard(me, member) {
  const box = alertBox('pin-form-error');
  const hasPin = Boolean(member?.hasPin);
  const save = el('button', { class: 'btn btn-outline-primary', type: 'submit', testid: 'my-pin-save', i18n: 'me.pinSave' });
  const form = el('form', { novalidate: true, id: 'my-pin-form' },
    el('p', { class: 'text-secondary', i18n: hasPin ? 'me.pinHas' : 'me.pinNone' }),
    hasPin ? pinField('currentPin', 'me.pinCurrent') : null,
    pinField('pin', 'me.pinNew'), pinField('pinConfirm', 'me.pinConfirm'), box, save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    if (!checkPins(form, data, hasPin ? ['currentPin', 'pin'] : ['pin'], ['pin', 'pinConfirm'])) return;
    setBusy(save, true);
    try {
      await api(`/api/members/${encodeURIComponent(me.memberId)}/pin`, { method: 'POST', body: hasPin ? { pin: data.pin, currentPin: data.currentPin } : { pin: data.pin } });
      form.reset();
      showAlert(box, { key: 'me.pinSaved' }, 'success');
    } catch (error) {
      showProblem(form, box, error);
    } finally {
      setBusy(save, false);
    }
  });
  return card('me.pinTitle', 'me-pin', form);
}

/** The private iCal feed: a new secret URL on each press (the old one is revoked), shown with a copy button. */
function calendarCard() {
  const box = alertBox('calendar-feed-error');
  const url = el('input', { class: 'form-control font-monospace', type: 'text', readonly: true, id: 'calendar-feed-url',
    testid: 'calendar-feed-url' });
  const copy = el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'calendar-feed-copy', i18n: 'rotCal.copy' });
  const shown = el('div', { class: 'mb-3 d-none', testid: 'calendar-feed-shown' },
    el('label', { class: 'form-label', for: 'calendar-feed-url', i18n: 'rotCal.urlLabel' }),
    el('div', { class: 'input-group' }, url, copy),
    el('div', { class: 'form-text', i18n: 'rotCal.secret' }));
  const create = el('button', { class: 'btn btn-outline-primary', type: 'button', testid: 'calendar-feed-create', i18n: 'rotCal.create' });
  create.addEventListener('click', async () => {
    hideAlert(box);
    setBusy(create, true);
    try {
      const feed = await api('/api/rotation/calendar-feed', { method: 'POST' });
      url.value = `${window.location.origin}${feed.path}`;
      shown.classList.remove('d-none');
      create.dataset.i18n = 'rotCal.renew';
      applyLanguage(create);
      showAlert(box, { key: 'rotCal.created' }, 'success');
    } catch (error) {
      showError(box, error);
    } finally {
      setBusy(create, false);
    }
  });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url.value);
    } catch (ignored) {
      url.select();
      document.execCommand('copy');
    }
    showAlert(box, { key: 'rotCal.copied' }, 'success');
  });
  return card('rotCal.title', 'me-calendar-feed', el('p', { class: 'text-secondary', i18n: 'rotCal.lead' }), shown, box,
    el('p', { class: 'form-text', i18n: 'rotCal.hidden' }), create);
}

export async function renderMe(root) {
  const me = currentMe();
  let member = null;
  const box = alertBox('me-error');
  await loadHousehold();
  if (me.memberId) {
    try {
      member = await api(`/api/members/${encodeURIComponent(me.memberId)}`);
    } catch (error) {
      showError(box, error);
    }
  }
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'me' }, header('me.title'), box,
    profileCard(me, member),
    me.email && !me.onDevice && me.role !== 'CHILD' ? emailCard(me) : null,
    me.memberId ? busyCard(me, member) : null,
    me.memberId ? pinCard(me, member) : null,
    me.memberId ? calendarCard() : null,
    sessionsCard()));
}
