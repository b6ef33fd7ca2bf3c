// Shopping list settings (admins): whether members' additions need approval too, and the categories in order.
// The default categories are keys the web UI translates; a renamed one is stored as typed.
import { api } from '../api.js';
import { alertBox, el, header, hideAlert, setBusy, showAlert, showProblem, spinner } from '../dom.js';
import { t } from '../i18n.js';
import { categoryLabel } from '../i18n/shopping.js';

const MAX_CATEGORIES = 30;

function shown(category) {
  const label = categoryLabel(category);
  return label.key ? t(label.key) : label.text;
}

export async function renderShoppingSettings(root) {
  const box = alertBox('shopping-settings-error');
  root.replaceChildren(el('section', { class: 'narrow mx-auto', testid: 'shopping-settings' }, spinner()));
  const settings = await api('/api/shopping/settings');
  // Each row remembers the category it started as: a row nobody typed in keeps its key, so it stays translated.
  const rowsOf = (categories) => categories.map((c) => ({ original: c, text: shown(c), edited: false }));
  let rows = rowsOf(settings.categories);

  const approval = el('input', {
    class: 'form-check-input', type: 'checkbox', id: 'shop-members-approval', name: 'membersNeedApproval', testid: 'shopping-settings-approval',
  });
  approval.checked = Boolean(settings.membersNeedApproval);
  const list = el('ol', { class: 'list-group list-group-numbered mb-2', testid: 'shopping-settings-categories' });
  const feedback = el('div', { class: 'invalid-feedback d-block', dataset: { errorFor: 'categories' } });

  function paint() {
    list.replaceChildren(...rows.map((r, index) => {
      const input = el('input', {
        class: 'form-control', name: `categories[${index}]`, maxlength: 40, value: r.text, aria: 'shop.categoryAria', args: { n: index + 1 }, testid: 'shopping-settings-category',
      });
      input.addEventListener('input', () => { r.text = input.value; r.edited = true; });
      const up = el('button', { type: 'button', class: 'btn btn-outline-secondary', text: '↑', title: 'shop.moveUp', testid: 'shopping-settings-up', disabled: index === 0 });
      const down = el('button', { type: 'button', class: 'btn btn-outline-secondary', text: '↓', title: 'shop.moveDown', testid: 'shopping-settings-down', disabled: index === rows.length - 1 });
      const remove = el('button', { type: 'button', class: 'btn btn-outline-danger', text: '×', title: 'shop.removeCategory', testid: 'shopping-settings-remove', disabled: rows.length === 1 });
      up.addEventListener('click', () => { [rows[index - 1], rows[index]] = [rows[index], rows[index - 1]]; paint(); });
      down.addEventListener('click', () => { [rows[index + 1], rows[index]] = [rows[index], rows[index + 1]]; paint(); });
      remove.addEventListener('click', () => { rows = rows.filter((_, i) => i !== index); paint(); });
      return el('li', { class: 'list-group-item d-flex align-items-center gap-2' },
        el('div', { class: 'flex-grow-1' }, input, el('div', { class: 'invalid-feedback', dataset: { errorFor: `categories[${index}]` } })),
        el('div', { class: 'btn-group' }, up, down, remove));
    }));
    addButton.disabled = rows.length >= MAX_CATEGORIES;
  }

  const addButton = el('button', { type: 'button', class: 'btn btn-outline-primary mb-3', i18n: 'shop.addCategory', testid: 'shopping-settings-add' });
  addButton.addEventListener('click', () => {
    rows.push({ original: null, text: '', edited: true });
    paint();
    list.querySelector('li:last-child input').focus();
  });
  const save = el('button', { type: 'submit', class: 'btn btn-primary btn-lg', i18n: 'common.save', testid: 'shopping-settings-save' });
  const form = el('form', { novalidate: true, testid: 'shopping-settings-form' },
    el('div', { class: 'form-check form-switch mb-1' }, approval,
      el('label', { class: 'form-check-label', for: 'shop-members-approval', i18n: 'shop.membersNeedApproval' })),
    el('div', { class: 'form-text mb-4', i18n: 'shop.membersNeedApprovalHelp' }),
    el('h2', { class: 'h6', i18n: 'shop.categoriesTitle' }),
    el('div', { class: 'form-text mb-2', i18n: 'shop.categoriesHelp' }),
    list, feedback, addButton,
    el('div', {}, save));
  let version = settings.version;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideAlert(box);
    setBusy(save, true);
    const categories = rows.map((r) => (r.original !== null && (!r.edited || r.text.trim() === shown(r.original)) ? r.original : r.text.trim()));
    try {
      const saved = await api('/api/shopping/settings', {
        method: 'PUT', body: { membersNeedApproval: approval.checked, categories, version },
      });
      version = saved.version;
      rows = rowsOf(saved.categories);
      paint();
      form.querySelectorAll('.is-invalid').forEach((n) => n.classList.remove('is-invalid'));
      feedback.textContent = '';
      showAlert(box, { key: 'shop.settingsSaved' }, 'success');
    } catch (error) {
      showProblem(form, box, error);
      const listError = error.fieldErrors?.find((e) => e.field === 'categories');
      if (listError) feedback.textContent = listError.message || '';
    } finally {
      setBusy(save, false);
    }
  });

  paint();
  root.replaceChildren(el('section', { class: 'narrow mx-auto', testid: 'shopping-settings' },
    header('shop.settingsTitle', el('a', { class: 'btn btn-outline-secondary', href: '#/shopping', i18n: 'shop.backToList', testid: 'shopping-settings-back' })),
    box, form));
}
