// Purchase history: every purchase, newest first, searchable by name (width, case and kana folded by the server),
// a page at a time, with "buy again" (back on the list by the caller's rules: approval, merge).
import { api } from '../api.js';
import { alertBox, el, emptyState, header, hideAlert, setBusy, showAlert, showError, spinner } from '../dom.js';
import '../i18n/shopping.js';

const PAGE_SIZE = 20;

function amount(item) {
  const q = Number(item.quantity);
  const n = Number.isFinite(q) ? String(Number(q.toFixed(2))) : '';
  return item.unit ? `${n} ${item.unit}` : `× ${n}`;
}

export async function renderShoppingHistory(root) {
  const box = alertBox('shopping-history-error');
  const notice = el('div', { class: 'd-none', role: 'status', testid: 'shopping-history-notice' });
  const list = el('div', { testid: 'shopping-history-content' }, spinner());
  const pager = el('nav', { class: 'd-flex align-items-center justify-content-between mt-3', testid: 'shopping-history-pager' });
  const search = el('input', {
    class: 'form-control form-control-lg', type: 'search', name: 'q', maxlength: 100, placeholder: 'shop.searchPh', aria: 'shop.search', testid: 'shopping-history-q',
  });
  const form = el('form', { class: 'd-flex gap-2 mb-3', role: 'search', testid: 'shopping-history-search' }, search,
    el('button', { class: 'btn btn-primary btn-lg text-nowrap', type: 'submit', i18n: 'shop.search', testid: 'shopping-history-submit' }));
  const back = el('a', { class: 'btn btn-outline-secondary', href: '#/shopping', i18n: 'shop.backToList', testid: 'shopping-history-back' });
  let page = 0;
  let q = '';
  let people = new Map();

  function who(memberId) {
    return people.get(String(memberId))?.displayName || { key: 'shop.someone' };
  }

  async function buyAgain(item, button) {
    setBusy(button, true);
    hideAlert(box);
    try {
      const added = await api(`/api/shopping/history/${encodeURIComponent(item.id)}/buy-again`, { method: 'POST' });
      showAlert(notice, { key: added.status === 'PENDING' ? 'shop.addedPending' : 'shop.added', args: { name: added.name } }, 'success');
    } catch (error) {
      showError(box, error);
    } finally {
      setBusy(button, false);
    }
  }

  function row(item) {
    const again = el('button', {
      type: 'button', class: 'btn btn-outline-primary btn-lg flex-shrink-0', i18n: 'shop.buyAgain', title: 'shop.buyAgainAria',
      args: { name: item.name }, testid: 'shopping-buy-again',
    });
    again.addEventListener('click', () => buyAgain(item, again));
    return el('li', { class: 'list-group-item d-flex align-items-center gap-3 py-3', testid: 'shopping-history-item', dataset: { id: item.id, name: item.name } },
      el('div', { class: 'flex-grow-1' },
        el('div', { class: 'd-flex flex-wrap align-items-baseline gap-2' },
          el('span', { class: 'fw-semibold text-break', text: item.name, testid: 'shopping-history-name' }),
          el('span', { class: 'text-secondary', text: amount(item) })),
        el('div', { class: 'small text-secondary', i18n: 'shop.boughtBy', args: { name: who(item.purchasedByMemberId), time: { date: item.purchasedAt } } })),
      again);
  }

  function paintPager(result) {
    pager.replaceChildren();
    if (!result || result.totalPages <= 1) return;
    const prev = el('button', { type: 'button', class: 'btn btn-outline-secondary', i18n: 'shop.prev', testid: 'shopping-history-prev', disabled: page === 0 });
    const next = el('button', { type: 'button', class: 'btn btn-outline-secondary', i18n: 'shop.next', testid: 'shopping-history-next', disabled: page + 1 >= result.totalPages });
    prev.addEventListener('click', () => { page -= 1; load(); });
    next.addEventListener('click', () => { page += 1; load(); });
    pager.append(prev, el('span', { class: 'text-secondary', i18n: 'shop.pageOf', args: { page: page + 1, pages: result.totalPages }, testid: 'shopping-history-page' }), next);
  }

  async function load() {
    hideAlert(box);
    list.replaceChildren(spinner());
    try {
      const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
      if (q) params.set('q', q);
      const [result, members] = await Promise.all([
        api(`/api/shopping/history?${params}`),
        people.size ? Promise.resolve(null) : api('/api/members').catch(() => null),
      ]);
      if (Array.isArray(members)) people = new Map(members.map((m) => [String(m.id), m]));
      const rows = Array.isArray(result?.items) ? result.items : [];
      if (rows.length) {
        list.replaceChildren(el('ul', { class: 'list-group', testid: 'shopping-history-list' }, rows.map(row)));
      } else if (q) {
        list.replaceChildren(el('p', { class: 'text-secondary fst-italic my-3', i18n: 'shop.historyNone', args: { q }, testid: 'shopping-history-empty' }));
      } else {
        list.replaceChildren(emptyState('shop.historyEmpty', 'shopping-history-empty'));
      }
      paintPager(result);
    } catch (error) {
      list.replaceChildren();
      pager.replaceChildren();
      showError(box, error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    q = search.value.trim();
    page = 0;
    load();
  });

  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'shopping-history' },
    header('shop.historyTitle', back), box, notice, form, list, pager));
  await load();
}
