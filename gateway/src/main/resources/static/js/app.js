import { api } from './api.js';
import { applyLanguage, t, toggleLanguage } from './i18n.js';

const $ = (id) => document.getElementById(id);

function show(view) {
  $('signup-view').classList.toggle('d-none', view !== 'signup');
  $('chores-view').classList.toggle('d-none', view !== 'chores');
  $('logout').classList.toggle('d-none', view === 'signup');
}

function showFieldErrors(form, problem) {
  form.querySelectorAll('.is-invalid').forEach((el) => el.classList.remove('is-invalid'));
  (problem?.errors || []).forEach((e) => {
    const input = form.querySelector(`[name="${e.field}"]`);
    const feedback = form.querySelector(`[data-error-for="${e.field}"]`);
    if (input) input.classList.add('is-invalid');
    if (feedback) feedback.textContent = e.message;
  });
}

async function loadChores() {
  $('chores-loading').classList.remove('d-none');
  try {
    const chores = await api('/api/chores');
    const list = $('chores-list');
    list.replaceChildren(...chores.map((c) => {
      const li = document.createElement('li');
      li.className = 'list-group-item d-flex justify-content-between align-items-center chore';
      li.textContent = c.name;
      const badge = document.createElement('span');
      badge.className = 'badge text-bg-secondary weight-badge';
      badge.textContent = `${t('chores.weight')} ${c.weight}`;
      li.append(badge);
      return li;
    }));
    $('chores-empty').classList.toggle('d-none', chores.length > 0);
    return chores.length;
  } finally {
    $('chores-loading').classList.add('d-none');
  }
}

async function showChoresWhenReady() {
  show('chores');
  // The chores arrive over Kafka a moment after sign-up; ask again briefly instead of showing an empty page.
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (await loadChores() > 0) return;
    await new Promise((resolve) => { setTimeout(resolve, 500); });
  }
}

async function onSignup(event) {
  event.preventDefault();
  const form = event.target;
  const body = Object.fromEntries(new FormData(form).entries());
  body.locale = localStorage.getItem('kajimaru.lang') === 'en' ? 'en' : 'ja';
  $('signup-error').classList.add('d-none');
  try {
    await api('/api/auth/signup', { method: 'POST', body });
    await showChoresWhenReady();
  } catch (error) {
    showFieldErrors(form, error.problem);
    $('signup-error').textContent = error.problem?.detail || t('error.generic');
    $('signup-error').classList.remove('d-none');
  }
}

async function start() {
  applyLanguage();
  $('lang-toggle').addEventListener('click', toggleLanguage);
  $('signup-form').addEventListener('submit', onSignup);
  $('logout').addEventListener('click', async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => {});
    show('signup');
  });
  try {
    await loadChores();
    show('chores');
  } catch {
    show('signup');
  }
}

start();
