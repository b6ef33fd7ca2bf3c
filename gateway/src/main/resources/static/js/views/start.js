// Start page for a browser that is neither signed in nor a shared device.
import { el } from '../dom.js';

export function renderStart(root) {
  root.replaceChildren(el('section', { class: 'narrow mx-auto text-center start-hero', testid: 'start' },
    el('h1', { class: 'display-6 fw-bold mb-2', i18n: 'start.title' }),
    el('p', { class: 'lead text-secondary mb-4', i18n: 'start.lead' }),
    el('div', { class: 'd-grid gap-3 start-actions' },
      el('a', { class: 'btn btn-primary', href: '#/signup', id: 'start-signup', testid: 'start-signup', i18n: 'start.signup' }),
      el('a', { class: 'btn btn-outline-primary', href: '#/login', id: 'start-login', testid: 'start-login', i18n: 'start.login' }),
      el('a', { class: 'btn btn-outline-secondary', href: '#/join', id: 'start-join', testid: 'start-join', i18n: 'start.join' })),
    el('p', { class: 'small text-secondary mt-4', i18n: 'start.deviceHint' })));
}
