// A member's notification settings: e-mail address, daily digest, quiet hours and, per kind, in-app and e-mail on or off.
import { api } from '../api.js';
import { alertBox, el, field, header, setBusy, showAlert, showProblem, spinner } from '../dom.js';
import '../i18n/notifications.js';

const CHANNELS = ['IN_APP', 'EMAIL'];

const hhmm = (t) => (t ? String(t).slice(0, 5) : '');

export async function renderNotificationSettings(root) {
  const box = alertBox('notif-settings-error');
  const content = el('div', { testid: 'notif-settings-content' }, spinner());
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'notif-settings' }, header('notif.settingsTitle'), box, content));

  let prefs;
  try {
    prefs = await api('/api/notifications/preferences');
  } catch (error) {
    content.replaceChildren();
    showAlert(box, { key: 'error.generic' });
    return;
  }
  const form = el('form', { novalidate: true, testid: 'notif-settings-form' },
    field({
      name: 'email', label: 'notif.email', type: 'email', value: prefs.email || '', placeholder: prefs.accountEmail || undefined,
      help: prefs.accountEmail ? 'notif.emailHelpAccount' : 'notif.emailHelp', attrs: { 'data-testid': 'notif-email', maxlength: 320 },
    }),
    el('div', { class: 'form-check mb-3' },
      el('input', { class: 'form-check-input', type: 'checkbox', id: 'f-dailyDigest', name: 'dailyDigest', testid: 'notif-daily-digest', checked: prefs.dailyDigest === true }),
      el('label', { class: 'form-check-label', for: 'f-dailyDigest', i18n: 'notif.dailyDigest' }),
      el('div', { class: 'form-text', i18n: 'notif.dailyDigestHelp' })),
    el('fieldset', { class: 'mb-3' }, el('legend', { class: 'form-label fs-6', i18n: 'notif.quietTitle' }),
      el('div', { class: 'row g-2' },
        el('div', { class: 'col-6 col-md-3' }, field({ name: 'quietFrom', label: 'notif.quietFrom', type: 'time', value: hhmm(prefs.quietFrom), attrs: { 'data-testid': 'notif-quiet-from' } })),
        el('div', { class: 'col-6 col-md-3' }, field({ name: 'quietUntil', label: 'notif.quietUntil', type: 'time', value: hhmm(prefs.quietUntil), attrs: { 'data-testid': 'notif-quiet-until' } }))),
      el('div', { class: 'form-text', i18n: 'notif.quietHelp' })),
    el('div', { class: 'table-responsive' },
      el('table', { class: 'table table-sm align-middle' },
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', i18n: 'notif.kindCol' }),
          el('th', { scope: 'col', class: 'text-center', i18n: 'notif.inAppCol' }),
          el('th', { scope: 'col', class: 'text-center', i18n: 'notif.emailCol' }))),
        el('tbody', {}, prefs.kinds.map((kind) => el('tr', { testid: 'notif-kind-row', dataset: { kind } },
          el('th', { scope: 'row', class: 'fw-normal', i18n: `notif.kind.${kind}` }),
          CHANNELS.map((c) => el('td', { class: 'text-center' }, el('input', {
            class: 'form-check-input', type: 'checkbox', name: `${kind}:${c}`, testid: `notif-${kind}-${c}`,
            checked: prefs.channels[kind]?.[c] === true, aria: `notif.kind.${kind}`,
          })))))))),
    el('button', { class: 'btn btn-primary', type: 'submit', testid: 'notif-settings-save', i18n: 'common.save' }));
  content.replaceChildren(form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const save = form.querySelector('[type=submit]');
    const channels = {};
    prefs.kinds.forEach((kind) => {
      channels[kind] = {};
      CHANNELS.forEach((c) => { channels[kind][c] = form.querySelector(`[name="${kind}:${c}"]`).checked; });
    });
    const email = form.querySelector('[name=email]').value.trim();
    setBusy(save, true);
    try {
      const quietFrom = form.querySelector('[name=quietFrom]').value || null;
      const quietUntil = form.querySelector('[name=quietUntil]').value || null;
      prefs = await api('/api/notifications/preferences', {
        method: 'PUT',
        body: { email: email || null, channels, quietFrom, quietUntil, dailyDigest: form.querySelector('[name=dailyDigest]').checked },
      });
      showAlert(box, { key: 'notif.settingsSaved' }, 'success');
    } catch (error) {
      showProblem(form, box, error);
    } finally {
      setBusy(save, false);
    }
  });
}
