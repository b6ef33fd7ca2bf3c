// PIN inputs and their checks, shared by my page and the admin's reset dialog.
import { field, markField } from '../dom.js';

export function pinField(name, label) {
  return field({ name, label, type: 'password', required: true,
    attrs: { inputmode: 'numeric', pattern: '\\d{4}', maxlength: 4, autocomplete: 'off', class: 'form-control form-control-lg code-cell' } });
}

export function checkPins(form, data, names, confirm) {
  let ok = true;
  names.forEach((n) => {
    if (!/^\d{4}$/.test(data[n] || '')) ok = markField(form, n, { key: 'validation.pin' }) && false;
  });
  if (ok && confirm && data[confirm[0]] !== data[confirm[1]]) ok = markField(form, confirm[1], { key: 'validation.pinMismatch' }) && false;
  return ok;
}
