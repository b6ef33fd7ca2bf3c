// Household settings: everyone may read, admins may change.
import { api } from '../api.js';
import { alertBox, clearFieldErrors, el, field, header, hideAlert, markField, setBusy, showAlert, showProblem, values } from '../dom.js';
import { isAdmin, rememberHousehold } from '../session.js';
import { currentLanguage } from '../i18n.js';
import { CITIES } from '../i18n/weather.js';

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
      name: 'location.city', label: 'weather.city', help: 'weather.cityHelp', attrs: { 'data-testid': 'household-city' },
      options: [{ value: '', i18n: 'weather.cityCustom' }, ...CITIES.map((c) => ({ value: c.key, text: currentLanguage() === 'en' ? c.en : c.ja }))],
    }),
    el('div', { testid: 'household-coordinates' },
      field({ name: 'location.label', label: 'household.locationLabel', placeholder: 'household.locationPh', attrs: { maxlength: 100 } }),
      el('div', { class: 'row' },
        el('div', { class: 'col-6' }, field({ name: 'location.latitude', label: 'household.latitude', type: 'number', attrs: { step: 'any', min: -90, max: 90 } })),
        el('div', { class: 'col-6' }, field({ name: 'location.longitude', label: 'household.longitude', type: 'number', attrs: { step: 'any', min: -180, max: 180 } })))),
    el('div', { class: 'row' },
      el('div', { class: 'col-md-6' }, field({ name: 'idleTimeoutMinutes', label: 'household.idleTimeout', type: 'number', attrs: { min: 1, max: 240, step: 1 } })),
      el('div', { class: 'col-md-6' }, field({ name: 'rotationUnit', label: 'household.rotationUnit', options: [{ value: 'DAILY', i18n: 'rotation.DAILY' }, { value: 'WEEKLY', i18n: 'rotation.WEEKLY' }] }))),
    el('div', { class: 'form-check form-switch mb-3' }, approval,
      el('label', { class: 'form-check-label', for: 'f-shoppingApprovalRequired', i18n: 'household.shoppingApproval' }),
      el('div', { class: 'invalid-feedback', dataset: { errorFor: 'shoppingApprovalRequired' } })),
    admin ? el('div', {}, box, submit) : null);
  const form = el('form', { id: 'household-form', novalidate: true }, fieldset);
  ['name', 'timeZone', 'locale', 'idleTimeoutMinutes', 'rotationUnit'].forEach((n) => {
    if (h[n] !== null && h[n] !== undefined) form.querySelector(`[name=${n}]`).value = h[n];
  });
  approval.checked = Boolean(h.shoppingApprovalRequired);
  // The place: a city preset (user-service knows its coordinates), or "other" with a name and coordinates.
  const input = (n) => form.querySelector(`[name="${n}"]`);
  const place = h.location || { city: null, label: h.locationLabel, latitude: h.latitude, longitude: h.longitude };
  input('location.city').value = place.city || '';
  input('location.label').value = place.city ? '' : place.label || '';
  input('location.latitude').value = place.city || place.latitude == null ? '' : place.latitude;
  input('location.longitude').value = place.city || place.longitude == null ? '' : place.longitude;
  const coordinates = form.querySelector('[data-testid=household-coordinates]');
  const showCoordinates = () => coordinates.classList.toggle('d-none', input('location.city').value !== '');
  input('location.city').addEventListener('change', showCoordinates);
  showCoordinates();

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
    let location = { city: data['location.city'] };
    if (!location.city) {
      location = { label: data['location.label'] || null, latitude: num(data['location.latitude']), longitude: num(data['location.longitude']) };
      const missing = ['latitude', 'longitude'].filter((n) => location[n] === null);
      if (missing.length) {
        missing.forEach((n) => markField(form, `location.${n}`, { key: 'error.required' }));
        return;
      }
    }
    const body = {
      name: data.name, timeZone: data.timeZone, locale: data.locale, location,
      idleTimeoutMinutes: num(data.idleTimeoutMinutes), rotationUnit: data.rotationUnit, shoppingApprovalRequired: approval.checked,
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
