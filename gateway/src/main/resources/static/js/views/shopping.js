// The shopping list, made for a phone in a shop: big tick buttons, grouped by the household's categories, an add
// form, approvals for admins, and what was just bought (with Undo). Two phones in one shop: the list re-reads on
// focus and every few seconds; a change someone else made first (409) reloads the list and says so.
import { api } from '../api.js';
import {
  alertBox, confirmDialog, dialog, el, emptyState, field, header, hideAlert, markField, setBusy, showAlert, showError,
  showProblem, spinner, toast, values,
} from '../dom.js';
import { currentMe, isAdmin } from '../session.js';
import { categoryLabel } from '../i18n/shopping.js';

const POLL_MILLIS = 10000;
const RECENT = 8;

function labelProps(category) {
  const label = categoryLabel(category);
  return label.key ? { i18n: label.key } : { text: label.text };
}

function categoryOption(category) {
  const label = categoryLabel(category);
  return label.key ? { value: category, i18n: label.key } : { value: category, text: label.text };
}

function amount(item) {
  const q = Number(item.quantity);
  const n = Number.isFinite(q) ? String(Number(q.toFixed(2))) : '';
  return item.unit ? `${n} ${item.unit}` : `× ${n}`;
}

/** Names compare as the list merges them: full/half width, case and surrounding space do not matter. */
function nameKey(name) {
  return String(name ?? '').normalize('NFKC').trim().toLowerCase();
}

/** A 409 means the list moved on under us: editedMeanwhile (a stale version) or another state. */
function isConflict(error) {
  return error?.status === 409;
}

export async function renderShopping(root) {
  const admin = isAdmin();
  const me = currentMe();
  const box = alertBox('shopping-error');
  const notice = el('div', { class: 'd-none', role: 'status', testid: 'shopping-notice' });
  const pendingArea = el('section', { testid: 'shopping-pending' });
  const listArea = el('section', { testid: 'shopping-list' }, spinner());
  const recentArea = el('section', { testid: 'shopping-recent' });
  const refresh = el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'shopping-refresh', i18n: 'common.refresh' });
  const historyLink = el('a', { class: 'btn btn-outline-primary', href: '#/shopping/history', testid: 'shopping-history-link', i18n: 'shop.historyLink' });
  const settingsLink = admin ? el('a', { class: 'btn btn-outline-secondary', href: '#/shopping/settings', testid: 'shopping-settings-link', i18n: 'shop.settingsLink' }) : null;

  let settings = { categories: ['other'], membersNeedApproval: false };
  let people = new Map();
  let items = [];
  let recent = [];
  let stock = [];
  const stockNames = el('datalist', { id: 'shopping-stock-names', testid: 'shopping-stock-names' });
  let alive = true;
  let sequence = 0;

  const categorySelect = () => field({
    name: 'category', label: 'shop.category', options: settings.categories.map(categoryOption),
  });
  const form = el('form', { novalidate: true, class: 'card card-body pb-0 mb-4', testid: 'shopping-add-form' });

  function buildForm() {
    const keep = form.isConnected ? values(form) : {};
    form.replaceChildren(
      el('h2', { class: 'h6 mb-3', i18n: 'shop.addTitle' }),
      el('div', { class: 'row g-2 align-items-end' },
        el('div', { class: 'col-8 col-md-9' }, field({
          name: 'name', label: 'shop.name', placeholder: 'shop.namePh', required: true, value: keep.name,
          attrs: { maxlength: 100, autocomplete: 'off', list: 'shopping-stock-names', class: 'form-control form-control-lg', 'data-testid': 'shopping-add-name' },
        })),
        el('div', { class: 'col-4 col-md-3 mb-3' },
          el('button', { type: 'submit', class: 'btn btn-primary btn-lg w-100 text-nowrap', i18n: 'shop.add', testid: 'shopping-add-submit' }))),
      el('div', { class: 'row g-2' },
        el('div', { class: 'col-3 col-md-2' }, field({
          name: 'quantity', label: 'shop.quantity', type: 'number', value: keep.quantity || '1',
          attrs: { min: '0.01', max: '9999.99', step: '0.01', inputmode: 'decimal', 'data-testid': 'shopping-add-quantity' },
        })),
        el('div', { class: 'col-3 col-md-2' }, field({
          name: 'unit', label: 'shop.unit', placeholder: 'shop.unitPh', value: keep.unit,
          attrs: { maxlength: 20, 'data-testid': 'shopping-add-unit' },
        })),
        el('div', { class: 'col-6 col-md-3' }, categorySelect()),
        el('div', { class: 'col-12 col-md-5' }, field({
          name: 'memo', label: 'shop.memo', placeholder: 'shop.memoPh', value: keep.memo,
          attrs: { maxlength: 500, 'data-testid': 'shopping-add-memo' },
        }))),
      el('div', { class: 'alert alert-danger d-none', role: 'alert', testid: 'shopping-add-error' }));
    const select = form.querySelector('[name=category]');
    select.dataset.testid = 'shopping-add-category';
    const wanted = keep.category && settings.categories.includes(keep.category) ? keep.category
      : (settings.categories.includes('other') ? 'other' : settings.categories[settings.categories.length - 1]);
    select.value = wanted;
  }

  function say(message, kind = 'success') {
    showAlert(notice, message, kind);
  }

  function who(memberId) {
    if (!memberId) return { key: 'shop.automatic' };
    const p = people.get(String(memberId));
    return p?.displayName || (me?.memberId === memberId ? me.displayName : null) || { key: 'shop.someone' };
  }

  async function act(button, work) {
    if (button) setBusy(button, true);
    hideAlert(box);
    try {
      return await work();
    } catch (error) {
      if (isConflict(error)) {
        say({ key: error.problem?.code === 'editedMeanwhile' ? 'shop.editedMeanwhile' : 'shop.conflict' }, 'warning');
        await load();
      } else {
        showError(box, error);
      }
      return undefined;
    } finally {
      if (button && button.isConnected) setBusy(button, false);
    }
  }

  async function tick(item, button) {
    const done = await act(button, () => api(`/api/shopping/items/${encodeURIComponent(item.id)}/purchase`, { method: 'PUT' }));
    if (!done) return;
    toast({ key: 'shop.bought', args: { name: item.name } }, {
      actionKey: 'shop.undo', testid: 'shopping-bought-toast', onAction: () => untick(item, null),
    });
    await load();
  }

  async function untick(item, button) {
    const done = await act(button, () => api(`/api/shopping/items/${encodeURIComponent(item.id)}/purchase`, { method: 'DELETE' }));
    if (done) await load();
  }

  async function decide(item, approved, button) {
    let reason;
    if (!approved) {
      const answer = await dialog({
        titleKey: 'shop.rejectTitle', titleArgs: { name: item.name }, okKey: 'shop.reject', okClass: 'btn-danger',
        fields: [field({ name: 'reason', label: 'shop.rejectReason', attrs: { maxlength: 200, 'data-testid': 'shopping-reject-reason' } })],
      });
      if (answer === null) return;
      reason = answer.reason || undefined;
    }
    const done = await act(button, () => api(`/api/shopping/items/${encodeURIComponent(item.id)}/approval`, {
      method: 'PUT', body: { approved, reason },
    }));
    if (done) {
      say({ key: approved ? 'shop.approved' : 'shop.rejected', args: { name: item.name } });
      await load();
    }
  }

  async function edit(item) {
    let stale = false;
    const fields = [
      field({ name: 'name', label: 'shop.name', required: true, value: item.name, attrs: { maxlength: 100, 'data-testid': 'shopping-edit-name' } }),
      field({ name: 'quantity', label: 'shop.quantity', type: 'number', value: item.quantity, attrs: { min: '0.01', max: '9999.99', step: '0.01', inputmode: 'decimal', 'data-testid': 'shopping-edit-quantity' } }),
      field({ name: 'unit', label: 'shop.unit', value: item.unit || '', attrs: { maxlength: 20, 'data-testid': 'shopping-edit-unit' } }),
      field({ name: 'memo', label: 'shop.memo', value: item.memo || '', attrs: { maxlength: 500, 'data-testid': 'shopping-edit-memo' } }),
      field({ name: 'category', label: 'shop.category', options: [...new Set([...settings.categories, item.category])].map(categoryOption), value: item.category }),
    ];
    const saved = await dialog({
      titleKey: 'shop.editTitle', titleArgs: { name: item.name }, okKey: 'common.save',
      fields,
      validate: (f, data) => validQuantity(f, data.quantity),
      submit: async (data) => {
        try {
          await api(`/api/shopping/items/${encodeURIComponent(item.id)}`, {
            method: 'PATCH',
            body: { name: data.name, quantity: data.quantity, unit: data.unit, memo: data.memo, category: data.category, version: item.version },
          });
        } catch (error) {
          if (!isConflict(error) || error.fieldErrors.length) throw error;
          stale = error.problem?.code === 'editedMeanwhile' ? 'shop.editedMeanwhile' : 'shop.conflict';
        }
      },
    });
    if (stale) say({ key: stale }, 'warning');
    if (saved !== null || stale) await load();
  }

  async function remove(item, button) {
    if (!(await confirmDialog('shop.confirmDelete', { name: item.name }, 'common.delete'))) return;
    const done = await act(button, async () => {
      await api(`/api/shopping/items/${encodeURIComponent(item.id)}`, { method: 'DELETE' });
      return true;
    });
    if (done) await load();
  }

  function meta(item) {
    const addedBy = who(item.addedByMemberId);
    return el('div', { class: 'small text-secondary d-flex flex-wrap gap-2' },
      item.memo ? el('span', { class: 'fst-italic text-break', text: item.memo, testid: 'shopping-item-memo' }) : null,
      item.source === 'STOCK' ? el('span', { class: 'badge text-bg-info', i18n: 'shop.fromStock', testid: 'shopping-item-stock' })
        : el('span', { i18n: 'shop.addedBy', args: { name: addedBy } }));
  }

  function mayChange(item) {
    return me?.role !== 'CHILD' || item.addedByMemberId === me?.memberId;
  }

  function itemActions(item) {
    if (!mayChange(item)) return null;
    const child = me?.role === 'CHILD';
    const editButton = child && item.status !== 'PENDING' ? null : el('button', {
      type: 'button', class: 'btn btn-outline-secondary', aria: 'shop.editAria', args: { name: item.name }, testid: 'shopping-item-edit', text: '✎',
    });
    if (editButton) editButton.addEventListener('click', () => edit(item));
    const deleteButton = el('button', {
      type: 'button', class: 'btn btn-outline-danger', aria: 'shop.deleteAria', args: { name: item.name }, testid: 'shopping-item-delete', text: '✕',
    });
    deleteButton.addEventListener('click', () => remove(item, deleteButton));
    return el('div', { class: 'btn-group flex-shrink-0' }, editButton, deleteButton);
  }

  function openRow(item) {
    const tickButton = el('button', {
      type: 'button', class: 'btn btn-outline-success btn-lg flex-shrink-0 px-4 py-3 fs-3 lh-1', aria: 'shop.tickAria',
      args: { name: item.name }, testid: 'shopping-item-tick', text: '✓',
    });
    tickButton.addEventListener('click', () => tick(item, tickButton));
    return el('li', { class: 'list-group-item d-flex align-items-center gap-3 py-3', testid: 'shopping-item', dataset: { id: item.id, name: item.name, status: item.status } },
      tickButton,
      el('div', { class: 'flex-grow-1 min-w-0' },
        el('div', { class: 'd-flex flex-wrap align-items-baseline gap-2' },
          el('span', { class: 'fs-5 fw-semibold text-break', text: item.name, testid: 'shopping-item-name' }),
          el('span', { class: 'text-secondary', text: amount(item), testid: 'shopping-item-amount' })),
        meta(item)),
      itemActions(item));
  }

  function pendingRow(item) {
    const buttons = [];
    if (admin) {
      const approve = el('button', { type: 'button', class: 'btn btn-success btn-lg', i18n: 'shop.approve', testid: 'shopping-approve' });
      approve.addEventListener('click', () => decide(item, true, approve));
      const reject = el('button', { type: 'button', class: 'btn btn-outline-danger btn-lg', i18n: 'shop.reject', testid: 'shopping-reject' });
      reject.addEventListener('click', () => decide(item, false, reject));
      buttons.push(approve, reject);
    } else {
      buttons.push(el('span', { class: 'badge text-bg-warning', i18n: 'shop.waiting', testid: 'shopping-waiting' }));
    }
    return el('li', { class: 'list-group-item d-flex flex-wrap align-items-center gap-3 py-3', testid: 'shopping-pending-item', dataset: { id: item.id, name: item.name, status: item.status } },
      el('div', { class: 'flex-grow-1' },
        el('div', { class: 'd-flex flex-wrap align-items-baseline gap-2' },
          el('span', { class: 'fs-5 fw-semibold text-break', text: item.name, testid: 'shopping-item-name' }),
          el('span', { class: 'text-secondary', text: amount(item) }),
          el('span', { class: 'badge text-bg-light border', ...labelProps(item.category) })),
        meta(item)),
      el('div', { class: 'd-flex gap-2' }, buttons),
      admin ? null : itemActions(item));
  }

  function recentRow(item) {
    const back = el('button', {
      type: 'button', class: 'btn btn-outline-secondary', i18n: 'shop.untick', title: 'shop.untickAria', args: { name: item.name }, testid: 'shopping-untick',
    });
    back.addEventListener('click', () => untick(item, back));
    return el('li', { class: 'list-group-item d-flex align-items-center gap-3', testid: 'shopping-recent-item', dataset: { id: item.id, name: item.name } },
      el('div', { class: 'flex-grow-1' },
        el('span', { class: 'text-decoration-line-through text-secondary me-2', text: item.name }),
        el('span', { class: 'text-secondary small', text: amount(item) }),
        el('div', { class: 'small text-secondary', i18n: 'shop.boughtBy', args: { name: who(item.purchasedByMemberId), time: { date: item.purchasedAt } } })),
      back);
  }

  function paint() {
    const pending = items.filter((i) => i.status === 'PENDING');
    const open = items.filter((i) => i.status === 'OPEN');
    pendingArea.replaceChildren();
    if (pending.length) {
      pendingArea.append(el('div', { class: 'card border-warning mb-4' },
        el('div', { class: 'card-header bg-warning-subtle' },
          el('h2', { class: 'h6 mb-0', i18n: 'shop.pendingTitle' }),
          el('div', { class: 'small text-secondary', i18n: 'shop.pendingHelp' })),
        el('ul', { class: 'list-group list-group-flush' }, pending.map(pendingRow))));
    }
    const known = settings.categories;
    const groups = known.map((c) => [c, open.filter((i) => i.category === c)]);
    const strays = open.filter((i) => !known.includes(i.category));
    if (strays.length) groups.push([null, strays]);
    const shown = groups.filter(([, list]) => list.length);
    listArea.replaceChildren(shown.length ? el('div', { class: 'd-flex flex-column gap-3' }, shown.map(([category, list]) => el('div', {
      class: 'card', testid: 'shopping-group', dataset: { category: category ?? '' },
    },
    el('div', { class: 'card-header fw-semibold d-flex justify-content-between' },
      el('span', category === null ? { i18n: 'shop.otherCategory' } : labelProps(category)),
      el('span', { class: 'badge text-bg-secondary', text: String(list.length) })),
    el('ul', { class: 'list-group list-group-flush' }, list.map(openRow))))) : emptyState('shop.empty', 'shopping-empty'));
    recentArea.replaceChildren();
    if (recent.length) {
      recentArea.append(el('h2', { class: 'h6 mt-4 text-secondary', i18n: 'shop.recentTitle' }),
        el('ul', { class: 'list-group' }, recent.slice(0, RECENT).map(recentRow)));
    }
  }

  async function load() {
    const mine = ++sequence;
    refresh.disabled = true;
    try {
      const [list, bought, s, members, stocked] = await Promise.all([
        api('/api/shopping/items'),
        api('/api/shopping/items?status=purchased'),
        api('/api/shopping/settings'),
        people.size ? Promise.resolve(null) : api('/api/members').catch(() => null),
        // The pantry's items: a name typed here that is one of them is linked, so buying it restocks it.
        api('/api/stock/items').catch(() => null),
      ]);
      if (!alive || mine !== sequence) return;
      if (Array.isArray(stocked)) {
        stock = stocked;
        stockNames.replaceChildren(...stock.map((i) => el('option', { value: i.name })));
      }
      if (Array.isArray(members)) people = new Map(members.map((m) => [String(m.id), m]));
      const categoriesChanged = JSON.stringify(s?.categories) !== JSON.stringify(settings.categories);
      if (s && Array.isArray(s.categories) && s.categories.length) settings = s;
      if (categoriesChanged || !form.firstChild) buildForm();
      items = Array.isArray(list) ? list : [];
      recent = Array.isArray(bought) ? bought : [];
      hideAlert(box);
      paint();
    } catch (error) {
      if (!alive || mine !== sequence) return;
      if (!items.length) listArea.replaceChildren();
      showError(box, error);
    } finally {
      if (mine === sequence) refresh.disabled = false;
    }
  }

  function validQuantity(f, quantity) {
    const q = Number(quantity);
    if (quantity !== '' && quantity !== undefined && !(Number.isFinite(q) && q >= 0.01 && q <= 9999.99)) {
      markField(f, 'quantity', { key: 'shop.quantityBad' });
      return false;
    }
    return true;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = form.querySelector('[data-testid=shopping-add-error]');
    const data = values(form);
    form.querySelectorAll('.is-invalid').forEach((n) => n.classList.remove('is-invalid'));
    error.classList.add('d-none');
    if (!data.name) {
      markField(form, 'name', { key: 'error.required' });
      form.querySelector('[name=name]').focus();
      return;
    }
    if (!validQuantity(form, data.quantity)) return;
    const submit = form.querySelector('[type=submit]');
    setBusy(submit, true);
    try {
      const stocked = stock.find((i) => nameKey(i.name) === nameKey(data.name));
      const item = await api('/api/shopping/items', {
        method: 'POST',
        body: {
          name: data.name, quantity: data.quantity || undefined, unit: data.unit || stocked?.unit || undefined,
          memo: data.memo || undefined, category: data.category, stockItemId: stocked?.id,
        },
      });
      const merged = items.some((i) => i.id === item.id);
      say({ key: item.status === 'PENDING' ? 'shop.addedPending' : (merged ? 'shop.merged' : 'shop.added'), args: { name: item.name } });
      ['name', 'memo', 'unit'].forEach((n) => { form.querySelector(`[name=${n}]`).value = ''; });
      form.querySelector('[name=quantity]').value = '1';
      form.querySelector('[name=name]').focus();
      await load();
    } catch (e) {
      showProblem(form, error, e);
    } finally {
      setBusy(submit, false);
    }
  });
  refresh.addEventListener('click', () => load());

  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'shopping' },
    header('shop.title', historyLink, settingsLink, refresh), box, notice, form, stockNames, pendingArea, listArea, recentArea));
  buildForm();
  await load();

  const onFocus = () => load();
  window.addEventListener('focus', onFocus);
  const timer = window.setInterval(() => { if (document.visibilityState === 'visible') load(); }, POLL_MILLIS);
  return () => {
    alive = false;
    window.removeEventListener('focus', onFocus);
    window.clearInterval(timer);
  };
}
