// Invite codes (admin): create, show big with copy, list with status, revoke.
import { api } from '../api.js';
import { applyLanguage, serverNow } from '../i18n.js';
import { alertBox, clearFieldErrors, confirmDialog, el, emptyState, field, header, hideAlert, setBusy, showError, showProblem, spinner, values } from '../dom.js';

const HOURS = [1, 24, 72, 168];

function status(inv) {
  if (inv.revoked) return ['invites.status.revoked', 'text-bg-secondary'];
  if (new Date(inv.expiresAt).getTime() <= serverNow()) return ['invites.status.expired', 'text-bg-secondary'];
  if (inv.uses >= inv.maxUses) return ['invites.status.used', 'text-bg-secondary'];
  return ['invites.status.active', 'text-bg-success'];
}

export async function renderInvites(root) {
  const box = alertBox();
  const listBox = alertBox('invites-error');
  const list = el('div', {}, spinner());
  const fresh = el('div', { class: 'd-none', testid: 'invite-new' });
  const submit = el('button', { class: 'btn btn-primary', type: 'submit', id: 'invite-create', testid: 'invite-create', i18n: 'invites.create' });
  const form = el('form', { id: 'invite-form', novalidate: true },
    el('div', { class: 'row' },
      el('div', { class: 'col-md-4' }, field({ name: 'expiresInHours', label: 'invites.expiresIn', value: '24',
        options: HOURS.map((h) => ({ value: String(h), i18n: 'invites.hours', args: { n: h } })) })),
      el('div', { class: 'col-md-4' }, field({ name: 'maxUses', label: 'invites.maxUses', type: 'number', value: '1', attrs: { min: 1, max: 20 } })),
      el('div', { class: 'col-md-4' }, field({ name: 'role', label: 'invites.role', options: ['MEMBER', 'CHILD', 'ADMIN'].map((r) => ({ value: r, i18n: `role.${r}` })) }))),
    box, submit);
  // Option labels carry args: set them after creation.
  form.querySelectorAll('[name=expiresInHours] option').forEach((o) => { o.dataset.i18nArgs = JSON.stringify({ n: Number(o.value) }); });
  applyLanguage(form);

  function showFresh(inv) {
    const copy = el('button', { class: 'btn btn-outline-primary', type: 'button', id: 'invite-copy', testid: 'invite-copy', i18n: 'invites.copy' });
    const code = el('div', { class: 'invite-code my-2', id: 'invite-code', testid: 'invite-code', text: inv.code });
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(inv.code);
      } catch {
        const range = document.createRange();
        range.selectNodeContents(code);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        document.execCommand('copy');
      }
      copy.dataset.i18n = 'invites.copied';
      copy.classList.replace('btn-outline-primary', 'btn-success');
      applyLanguage(copy);
    });
    fresh.className = 'card border-primary mb-4 text-center';
    fresh.replaceChildren(el('div', { class: 'card-body' },
      el('h2', { class: 'h6 text-secondary', i18n: 'invites.newCode' }), code, copy,
      el('p', { class: 'mt-3 mb-1', i18n: 'invites.expires', args: { time: { date: inv.expiresAt } }, testid: 'invite-expires' }),
      el('p', { class: 'mb-1', i18n: 'invites.uses', args: { uses: inv.uses ?? 0, max: inv.maxUses } }),
      el('p', { class: 'small text-secondary mb-0', i18n: 'invites.shareHint' })));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideAlert(box);
    const data = values(form);
    setBusy(submit, true);
    try {
      const inv = await api('/api/invites', { method: 'POST', body: { expiresInHours: Number(data.expiresInHours), maxUses: Number(data.maxUses), role: data.role } });
      showFresh(inv);
      await load();
    } catch (error) {
      showProblem(form, box, error);
    } finally {
      setBusy(submit, false);
    }
  });

  async function load() {
    try {
      const invites = await api('/api/invites');
      hideAlert(listBox);
      list.replaceChildren(invites.length ? el('ul', { class: 'list-group', testid: 'invites-list' }, invites.map((inv) => {
        const [key, cls] = status(inv);
        const active = key === 'invites.status.active';
        return el('li', { class: 'list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2', testid: 'invite-row', dataset: { code: inv.code } },
          el('div', {},
            el('div', { class: 'd-flex gap-2 align-items-center' }, el('span', { class: 'fw-bold code-cell fs-5', text: inv.code }),
              el('span', { class: `badge ${cls}`, i18n: key }), el('span', { class: 'badge text-bg-light border', i18n: `role.${inv.role}` })),
            el('div', { class: 'small text-secondary', i18n: 'invites.expires', args: { time: { date: inv.expiresAt } } }),
            el('div', { class: 'small text-secondary', i18n: 'invites.uses', args: { uses: inv.uses, max: inv.maxUses } })),
          active ? el('button', { class: 'btn btn-sm btn-outline-danger', type: 'button', testid: 'invite-revoke', i18n: 'invites.revoke',
            on: { click: async () => {
              if (!await confirmDialog('invites.confirmRevoke')) return;
              try {
                await api(`/api/invites/${encodeURIComponent(inv.id)}`, { method: 'DELETE' });
                await load();
              } catch (error) {
                showError(listBox, error);
              }
            } } }) : null);
      })) : emptyState('invites.empty', 'invites-empty'));
    } catch (error) {
      list.replaceChildren();
      showError(listBox, error);
    }
  }

  root.replaceChildren(el('section', { class: 'medium mx-auto', testid: 'invites' }, header('invites.title'),
    fresh, el('div', { class: 'card mb-4' }, el('div', { class: 'card-body' }, form)),
    el('h2', { class: 'h5', i18n: 'invites.list' }), listBox, list));
  await load();
}
