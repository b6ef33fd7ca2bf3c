// Add or edit a member (admin): names, role, relation, avatar, colour, and optionally an own login.
import { api } from '../api.js';
import { AVATAR_NAMES, alertBox, avatar, clearFieldErrors, el, field, header, hideAlert, markField, setBusy, showAlert, showProblem, values } from '../dom.js';
import { navigate } from '../router.js';
import { checkPasswords } from './signup.js';

const ROLES = ['MEMBER', 'CHILD', 'ADMIN'];
const RELATIONS = ['self', 'spouse', 'parent', 'child', 'sibling', 'other'];
const COLOURS = ['#e8743b', '#3b82e8', '#2fa36b', '#d6409f', '#8a5cf5', '#f2b705'];

export async function renderMemberForm(root, params) {
  const editing = params.id !== undefined;
  const member = editing ? await api(`/api/members/${encodeURIComponent(params.id)}`) : null;
  const box = alertBox();
  const submit = el('button', { class: 'btn btn-primary btn-lg', type: 'submit', id: 'member-save', testid: 'member-save', i18n: 'common.save' });
  const avatars = el('fieldset', { class: 'mb-3' }, el('legend', { class: 'form-label fs-6', i18n: 'member.avatar' }),
    el('div', { class: 'avatar-choice' }, AVATAR_NAMES.map((a) => [
      el('input', { class: 'btn-check', type: 'radio', name: 'avatar', id: `avatar-${a}`, value: a, autocomplete: 'off', testid: `avatar-${a}` }),
      el('label', { class: 'btn btn-outline-secondary', for: `avatar-${a}` }, avatar(a, null), el('span', { class: 'small', i18n: `avatar.${a}` })),
    ])));
  const login = el('div', { class: 'd-none', id: 'own-login' },
    field({ name: 'email', label: 'member.email', type: 'email', placeholder: 'signup.emailPh', attrs: { autocomplete: 'off' } }),
    field({ name: 'password', label: 'member.password', type: 'password', attrs: { autocomplete: 'new-password' } }));
  const loginToggle = el('input', { class: 'form-check-input', type: 'checkbox', id: 'own-login-toggle', testid: 'own-login-toggle' });
  loginToggle.addEventListener('change', () => login.classList.toggle('d-none', !loginToggle.checked));
  const form = el('form', { id: 'member-form', novalidate: true },
    field({ name: 'displayName', label: 'member.displayName', required: true, attrs: { maxlength: 50 } }),
    field({ name: 'nickname', label: 'member.nickname', attrs: { maxlength: 50 } }),
    el('div', { class: 'row' },
      el('div', { class: 'col-sm-6' }, field({ name: 'role', label: 'member.role', options: ROLES.map((r) => ({ value: r, i18n: `role.${r}` })) })),
      el('div', { class: 'col-sm-6' }, field({ name: 'relation', label: 'member.relation', options: RELATIONS.map((r) => ({ value: r, i18n: `relation.${r}` })) }))),
    avatars,
    field({ name: 'colour', label: 'member.colour', type: 'color', attrs: { class: 'form-control form-control-color' } }),
    editing || member?.hasLogin ? null : el('div', { class: 'form-check mb-3' }, loginToggle, el('label', { class: 'form-check-label', for: 'own-login-toggle', i18n: 'member.ownLogin' })),
    editing ? null : login,
    box,
    el('div', { class: 'd-flex gap-2' }, submit, el('a', { class: 'btn btn-outline-secondary btn-lg', href: '#/members', i18n: 'common.cancel' })));

  const initial = member || { role: 'MEMBER', relation: 'child', avatar: 'default', colour: COLOURS[Math.floor(Math.random() * COLOURS.length)] };
  ['displayName', 'nickname', 'role', 'relation', 'colour'].forEach((n) => {
    if (initial[n]) form.querySelector(`[name=${n}]`).value = initial[n];
  });
  const chosen = form.querySelector(`#avatar-${AVATAR_NAMES.includes(initial.avatar) ? initial.avatar : 'default'}`);
  chosen.checked = true;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    let ok = true;
    if (!data.displayName) ok = markField(form, 'displayName', { key: 'error.required' }) && false;
    const withLogin = !editing && loginToggle.checked;
    if (withLogin) {
      if (!data.email) ok = markField(form, 'email', { key: 'error.required' }) && false;
      ok = checkPasswords(form, data) && ok;
    }
    if (!ok) {
      showAlert(box, { key: 'error.fixFields' });
      return;
    }
    const body = { displayName: data.displayName, nickname: data.nickname || null, role: data.role, relation: data.relation, avatar: data.avatar, colour: data.colour };
    if (withLogin) Object.assign(body, { email: data.email, password: data.password });
    setBusy(submit, true);
    try {
      if (editing) await api(`/api/members/${encodeURIComponent(params.id)}`, { method: 'PATCH', body });
      else await api('/api/members', { method: 'POST', body });
      navigate('#/members');
    } catch (error) {
      setBusy(submit, false);
      showProblem(form, box, error);
    }
  });
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'member-form' }, header(editing ? 'member.titleEdit' : 'member.titleNew'), form));
}
