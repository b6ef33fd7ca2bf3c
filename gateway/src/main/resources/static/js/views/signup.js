// Sign-up: creates the household, its admin and the admin's member profile in one step.
import { api } from '../api.js';
import { currentLanguage } from '../i18n.js';
import { alertBox, clearFieldErrors, el, field, header, hideAlert, markField, setBusy, showAlert, showProblem, values } from '../dom.js';
import { changed } from '../session.js';

/** Shared client-side checks; the server checks again (and knows the common-password list). */
export function checkPasswords(form, data, name = 'password', confirm = 'passwordConfirm') {
  let ok = true;
  if ((data[name] || '').length < 10) ok = markField(form, name, { key: 'validation.passwordShort' }) && false;
  if (confirm in data && data[confirm] !== data[name]) ok = markField(form, confirm, { key: 'validation.passwordMismatch' }) && false;
  return ok;
}

export function checkRequired(form, data, names) {
  let ok = true;
  names.forEach((n) => {
    if (!data[n]) ok = markField(form, n, { key: 'error.required' }) && false;
  });
  return ok;
}

export function renderSignup(root) {
  const box = alertBox();
  const submit = el('button', { class: 'btn btn-primary btn-lg w-100', type: 'submit', id: 'signup-submit', testid: 'signup-submit', i18n: 'signup.submit' });
  const form = el('form', { id: 'signup-form', novalidate: true },
    field({ name: 'householdName', label: 'signup.householdName', placeholder: 'signup.householdNamePh', required: true, attrs: { maxlength: 50 } }),
    field({ name: 'displayName', label: 'signup.displayName', placeholder: 'signup.displayNamePh', required: true, attrs: { maxlength: 50 } }),
    field({ name: 'email', label: 'signup.email', type: 'email', placeholder: 'signup.emailPh', required: true, attrs: { maxlength: 254, autocomplete: 'email' } }),
    field({ name: 'password', label: 'signup.password', type: 'password', required: true, attrs: { minlength: 10, autocomplete: 'new-password' } }),
    field({ name: 'passwordConfirm', label: 'signup.passwordConfirm', type: 'password', required: true, attrs: { autocomplete: 'new-password' } }),
    field({ name: 'locale', label: 'signup.locale', value: currentLanguage(), options: [{ value: 'ja', i18n: 'locale.ja' }, { value: 'en', i18n: 'locale.en' }] }),
    box, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    const ok = checkRequired(form, data, ['householdName', 'displayName', 'email']) & checkPasswords(form, data);
    if (!ok) {
      showAlert(box, { key: 'error.fixFields' });
      return;
    }
    setBusy(submit, true);
    try {
      await api('/api/auth/signup', { method: 'POST', body: {
        householdName: data.householdName, displayName: data.displayName, email: data.email, password: data.password, locale: data.locale,
      } });
      await changed('#/dashboard');
    } catch (error) {
      setBusy(submit, false);
      showProblem(form, box, error);
    }
  });
  root.replaceChildren(el('section', { class: 'narrow mx-auto', testid: 'signup' }, header('signup.title'), form,
    el('p', { class: 'mt-3 text-center' }, el('a', { href: '#/login', i18n: 'signup.haveAccount' }))));
}
