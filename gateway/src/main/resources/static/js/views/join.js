// Joining a household with an 8-digit invite code: creates the account and member, then signs in.
import { api } from '../api.js';
import { alertBox, clearFieldErrors, el, field, header, hideAlert, markField, setBusy, showAlert, showError, showProblem, values } from '../dom.js';
import { changed } from '../session.js';
import { checkPasswords, checkRequired } from './signup.js';

export function renderJoin(root) {
  const box = alertBox();
  const submit = el('button', { class: 'btn btn-primary btn-lg w-100', type: 'submit', id: 'join-submit', testid: 'join-submit', i18n: 'join.submit' });
  const form = el('form', { id: 'join-form', novalidate: true },
    field({ name: 'code', label: 'join.code', placeholder: 'join.codePh', required: true,
      attrs: { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 9, class: 'form-control form-control-lg code-cell' } }),
    field({ name: 'displayName', label: 'signup.displayName', placeholder: 'signup.displayNamePh', required: true, attrs: { maxlength: 50 } }),
    field({ name: 'email', label: 'signup.email', type: 'email', placeholder: 'signup.emailPh', required: true, attrs: { autocomplete: 'email' } }),
    field({ name: 'password', label: 'signup.password', type: 'password', required: true, attrs: { autocomplete: 'new-password' } }),
    field({ name: 'passwordConfirm', label: 'signup.passwordConfirm', type: 'password', required: true, attrs: { autocomplete: 'new-password' } }),
    box, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    data.code = (data.code || '').replace(/\D/g, '');
    let ok = checkRequired(form, data, ['displayName', 'email']) & checkPasswords(form, data);
    if (data.code.length !== 8) ok = markField(form, 'code', { key: 'validation.code' }) && false;
    if (!ok) {
      showAlert(box, { key: 'error.fixFields' });
      return;
    }
    setBusy(submit, true);
    try {
      await api('/api/invites/join', { method: 'POST', body: { code: data.code, displayName: data.displayName, email: data.email, password: data.password } });
      await changed('#/dashboard');
    } catch (error) {
      setBusy(submit, false);
      if (error.status === 429) showError(box, error);
      else showProblem(form, box, error);
    }
  });
  root.replaceChildren(el('section', { class: 'narrow mx-auto', testid: 'join' }, header('join.title'),
    el('p', { class: 'text-secondary', i18n: 'join.lead' }), form));
}
