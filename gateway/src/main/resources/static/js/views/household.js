// Household settings: everyone may read, admins may change.
import { api } from '../api.js';
import { alertBox, clearFieldErrors, el, field, header, hideAlert, markField, setBusy, showAlert, showProblem, values } from '../dom.js';
import { isAdmin, rememberHousehold } from '../session.js';
import { currentLanguage } from '../i18n.js';
import { CITIES, cityAt } from '../i18n/weather.js';

const FALLBACK_ZONES = ['Asia/Tokyo', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore', 'Australia/Sydney', 'Europe/London',
  'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'UTC'];

function zones(current) {
  let list = FALLBACK_ZONES;
  try {
    if (typeof Intl.supportedValuesOf === 'function') list = Intl.supportedValuesOf('timeZone');
  } catch {
    list = FALLBACK_ZONES;
  }
  const all = new Set(['Asia/Tokyo', ...list]);
  if (current) all.add(current);
  return [...all];
}

export async function renderHousehold(root) {
  const h = await api('/api/households/current');
  rememberHousehold(h);
  const admin = isAdmin();
  const box = alertBox();
  const submit = el('button', { class: 'btn btn-primary btn-lg', type: 'submit', id: 'household-save', testid: 'household-save', i18n: 'common.save' });
  const approval = el('input', { class: 'form-check-input', type: 'checkbox', role: 'switch', id: 'f-shoppingApprovalRequired', name: 'shoppingApprovalRequired' });
  const fieldset = el('fieldset', { disabled: !admin },
    field({ name: 'name', label: 'household.name', required: true, attrs: { maxlength: 50 } }),
    el('div', { class: 'row' },
      el('div', { class: 'col-md-6' }, field({ name: 'timeZone', label: 'household.timeZone', options: zones(h.timeZone).map((z) => ({ value: z, text: z })) })),
      el('div', { class: 'col-md-6' }, field({ name: 'locale', label: 'household.locale', options: [{ value: 'ja', i18n: 'locale.ja' }, { value: 'en', i18n: 'locale.en' }] }))),
    field({
      name: 'city', label: 'weather.city', help: 'weather.cityHelp', attrs: { 'data-testid': 'household-city' },
      options: [{ value: '', i18n: 'weather.cityCustom' }, ...CITIES.map((c) => ({ value: c.key, text: currentLanguage() === 'en' ? c.en : c.ja }))],
    }),
    field({ name: 'locationLabel', label: 'household.locationLabel', placeholder: 'household.locationPh', attrs: { maxlength: 100 } }),
    el('div', { class: 'row' },
      el('div', { class: 'col-6' }, field({ name: 'latitude', label: 'household.latitude', type: 'number', attrs: { step: 'any', min: -90, max: 90 } })),
      el('div', { class: 'col-6' }, field({ name: 'longitude', label: 'household.longitude', type: 'number', attrs: { step: 'any', min: -180, max: 180 } }))),
    el('div', { class: 'row' },
      el('div', { class: 'col-md-6' }, field({ name: 'idleTimeoutMinutes', label: 'household.idleTimeout', type: 'number', attrs: { min: 1, max: 240, step: 1 } })),
      el('div', { class: 'col-md-6' }, field({ name: 'rotationUnit', label: 'household.rotationUnit', options: [{ value: 'DAILY', i18n: 'rotation.DAILY' }, { value: 'WEEKLY', i18n: 'rotation.WEEKLY' }] }))),
    el('div', { class: 'form-check form-switch mb-3' }, approval,
      el('label', { class: 'form-check-label', for: 'f-shoppingApprovalRequired', i18n: 'household.shoppingApproval' }),
      el('div', { class: 'invalid-feedback', dataset: { errorFor: 'shoppingApprovalRequired' } })),
    admin ? el('div', {}, box, submit) : null);
  const form = el('form', { id: 'household-form', novalidate: true }, fieldset);
  ['name', 'timeZone', 'locale', 'locationLabel', 'latitude', 'longitude', 'idleTimeoutMinutes', 'rotationUnit'].forEach((n) => {
    if (h[n] !== null && h[n] !== undefined) form.querySelector(`[name=${n}]`).value = h[n];
  });
  approval.checked = Boolean(h.shoppingApprovalRequired);
  // City presets fill the place and its coordinates; typing coordinates shows the matching city, if any.
  const city = form.querySelector('[name=city]');
  const syncCity = () => { city.value = cityAt(form.querySelector('[name=latitude]').value, form.querySelector('[name=longitude]').value)?.key || ''; };
  syncCity();
  city.addEventListener('change', () => {
    const chosen = CITIES.find((c) => c.key === city.value);
    if (!chosen) return;
    form.querySelector('[name=locationLabel]').value = currentLanguage() === 'en' ? chosen.en : chosen.ja;
    form.querySelector('[name=latitude]').value = chosen.latitude;
    form.querySelector('[name=longitude]').value = chosen.longitude;
  });
  ['latitude', 'longitude'].forEach((n) => form.querySelector(`[name=${n}]`).addEventListener('input', syncCity));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    if (!data.name) {
      markField(form, 'name', { key: 'error.required' });
      return;
    }
    const num = (v) => (v === '' || v === undefined ? null : Number(v));
    const body = {
      name: data.name, timeZone: data.timeZone, locale: data.locale, locationLabel: data.locationLabel || null,
      latitude: num(data.latitude), longitude: num(data.longitude), idleTimeoutMinutes: num(data.idleTimeoutMinutes),
      rotationUnit: data.rotationUnit, shoppingApprovalRequired: approval.checked,
    };
    setBusy(submit, true);
    try {
      rememberHousehold(await api('/api/households/current', { method: 'PATCH', body }));
      showAlert(box, { key: 'household.saved' }, 'success');
    } catch (error) {
      showProblem(form, box, error);
    } finally {
      setBusy(submit, false);
    }
  });
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'household' }, header('household.title'),
    admin ? null : el('div', { class: 'alert alert-info', i18n: 'household.readOnly' }), form));
}
