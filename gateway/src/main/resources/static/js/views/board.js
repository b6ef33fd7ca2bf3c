// The family board on the shared device: one big tile per member; tap → PIN entry.
import { avatar, el, emptyState } from '../dom.js';
import { navigate } from '../router.js';
import { loadBoard } from '../session.js';

export async function renderBoard(root) {
  const board = await loadBoard(true);
  if (!board) {
    navigate('#/');
    return;
  }
  const members = board.members || [];
  const tiles = members.map((m) => {
    const tile = el('button', {
      type: 'button', class: 'board-tile', testid: 'board-tile', disabled: !m.hasPin,
      dataset: { memberId: m.id, name: m.displayName }, aria: 'board.tileAria', args: { name: m.displayName },
      on: { click: () => navigate(`#/pin/${encodeURIComponent(m.id)}`) },
    },
    avatar(m.avatar, m.colour, 'avatar-xl'),
    el('span', { class: 'tile-name', text: m.displayName }),
    m.nickname && m.nickname !== m.displayName ? el('span', { class: 'text-secondary small', text: m.nickname }) : null,
    m.locked ? el('span', { class: 'badge text-bg-danger', i18n: 'board.locked', testid: 'tile-locked' }) : null,
    m.hasPin ? null : el('span', { class: 'tile-hint', i18n: 'board.noPin', testid: 'tile-no-pin' }));
    return tile;
  });
  root.replaceChildren(el('section', { testid: 'board', id: 'board' },
    el('div', { class: 'text-center mb-4' },
      el('p', { class: 'text-secondary mb-1', i18n: 'board.title' }),
      el('h1', { class: 'display-6 fw-bold', text: board.householdName || '', testid: 'board-household' }),
      el('p', { class: 'lead', i18n: 'board.subtitle' })),
    members.length ? el('div', { class: 'board-grid', testid: 'board-grid' }, tiles) : emptyState('board.empty', 'board-empty'),
    el('div', { class: 'text-center mt-4' },
      el('a', { class: 'btn btn-link', href: '#/login', testid: 'board-login', i18n: 'board.adminLogin' }))));
}
