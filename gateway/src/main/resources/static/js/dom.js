// Tiny DOM helpers: elements carry i18n keys (never literal text), forms show problem+json field errors.
import { applyLanguage, t } from './i18n.js';

/**
 * el('button', {class: 'btn', i18n: 'common.save', testid: 'save', on: {click: fn}}, ...children).
 * Plain text from the server goes through {text}; never through innerHTML.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(props).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    switch (key) {
      case 'class': node.className = value; break;
      case 'text': node.textContent = value; break;
      case 'i18n': node.dataset.i18n = value; break;
      case 'args': node.dataset.i18nArgs = JSON.stringify(value); break;
      case 'placeholder': node.dataset.i18nPlaceholder = value; break;
      case 'aria': node.dataset.i18nAriaLabel = value; break;
      case 'title': node.dataset.i18nTitle = value; break;
      case 'testid': node.dataset.testid = value; break;
      case 'date': node.dataset.date = value; break;
      case 'day': node.dataset.day = value; break;
      case 'clock': node.dataset.clock = value; break;
      case 'on': Object.entries(value).forEach(([event, fn]) => node.addEventListener(event, fn)); break;
      case 'dataset': Object.assign(node.dataset, value); break;
      default: node.setAttribute(key, value === true ? '' : value);
    }
  });
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  if (props.i18n || props.placeholder || props.aria || props.title || props.date || props.day || props.clock) applyLanguage(node);
  return node;
}

export function spinner(textKey = 'common.loading') {
  return el('div', { class: 'd-flex align-items-center gap-2 text-secondary my-3', testid: 'loading', role: 'status' },
    el('div', { class: 'spinner-border spinner-border-sm', 'aria-hidden': 'true' }),
    el('span', { i18n: textKey }));
}

export function emptyState(key, testid = 'empty') {
  return el('p', { class: 'text-secondary fst-italic my-3', testid, i18n: key });
}

/** The words for an error: the server's (already localized) detail where it is meant for people. */
export function errorText(error) {
  if (!error || error.status === undefined) return { key: 'error.generic' };
  if (error.status === 0) return { key: 'error.network' };
  if (error.status === 429) {
    return error.retryAfter ? { key: 'error.tooMany', args: { seconds: error.retryAfter } } : { key: 'error.tooManyNoTime' };
  }
  if (error.status === 404) return { key: 'error.notFound' };
  if (error.status === 403) return { key: 'error.forbidden' };
  if (error.status === 503 && error.retryAfter) return { key: 'error.busy', args: { seconds: error.retryAfter } };
  if (error.status >= 500) return { key: 'error.server' };
  const detail = error.problem?.detail;
  if (detail) return { text: detail };
  return { key: 'error.generic' };
}

export function alertBox(testid = 'form-error') {
  return el('div', { class: 'alert alert-danger d-none', role: 'alert', testid });
}

export function showAlert(box, message, kind = 'danger') {
  box.className = `alert alert-${kind}`;
  delete box.dataset.i18n;
  delete box.dataset.i18nArgs;
  if (message.key) {
    box.dataset.i18n = message.key;
    if (message.args) box.dataset.i18nArgs = JSON.stringify(message.args);
    box.textContent = t(message.key, message.args);
  } else {
    box.textContent = message.text;
  }
}

export function hideAlert(box) {
  box.classList.add('d-none');
}

export function showError(box, error) {
  showAlert(box, errorText(error), 'danger');
}

/** A labelled input with its invalid-feedback slot. */
export function field({
  name, label, type = 'text', placeholder, required = false, value, attrs = {}, help, options,
}) {
  const id = `f-${name}`;
  let input;
  if (options) {
    input = el('select', { class: 'form-select', id, name, required, ...attrs },
      options.map((o) => el('option', { value: o.value, i18n: o.i18n, text: o.text })));
  } else {
    input = el('input', { class: 'form-control', id, name, type, placeholder, required, ...attrs });
  }
  if (value !== undefined && value !== null) input.value = value;
  return el('div', { class: 'mb-3' },
    el('label', { class: 'form-label', for: id, i18n: label }),
    input,
    help ? el('div', { class: 'form-text', i18n: help }) : null,
    el('div', { class: 'invalid-feedback', dataset: { errorFor: name } }));
}

export function clearFieldErrors(form) {
  form.querySelectorAll('.is-invalid').forEach((n) => n.classList.remove('is-invalid'));
  form.querySelectorAll('.invalid-feedback').forEach((n) => {
    n.textContent = '';
    delete n.dataset.i18n;
    delete n.dataset.i18nArgs;
  });
}

/** Marks one field; message is {key,args} or {text}. Returns false when the form has no such field. */
export function markField(form, name, message) {
  const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
  const feedback = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
  if (!input) return false;
  input.classList.add('is-invalid');
  if (feedback) {
    if (message.key) {
      feedback.dataset.i18n = message.key;
      if (message.args) feedback.dataset.i18nArgs = JSON.stringify(message.args);
      feedback.textContent = t(message.key, message.args);
    } else {
      feedback.textContent = message.text;
    }
  }
  return true;
}

/** Shows problem+json errors[] under the inputs; the summary goes to the alert box. */
export function showProblem(form, box, error) {
  clearFieldErrors(form);
  const unmatched = [];
  (error?.fieldErrors || []).forEach((e) => {
    if (!markField(form, e.field, { text: e.message || t('error.generic') })) unmatched.push(e);
  });
  if (error?.fieldErrors?.length && !unmatched.length && !error.problem?.detail) {
    showAlert(box, { key: 'error.fixFields' });
  } else {
    showError(box, error);
  }
  const firstInvalid = form.querySelector('.is-invalid');
  if (firstInvalid) firstInvalid.focus();
}

export function values(form) {
  const data = {};
  new FormData(form).forEach((v, k) => { data[k] = typeof v === 'string' ? v.trim() : v; });
  return data;
}

export function setBusy(button, busy) {
  button.disabled = busy;
  const existing = button.querySelector('.spinner-border');
  if (busy && !existing) {
    button.prepend(el('span', { class: 'spinner-border spinner-border-sm me-1', 'aria-hidden': 'true' }));
  } else if (!busy && existing) {
    existing.remove();
  }
}

/** A heading row: title key plus optional actions. */
export function header(titleKey, ...actions) {
  return el('div', { class: 'd-flex flex-wrap align-items-center justify-content-between gap-2 mb-3' },
    el('h1', { class: 'h4 mb-0', i18n: titleKey, testid: 'page-title' }), el('div', { class: 'd-flex gap-2' }, actions));
}

/** A modal dialog built on Bootstrap's; resolves with the form values on OK, null on cancel. */
export function dialog({ titleKey, titleArgs, messageKey, messageArgs, fields = [], okKey = 'common.ok', okClass = 'btn-primary', validate, submit }) {
  return new Promise((resolve) => {
    const box = alertBox('dialog-error');
    const form = el('form', { novalidate: true, class: 'modal-content' },
      el('div', { class: 'modal-header' }, el('h2', { class: 'modal-title h5', i18n: titleKey, args: titleArgs }),
        el('button', { type: 'button', class: 'btn-close', 'data-bs-dismiss': 'modal', aria: 'common.close' })),
      el('div', { class: 'modal-body' }, messageKey ? el('p', { i18n: messageKey, args: messageArgs }) : null, fields, box),
      el('div', { class: 'modal-footer' },
        el('button', { type: 'button', class: 'btn btn-outline-secondary', 'data-bs-dismiss': 'modal', i18n: 'common.cancel', testid: 'dialog-cancel' }),
        el('button', { type: 'submit', class: `btn ${okClass}`, i18n: okKey, testid: 'dialog-ok' })));
    const modal = el('div', { class: 'modal', tabindex: '-1', testid: 'dialog' }, el('div', { class: 'modal-dialog modal-dialog-centered' }, form));
    document.body.append(modal);
    const instance = new window.bootstrap.Modal(modal);
    let result = null;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      hideAlert(box);
      const data = values(form);
      if (validate && !validate(form, data)) return;
      if (submit) {
        const ok = form.querySelector('[type=submit]');
        setBusy(ok, true);
        try {
          await submit(data);
        } catch (error) {
          setBusy(ok, false);
          showProblem(form, box, error);
          return;
        }
      }
      result = data;
      instance.hide();
    });
    modal.addEventListener('hidden.bs.modal', () => { modal.remove(); resolve(result); });
    modal.addEventListener('shown.bs.modal', () => { (form.querySelector('input') || form.querySelector('[type=submit]')).focus(); });
    instance.show();
  });
}

export function confirmDialog(messageKey, messageArgs, okKey = 'common.yes') {
  return dialog({ titleKey: 'common.confirmTitle', messageKey, messageArgs, okKey, okClass: 'btn-danger' }).then((r) => r !== null);
}

const AVATARS = {
  default: '🙂', boy: '👦', girl: '👧', man: '👨', woman: '👩', grandpa: '👴', grandma: '👵', cat: '🐱', dog: '🐶',
};
export const AVATAR_NAMES = Object.keys(AVATARS);

/** A round avatar in the member's colour (set through CSSOM, which the CSP allows). */
export function avatar(name, colour, size = '') {
  const node = el('span', { class: `avatar ${size}`, 'aria-hidden': 'true', text: AVATARS[name] || AVATARS.default });
  if (/^#[0-9a-fA-F]{6}$/.test(colour || '')) node.style.backgroundColor = colour;
  return node;
}

/** A short message at the bottom corner; with actionKey it carries one button (e.g. Undo). */
export function toast(message, { actionKey, onAction, testid = 'toast', delay = 10000 } = {}) {
  let container = document.getElementById('toasts');
  if (!container) {
    container = el('div', { class: 'toast-container position-fixed bottom-0 end-0 p-3', id: 'toasts', 'aria-live': 'polite', 'aria-atomic': 'true' });
    document.body.append(container);
  }
  const action = actionKey ? el('button', { type: 'button', class: 'btn btn-sm btn-light me-2 flex-shrink-0', i18n: actionKey, testid: `${testid}-action` }) : null;
  const node = el('div', { class: 'toast align-items-center text-bg-dark border-0', role: 'status', testid },
    el('div', { class: 'd-flex align-items-center' },
      el('div', { class: 'toast-body flex-grow-1', i18n: message.key, args: message.args, text: message.text, testid: `${testid}-text` }),
      action,
      el('button', { type: 'button', class: 'btn-close btn-close-white me-2 m-auto', 'data-bs-dismiss': 'toast', aria: 'common.close' })));
  container.append(node);
  const instance = new window.bootstrap.Toast(node, { delay });
  if (action) {
    action.addEventListener('click', () => {
      action.disabled = true;
      instance.hide();
      onAction();
    });
  }
  node.addEventListener('hidden.bs.toast', () => node.remove());
  instance.show();
  return node;
}

/** A read-only modal (title, body, Close); returns the body so the caller can fill it once data arrives. */
export function infoDialog({ titleKey, titleArgs, testid = 'info-dialog' }, ...body) {
  const content = el('div', { class: 'modal-body', testid: `${testid}-body` }, body);
  const modal = el('div', { class: 'modal', tabindex: '-1', testid },
    el('div', { class: 'modal-dialog modal-dialog-centered modal-dialog-scrollable' },
      el('div', { class: 'modal-content' },
        el('div', { class: 'modal-header' }, el('h2', { class: 'modal-title h5', i18n: titleKey, args: titleArgs }),
          el('button', { type: 'button', class: 'btn-close', 'data-bs-dismiss': 'modal', aria: 'common.close' })),
        content,
        el('div', { class: 'modal-footer' },
          el('button', { type: 'button', class: 'btn btn-primary', 'data-bs-dismiss': 'modal', i18n: 'common.close', testid: `${testid}-close` })))));
  document.body.append(modal);
  const instance = new window.bootstrap.Modal(modal);
  modal.addEventListener('hidden.bs.modal', () => modal.remove());
  instance.show();
  return content;
}

/** Black or white, whichever reads better on the given #rrggbb background. */
export function textColourOn(colour) {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(colour || '');
  if (!m) return '';
  const [r, g, b] = m.slice(1).map((h) => Number.parseInt(h, 16));
  return (0.299 * r + 0.587 * g + 0.114 * b) > 150 ? '#212529' : '#ffffff';
}
