// The household's chores (read-only for now). New households get theirs over Kafka a moment after sign-up.
import { api } from '../api.js';
import { el, emptyState, header, spinner } from '../dom.js';

function scheduleText(s) {
  if (!s?.kind) return { key: 'schedule.unknown' };
  if (s.kind === 'WEEKDAYS') {
    const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => (s.weekdays || 0) & (1 << (d - 1)));
    if (days.length === 7) return { key: 'schedule.everyDay' };
    return { key: 'schedule.WEEKDAYS', days };
  }
  if (s.kind === 'INTERVAL') return s.everyNDays === 1 ? { key: 'schedule.everyDay' } : { key: 'schedule.INTERVAL', args: { n: s.everyNDays } };
  if (s.kind === 'MONTHLY') return { key: 'schedule.MONTHLY', args: { n: s.monthDay } };
  return { key: 'schedule.unknown' };
}

function scheduleNode(s) {
  const text = scheduleText(s);
  if (!text.days) return el('span', { class: 'small text-secondary', i18n: text.key, args: text.args });
  // Weekday names are separate i18n nodes so a language switch re-labels them.
  const parts = [];
  text.days.forEach((d, i) => {
    if (i > 0) parts.push(el('span', { i18n: 'weekday.separator' }));
    parts.push(el('span', { i18n: `weekday.${d}` }));
  });
  return el('span', { class: 'small text-secondary' }, ...parts);
}

export async function renderChores(root) {
  const list = el('ul', { class: 'list-group', id: 'chores-list', testid: 'chores-list' });
  const status = el('div', {}, spinner());
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'chores' }, header('chores.title'), status, list));
  let chores = [];
  for (let attempt = 0; attempt < 30; attempt += 1) {
    chores = await api('/api/chores');
    if (chores.length > 0 || !root.contains(list)) break;
    if (attempt === 0) status.replaceChildren(spinner('chores.preparing'));
    await new Promise((resolve) => { setTimeout(resolve, 500); });
  }
  status.replaceChildren(chores.length ? '' : emptyState('chores.empty', 'chores-empty'));
  list.replaceChildren(...chores.map((c) => el('li', {
    class: 'list-group-item d-flex justify-content-between align-items-center gap-2 chore', testid: 'chore', dataset: { choreId: c.id },
  },
  el('div', {}, el('div', { class: 'fw-semibold', text: c.name, testid: 'chore-name' }), scheduleNode(c.schedule)),
  el('div', { class: 'd-flex gap-1 align-items-center' },
    c.active === false ? el('span', { class: 'badge text-bg-light border', i18n: 'chores.inactive' }) : null,
    el('span', { class: 'badge text-bg-secondary chore-weight', i18n: 'chores.weight', args: { n: c.weight } })))));
}
