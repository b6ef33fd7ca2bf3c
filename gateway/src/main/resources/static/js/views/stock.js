// The stock page: items grouped by category, low ones highlighted, one-tap "use one" with a big target, use several,
// restock, add/edit, and each item's movement history (who, when), paged.
import { api } from '../api.js';
import {
  alertBox, confirmDialog, dialog, el, emptyState, field, header, hideAlert, infoDialog, showAlert, showError, spinner, toast,
} from '../dom.js';
import { t, todayIso } from '../i18n.js';
import * as session from '../session.js';
import '../i18n/inventory.js';

const CATEGORIES = ['DAILY_GOODS', 'HYGIENE', 'KITCHEN', 'CLEANING', 'LAUNDRY', 'FOOD', 'OTHER'];
const HISTORY_PAGE = 20;

/** A number for the API, or the text as typed (the server answers a field error); blank is null. */
function num(value) {
  if (value === undefined || value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

function itemBody(data, version) {
  return {
    name: data.name, category: data.category, unit: data.unit, quantity: num(data.quantity), minimum: num(data.minimum),
    reorderQuantity: num(data.reorderQuantity), consumptionPeriodDays: num(data.consumptionPeriodDays),
    lastPurchasedOn: data.lastPurchasedOn || null, version,
  };
}

function itemFields(item) {
  const i = item || {};
  return [
    field({ name: 'name', label: 'stock.name', placeholder: 'stock.namePh', required: true, value: i.name, attrs: { maxlength: 100, 'data-testid': 'stock-form-name' } }),
    field({
      name: 'category', label: 'stock.category', value: i.category || 'DAILY_GOODS',
      options: CATEGORIES.map((c) => ({ value: c, i18n: `stock.cat.${c}` })), attrs: { 'data-testid': 'stock-form-category' },
    }),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-6' }, field({ name: 'quantity', label: 'stock.quantity', type: 'number', required: true, value: i.quantity ?? 0, attrs: { min: 0, step: 'any', inputmode: 'decimal', 'data-testid': 'stock-form-quantity' } })),
      el('div', { class: 'col-6' }, field({ name: 'unit', label: 'stock.unit', placeholder: 'stock.unitPh', required: true, value: i.unit, attrs: { maxlength: 20, 'data-testid': 'stock-form-unit' } }))),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-6' }, field({ name: 'minimum', label: 'stock.minimum', type: 'number', required: true, value: i.minimum ?? 1, attrs: { min: 0, step: 'any', inputmode: 'decimal', 'data-testid': 'stock-form-minimum' } })),
      el('div', { class: 'col-6' }, field({ name: 'reorderQuantity', label: 'stock.reorder', type: 'number', value: i.reorderQuantity, attrs: { min: 0, step: 'any', inputmode: 'decimal', 'data-testid': 'stock-form-reorder' } }))),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-6' }, field({ name: 'consumptionPeriodDays', label: 'stock.period', type: 'number', value: i.consumptionPeriodDays, attrs: { min: 1, max: 3650, step: 1, inputmode: 'numeric', 'data-testid': 'stock-form-period' } })),
      el('div', { class: 'col-6' }, field({ name: 'lastPurchasedOn', label: 'stock.lastPurchased', type: 'date', value: i.lastPurchasedOn, attrs: { max: todayIso(), 'data-testid': 'stock-form-last-purchased' } }))),
    el('div', { class: 'form-text mb-2', i18n: 'stock.periodHelp' }),
  ];
}

function quantityField(name, value) {
  return field({
    name, label: 'stock.howMany', type: 'number', required: true, value,
    attrs: { min: 0, step: 'any', inputmode: 'decimal', 'data-testid': 'stock-dialog-quantity' },
  });
}

export async function renderStock(root) {
  const box = alertBox('stock-error');
  const content = el('div', { testid: 'stock-content' }, spinner());
  const add = el('button', { class: 'btn btn-primary', type: 'button', testid: 'stock-add', i18n: 'stock.add' });
  const refresh = el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'stock-refresh', i18n: 'stock.refresh' });
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'stock' }, header('stock.title', refresh, add), box, content));

  let items = [];
  let people = new Map();
  let alive = true;

  const who = (id) => (id && people.get(String(id))?.displayName) || null;

  /** A 409 editedMeanwhile: someone saved the item first. */
  const editedMeanwhile = (error) => error?.status === 409 && error.problem?.code === 'editedMeanwhile';

  function replace(updated) {
    items = items.map((i) => (i.id === updated.id ? updated : i));
    paint();
  }

  async function consume(item, quantity) {
    hideAlert(box);
    try {
      const updated = await api(`/api/stock/items/${encodeURIComponent(item.id)}/consume`, {
        method: 'POST', body: quantity === undefined ? undefined : { quantity },
      });
      replace(updated);
      toast(Number(updated.quantity) > 0
        ? { key: 'stock.consumed', args: { name: updated.name, quantity: updated.quantity, unit: updated.unit } }
        : { key: 'stock.zeroLeft', args: { name: updated.name } }, { testid: 'stock-toast', delay: 4000 });
    } catch (error) {
      showError(box, error);
      if (error?.status === 404) load();
    }
  }

  async function consumeSeveral(item) {
    await dialog({
      titleKey: 'stock.consumeTitle', titleArgs: { name: item.name }, fields: [quantityField('quantity', 2)], okKey: 'stock.consumeN',
      submit: async (data) => {
        const updated = await api(`/api/stock/items/${encodeURIComponent(item.id)}/consume`, { method: 'POST', body: { quantity: num(data.quantity) } });
        replace(updated);
      },
    });
  }

  async function restock(item) {
    await dialog({
      titleKey: 'stock.restockTitle', titleArgs: { name: item.name }, okKey: 'stock.restock',
      fields: [quantityField('quantity', item.reorderQuantity ?? 1)],
      submit: async (data) => {
        const updated = await api(`/api/stock/items/${encodeURIComponent(item.id)}/restock`, { method: 'POST', body: { quantity: num(data.quantity) } });
        replace(updated);
        toast({ key: 'stock.restocked', args: { name: updated.name, quantity: updated.quantity, unit: updated.unit } }, { testid: 'stock-toast', delay: 4000 });
      },
    });
  }

  async function edit(item) {
    // After a 409 the list is reloaded and the next save is based on the fresh version; what was typed stays.
    let current = item;
    await dialog({
      titleKey: item ? 'stock.editTitle' : 'stock.addTitle', titleArgs: item ? { name: item.name } : undefined, okKey: 'common.save',
      fields: itemFields(item),
      submit: async (data) => {
        try {
          if (current) {
            replace(await api(`/api/stock/items/${encodeURIComponent(current.id)}`, { method: 'PATCH', body: itemBody(data, current.version) }));
          } else {
            await api('/api/stock/items', { method: 'POST', body: itemBody(data) });
            await load();
          }
        } catch (error) {
          if (editedMeanwhile(error)) {
            await load();
            current = items.find((i) => i.id === current?.id) || current;
            throw Object.assign(error, { problem: { ...error.problem, detail: t('stock.editedMeanwhile') } });
          }
          throw error;
        }
      },
    });
  }

  async function remove(item) {
    if (!(await confirmDialog('stock.confirmDelete', { name: item.name }, 'stock.delete'))) return;
    try {
      await api(`/api/stock/items/${encodeURIComponent(item.id)}`, { method: 'DELETE' });
      showAlert(box, { key: 'stock.deleted', args: { name: item.name } }, 'success');
      await load();
    } catch (error) {
      showError(box, error);
    }
  }

  function movementRow(m) {
    const delta = Number(m.delta);
    const sign = delta > 0 ? '+' : '';
    const person = who(m.memberId);
    return el('li', { class: 'list-group-item d-flex justify-content-between align-items-center gap-2', testid: 'stock-movement', dataset: { kind: m.kind } },
      el('div', {},
        el('div', {}, el('span', { class: 'fw-semibold', i18n: `stock.kind.${m.kind}` }), ' ',
          el('span', { class: delta < 0 ? 'text-danger' : 'text-success', text: `${sign}${m.delta}`, testid: 'stock-movement-delta' }),
          el('span', { class: 'text-secondary', text: ` → ${m.quantityAfter}` })),
        el('div', { class: 'small text-secondary' }, el('span', { date: m.occurredAt })),
      ),
      el('span', { class: 'small text-secondary text-end', testid: 'stock-movement-who' },
        person ? el('span', { text: person })
          : el('span', { i18n: m.kind === 'PURCHASE' ? 'stock.byShopping' : 'stock.byUnknown' })));
  }

  function history(item) {
    const list = el('ul', { class: 'list-group', testid: 'stock-history-list' });
    const more = el('button', { class: 'btn btn-outline-secondary w-100 mt-2 d-none', type: 'button', i18n: 'stock.historyMore', testid: 'stock-history-more' });
    const error = alertBox('stock-history-error');
    const body = infoDialog({ titleKey: 'stock.historyTitle', titleArgs: { name: item.name }, testid: 'stock-history' }, spinner());
    let page = 0;
    async function next() {
      more.disabled = true;
      try {
        const found = await api(`/api/stock/items/${encodeURIComponent(item.id)}/movements?page=${page}&size=${HISTORY_PAGE}`);
        if (page === 0) body.replaceChildren(error, found.items.length ? list : emptyState('stock.historyEmpty', 'stock-history-empty'), more);
        list.append(...found.items.map(movementRow));
        page += 1;
        more.classList.toggle('d-none', page * HISTORY_PAGE >= found.total);
      } catch (e) {
        if (page === 0) body.replaceChildren(error);
        showError(error, e);
      } finally {
        more.disabled = false;
      }
    }
    more.addEventListener('click', next);
    next();
  }

  function card(item) {
    const low = item.low;
    const attrs = { class: `list-group-item py-3${low ? ' list-group-item-danger' : ''}`, testid: 'stock-item', dataset: { stockId: item.id, low: String(low), name: item.name } };
    return el('li', attrs,
      el('div', { class: 'd-flex flex-wrap align-items-center justify-content-between gap-2' },
        el('div', { class: 'flex-grow-1' },
          el('div', { class: 'fw-semibold fs-5', text: item.name, testid: 'stock-item-name' }),
          el('div', { class: 'd-flex flex-wrap align-items-baseline gap-2' },
            el('span', { class: 'fs-4 fw-bold', text: `${item.quantity}`, testid: 'stock-quantity' }),
            el('span', { text: item.unit }),
            el('span', { class: 'small text-secondary', i18n: 'stock.minShort', args: { minimum: item.minimum } }),
            low ? el('span', { class: 'badge text-bg-danger', i18n: 'stock.low', testid: 'stock-low' }) : null,
            item.lowSignalled ? el('span', { class: 'badge text-bg-info', i18n: 'stock.onList', testid: 'stock-on-list' }) : null,
            item.periodRunsOutOn ? el('span', { class: 'small text-secondary', i18n: 'stock.runsOut', args: { day: { day: item.periodRunsOutOn } } }) : null)),
        el('button', {
          class: 'btn btn-primary btn-lg px-4 py-3 fs-4', type: 'button', testid: 'stock-consume', text: '−1',
          aria: 'stock.consumeOneAria', args: { name: item.name }, disabled: Number(item.quantity) <= 0,
          on: { click: (event) => { event.currentTarget.disabled = true; consume(item); } },
        })),
      el('div', { class: 'd-flex flex-wrap gap-2 mt-2' },
        el('button', { class: 'btn btn-outline-primary', type: 'button', testid: 'stock-consume-n', i18n: 'stock.consumeN', on: { click: () => consumeSeveral(item) } }),
        el('button', { class: 'btn btn-outline-success', type: 'button', testid: 'stock-restock', i18n: 'stock.restock', on: { click: () => restock(item) } }),
        el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'stock-history', i18n: 'stock.history', on: { click: () => history(item) } }),
        session.currentMe()?.role === 'CHILD' ? null
          : el('button', { class: 'btn btn-outline-secondary', type: 'button', testid: 'stock-edit', i18n: 'stock.edit', on: { click: () => edit(item) } }),
        session.isAdmin()
          ? el('button', { class: 'btn btn-outline-danger ms-auto', type: 'button', testid: 'stock-delete', i18n: 'stock.delete', on: { click: () => remove(item) } })
          : null));
  }

  function paint() {
    if (!items.length) {
      content.replaceChildren(emptyState('stock.empty', 'stock-empty'));
      return;
    }
    const groups = CATEGORIES.map((c) => [c, items.filter((i) => (CATEGORIES.includes(i.category) ? i.category : 'OTHER') === c)])
      .filter(([, list]) => list.length);
    content.replaceChildren(...groups.map(([c, list]) => el('section', { class: 'mb-4', testid: 'stock-category', dataset: { category: c } },
      el('h2', { class: 'h6 text-secondary', i18n: `stock.cat.${c}` }),
      el('ul', { class: 'list-group', testid: 'stock-list' }, list.map(card)))));
  }

  async function load() {
    refresh.disabled = true;
    try {
      const [found, members] = await Promise.all([api('/api/stock/items'), api('/api/members').catch(() => null)]);
      if (!alive) return;
      if (Array.isArray(members)) people = new Map(members.map((m) => [String(m.id), m]));
      items = Array.isArray(found) ? found : [];
      paint();
    } catch (error) {
      if (!items.length) content.replaceChildren();
      showError(box, error);
    } finally {
      refresh.disabled = false;
    }
  }

  add.classList.toggle('d-none', session.currentMe()?.role === 'CHILD');
  add.addEventListener('click', () => edit(null));
  refresh.addEventListener('click', () => { hideAlert(box); load(); });
  await load();
  return () => { alive = false; };
}
