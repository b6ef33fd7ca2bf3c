// E-mail + password login for owners of accounts.
import { api } from '../api.js';
import { alertBox, clearFieldErrors, el, field, header, hideAlert, setBusy, showAlert, showError, showProblem, values } from '../dom.js';
import { changed } from '../session.js';
import { checkRequired } from './signup.js';

export function renderLogin(root) {
  const box = alertBox();
  const submit = el('button', { class: 'btn btn-primary btn-lg w-100', type: 'submit', id: 'login-submit', testid: 'login-submit', i18n: 'login.submit' });
  const form = el('form', { id: 'login-form', novalidate: true },
    field({ name: 'email', label: 'signup.email', type: 'email', placeholder: 'signup.emailPh', required: true, attrs: { autocomplete: 'username' } }),
    field({ name: 'password', label: 'signup.password', type: 'password', required: true, attrs: { autocomplete: 'current-password' } }),
    box, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    if (!checkRequired(form, data, ['email', 'password'])) return;
    setBusy(submit, true);
    try {
      await api('/api/auth/login', { method: 'POST', body: { email: data.email, password: data.password } });
      await changed('#/dashboard');
    } catch (error) {
      setBusy(submit, false);
      if (error.status === 401) showAlert(box, { key: 'login.wrong' });
      else if (error.status === 429) showError(box, error);
      else showProblem(form, box, error);
    }
  });
  root.replaceChildren(el('section', { class: 'narrow mx-auto', testid: 'login' }, header('login.title'), form,
    el('p', { class: 'mt-3 text-center' }, el('a', { href: '#/signup', i18n: 'login.noAccount' }))));
}
