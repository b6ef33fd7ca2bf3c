// PIN entry on the shared device: 4 digits on a big keypad (or the keyboard); 5 wrong PINs lock.
import { api } from '../api.js';
import { alertBox, avatar, el, errorText, hideAlert, showAlert } from '../dom.js';
import { applyLanguage } from '../i18n.js';
import { navigate } from '../router.js';
import { changed, loadBoard } from '../session.js';

export async function renderPin(root, { id }) {
  const board = await loadBoard(true);
  if (!board) {
    navigate('#/');
    return undefined;
  }
  const member = (board.members || []).find((m) => String(m.id) === String(id));
  const back = el('a', { class: 'btn btn-outline-secondary', href: '#/', testid: 'pin-back', i18n: 'pin.backToBoard' });
  if (!member) {
    root.replaceChildren(el('section', { class: 'narrow mx-auto text-center' },
      el('div', { class: 'alert alert-warning', i18n: 'pin.unknownMember' }), back));
    return undefined;
  }

  let digits = '';
  let sending = false;
  let attempts = 0;
  const dots = el('div', { class: 'pin-dots', testid: 'pin-dots', role: 'img', aria: 'pin.dotsAria' },
    [0, 1, 2, 3].map(() => el('span', { class: 'pin-dot' })));
  const error = alertBox('pin-error');
  error.setAttribute('aria-live', 'assertive');
  const status = el('p', { class: 'text-secondary d-none', testid: 'pin-checking', i18n: 'pin.checking' });
  const locked = el('div', { class: 'alert alert-danger d-none', role: 'alert', testid: 'pin-locked', id: 'pin-locked' },
    el('h2', { class: 'h5', i18n: 'pin.locked' }), el('p', { class: 'mb-0', testid: 'pin-locked-help' }));
  const keys = [];
  const key = (label, props) => {
    const b = el('button', { type: 'button', class: 'btn btn-light border', ...props }, label);
    keys.push(b);
    return b;
  };
  const pad = el('div', { class: 'pin-pad', testid: 'pin-pad', role: 'group', aria: 'pin.keypad' },
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => key(String(d), { testid: `pin-key-${d}`, id: `pin-key-${d}`, aria: 'pin.digitAria', args: { d }, on: { click: () => press(String(d)) } })),
    key('', { class: 'btn btn-light border pin-small', testid: 'pin-clear', i18n: 'pin.clear', on: { click: () => { digits = ''; paint(); } } }),
    key('0', { testid: 'pin-key-0', id: 'pin-key-0', aria: 'pin.digitAria', args: { d: 0 }, on: { click: () => press('0') } }),
    key('', { class: 'btn btn-light border pin-small', testid: 'pin-backspace', i18n: 'pin.backspace', on: { click: () => { digits = digits.slice(0, -1); paint(); } } }));

  function paint() {
    [...dots.children].forEach((d, i) => d.classList.toggle('filled', i < digits.length));
  }

  function showLocked(until) {
    const help = locked.querySelector('[data-testid=pin-locked-help]');
    if (until) {
      help.dataset.i18n = 'pin.lockedHelp';
      help.dataset.i18nArgs = JSON.stringify({ time: { date: until } });
    } else {
      help.dataset.i18n = 'pin.lockedHelpNoTime';
    }
    applyLanguage(locked);
    locked.classList.remove('d-none');
    hideAlert(error);
    keys.forEach((k) => { k.disabled = true; });
  }

  async function submit() {
    sending = true;
    status.classList.remove('d-none');
    hideAlert(error);
    try {
      await api('/api/devices/current/sessions', { method: 'POST', body: { memberId: member.id, pin: digits } });
      await changed('#/me');
    } catch (e) {
      digits = '';
      paint();
      if (e.status === 423) {
        const until = e.problem?.lockedUntil || (/\d{4}-\d\d-\d\dT[\d:.]+Z?/.exec(e.problem?.detail || '') || [])[0];
        showLocked(until);
      } else {
        const wrong = e.fieldErrors.find((f) => f.field === 'pin' || f.field === 'memberId');
        showAlert(error, wrong?.message ? { text: wrong.message } : (e.hasCode('pin.wrong') ? { key: 'pin.wrong' } : errorText(e)));
        // The fifth wrong PIN locks the profile: ask the board so the lock shows at once.
        if (e.status === 400) {
          const fresh = (await loadBoard(true).catch(() => null))?.members?.find((m) => String(m.id) === String(member.id));
          if (fresh?.locked) showLocked(null);
        }
      }
    } finally {
      sending = false;
      status.classList.add('d-none');
      attempts += 1;
      section.dataset.attempts = String(attempts);
    }
  }

  function press(d) {
    if (sending || digits.length >= 4) return;
    digits += d;
    paint();
    if (digits.length === 4) submit();
  }

  const onKey = (event) => {
    if (/^\d$/.test(event.key)) press(event.key);
    else if (event.key === 'Backspace') { digits = digits.slice(0, -1); paint(); }
  };
  document.addEventListener('keydown', onKey);

  const section = el('section', { class: 'narrow mx-auto text-center', testid: 'pin', id: 'pin', dataset: { attempts: '0' } },
    avatar(member.avatar, member.colour, 'avatar-xl'),
    el('h1', { class: 'h3 mt-2', text: member.displayName, testid: 'pin-member' }),
    el('p', { class: 'lead', i18n: 'pin.prompt', args: { name: member.nickname || member.displayName } }),
    dots, status, error, locked, pad,
    el('div', { class: 'mt-4' }, back));
  root.replaceChildren(section);
  if (member.locked) showLocked(null);
  return () => document.removeEventListener('keydown', onKey);
}
