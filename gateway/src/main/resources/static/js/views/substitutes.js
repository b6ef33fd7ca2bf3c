// The substitute (代役) history: every request of the household, open ones first, with what became of it.
import { api } from '../api.js';
import { alertBox, el, emptyState, header, showError, spinner } from '../dom.js';

const STATUSES = ['OPEN', 'ACCEPTED', 'WITHDRAWN', 'EXPIRED', 'CLOSED'];
const BADGES = {
  OPEN: 'text-bg-primary', ACCEPTED: 'text-bg-success', WITHDRAWN: 'text-bg-secondary', EXPIRED: 'text-bg-warning', CLOSED: 'text-bg-light border',
};

function row(r) {
  const known = STATUSES.includes(r.status);
  return el('li', {
    class: 'list-group-item', testid: 'substitute-row',
    dataset: { requestId: r.id, taskId: r.taskId || '', status: r.status || '' },
  },
  el('div', { class: 'd-flex flex-wrap align-items-center justify-content-between gap-2' },
    el('div', {},
      el('div', { class: 'fw-semibold', text: r.choreName || '', testid: 'substitute-row-chore' }),
      el('div', { class: 'small text-secondary d-flex flex-wrap gap-2' },
        r.date ? el('span', { day: r.date, dataset: { dayStyle: 'short' } }) : null,
        r.requesterName ? el('span', { i18n: 'sub.requestedBy', args: { name: r.requesterName }, testid: 'substitute-row-requester' })
          : el('span', { i18n: 'sub.formerMember' }),
        r.substituteMemberId ? el('span', {
          i18n: 'sub.takenBy', args: { name: r.substituteName || { key: 'sub.formerMember' } }, testid: 'substitute-row-substitute',
        }) : null)),
    known ? el('span', { class: `badge ${BADGES[r.status]}`, i18n: `sub.status.${r.status}`, testid: 'substitute-row-status' })
      : el('span', { class: 'badge text-bg-light border', text: r.status || '–', testid: 'substitute-row-status' })),
  r.note ? el('div', { class: 'small fst-italic text-break mt-1', text: r.note, testid: 'substitute-row-note' }) : null,
  el('div', { class: 'small text-secondary d-flex flex-wrap gap-3 mt-1' },
    r.createdAt ? el('span', { i18n: 'sub.createdAt', args: { time: { date: r.createdAt } } }) : null,
    r.status === 'OPEN' && r.expiresAt ? el('span', { i18n: 'sub.expiresAt', args: { time: { date: r.expiresAt } } }) : null,
    r.closedAt ? el('span', { i18n: 'sub.closedAt', args: { time: { date: r.closedAt } } }) : null));
}

export async function renderSubstitutes(root) {
  const box = alertBox('substitutes-error');
  const list = el('div', { testid: 'substitutes-content' }, spinner());
  const retry = el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'substitutes-refresh', i18n: 'common.refresh' });
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'substitutes' }, header('sub.historyTitle', retry), box, list));

  async function load() {
    retry.disabled = true;
    box.classList.add('d-none');
    try {
      const requests = await api('/api/substitute-requests');
      const all = Array.isArray(requests) ? requests : [];
      list.replaceChildren(all.length
        ? el('ul', { class: 'list-group', testid: 'substitutes-list' }, all.map(row))
        : emptyState('sub.historyEmpty', 'substitutes-empty'));
    } catch (error) {
      list.replaceChildren();
      showError(box, error);
    } finally {
      retry.disabled = false;
    }
  }

  retry.addEventListener('click', () => load());
  await load();
}
