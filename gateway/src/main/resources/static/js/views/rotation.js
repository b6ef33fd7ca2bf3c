// Rotation settings (read-only here): the rotation unit and the time zone the roster is planned in. They are
// household settings, changed under "Household".
import { api } from '../api.js';
import { el, header } from '../dom.js';

const UNITS = ['DAILY', 'WEEKLY'];

export async function renderRotation(root) {
  const s = await api('/api/rotation/settings') || {};
  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'rotation' }, header('rotation.title'),
    el('div', { class: 'card mb-3' }, el('div', { class: 'card-body' },
      el('dl', { class: 'row mb-0' },
        el('dt', { class: 'col-sm-4', i18n: 'rotation.unit' }),
        el('dd', { class: 'col-sm-8', testid: 'rotation-unit', dataset: { value: s.rotationUnit || '' } },
          UNITS.includes(s.rotationUnit) ? el('span', { i18n: `rotation.${s.rotationUnit}` }) : el('span', { text: s.rotationUnit || '–' })),
        el('dt', { class: 'col-sm-4', i18n: 'rotation.timeZone' }),
        el('dd', { class: 'col-sm-8', testid: 'rotation-time-zone', text: s.timeZone || '–' })))),
    el('p', { class: 'text-secondary', i18n: 'rotation.hint' }),
    el('a', { class: 'btn btn-outline-primary', href: '#/household', testid: 'rotation-household', i18n: 'rotation.toHousehold' })));
}
