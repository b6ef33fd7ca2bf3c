// Dashboard card: today's weather for the household's own place (weather-service), one line of advice and four
// recommended chores. Each recommendation names a chore kind (ADR 0011); weather-service cannot see the household's
// chores, so the card looks the kind up in GET /api/chores: the chore of that kind gets "Do it today" (POST /api/tasks
// {choreId, date}, rotation-service); no chore of that kind, no offer (names are never guessed at). If that call
// fails the card shows the API's error text.
// A stale forecast shows its age; no forecast is a quiet line, never an error.
import { api } from '../api.js';
import { el, errorText, setBusy, toast } from '../dom.js';
import { currentLanguage, onLanguageChange } from '../i18n.js';
import '../i18n/weather.js';

const ICONS = { sunny: '☀️', cloudy: '☁️', rain: '🌧️', snow: '❄️' };

function icon(category, code) {
  if (code >= 95 && code <= 99) return '⛈️';
  if (code === 45 || code === 48) return '🌫️';
  if (category === 'sunny' && code === 0) return ICONS.sunny;
  if (category === 'rain' && code !== null && code < 50) return '🌦️';
  return ICONS[category] || '🌤️';
}

function degrees(n) {
  const value = Number(n);
  if (n === null || n === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(currentLanguage() === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

function ageText(minutes) {
  const m = Math.max(0, Number(minutes) || 0);
  return m < 120 ? { key: 'weather.ageMinutes', args: { n: m } } : { key: 'weather.ageHours', args: { n: Math.floor(m / 60) } };
}

/** Each recommendation gets the first active chore of its kind (a chore is used once), or none. */
export function matchChores(recommendations, chores) {
  const free = (chores || []).filter((c) => c && c.active !== false && c.id && c.name);
  const used = new Set();
  return (recommendations || []).map((r) => {
    const chore = r.choreId ? free.find((c) => c.id === r.choreId)
      : free.find((c) => !used.has(c.id) && r.kind && c.kind === r.kind);
    if (chore) used.add(chore.id);
    return { ...r, chore: chore || null };
  });
}

/** The card element; it loads itself. onScheduled runs after "Do it today" succeeded (the dashboard reloads). */
/** Dispatched on the card by the dashboard once the household's roster is there. */
export const HOUSEHOLD_READY = 'kajimaru:household-ready';

export function weatherCard({ onScheduled } = {}) {
  const body = el('div', { class: 'card-body', testid: 'weather-body' },
    el('p', { class: 'text-secondary small mb-0', i18n: 'weather.loading' }));
  const place = el('span', { class: 'small text-secondary', testid: 'weather-location' });
  const node = el('div', { class: 'card mb-4 shadow-sm', testid: 'weather-card' },
    el('div', { class: 'card-header bg-white d-flex flex-wrap justify-content-between align-items-center gap-2' },
      el('h2', { class: 'h6 mb-0 fw-bold', i18n: 'weather.title' }), place),
    body);

  async function doToday(rec, button, line, date) {
    setBusy(button, true);
    line.replaceChildren();
    try {
      await api('/api/tasks', { method: 'POST', body: { choreId: rec.chore.id, date } });
      toast({ key: 'weather.scheduled', args: { name: rec.chore.name } }, { testid: 'weather-toast' });
      if (onScheduled) await onScheduled();
    } catch (error) {
      const message = errorText(error);
      line.replaceChildren(el('span', { class: 'text-danger small', testid: 'weather-do-today-error', i18n: message.key, args: message.args, text: message.text }));
    } finally {
      setBusy(button, false);
    }
  }

  function recommendation(rec, date) {
    const error = el('div', {});
    const action = rec.chore
      ? el('button', {
        class: 'btn btn-sm btn-outline-primary flex-shrink-0', type: 'button', testid: 'weather-do-today', i18n: 'weather.doToday',
        aria: 'weather.doTodayAria', args: { name: rec.chore.name }, dataset: { choreId: rec.chore.id },
      })
      : null;
    if (action) action.addEventListener('click', () => doToday(rec, action, error, date));
    return el('li', { class: 'list-group-item px-0', testid: 'weather-recommendation', dataset: { kind: rec.kind, key: rec.key || '', choreId: rec.chore?.id || '', choreName: rec.chore?.name || '' } },
      el('div', { class: 'd-flex justify-content-between align-items-center gap-2' },
        el('div', {},
          el('div', { class: 'fw-semibold', text: rec.title, testid: 'weather-recommendation-title' }),
          rec.chore ? el('div', { class: 'small text-secondary', i18n: 'weather.matched', args: { name: rec.chore.name } }) : null),
        action),
      error);
  }

  function paint(w, chores) {
    place.textContent = w?.location?.label || '';
    if (!w || w.status === 'unavailable' || !w.category) {
      body.replaceChildren(el('p', { class: 'text-secondary small mb-0', testid: 'weather-unavailable', i18n: 'weather.unavailable' }));
      node.dataset.status = 'unavailable';
      return;
    }
    node.dataset.status = w.status;
    const recs = matchChores(w.recommendations, chores);
    const rain = w.precipitationProbability === null || w.precipitationProbability === undefined
      ? el('span', { i18n: 'weather.rainChanceUnknown', testid: 'weather-rain' })
      : el('span', { i18n: 'weather.rainChance', args: { p: w.precipitationProbability }, testid: 'weather-rain' });
    // replaceChildren would show a null child as the text "null": only the parts there are.
    body.replaceChildren(...[
      el('div', { class: 'd-flex align-items-center gap-3 mb-2' },
        el('span', { class: 'display-6', 'aria-hidden': 'true', text: icon(w.category, w.weatherCode), testid: 'weather-icon' }),
        el('div', {},
          el('div', { class: 'fw-bold', i18n: `weather.category.${w.category}`, testid: 'weather-category', dataset: { category: w.category } }),
          el('div', { class: 'small', testid: 'weather-temperatures', i18n: 'weather.temperatures', args: { max: degrees(w.temperatureMax), min: degrees(w.temperatureMin) } }),
          el('div', { class: 'small' }, rain))),
      w.status === 'stale' ? el('div', { class: 'alert alert-warning py-1 px-2 small mb-2', testid: 'weather-stale', i18n: 'weather.stale', args: { age: ageText(w.ageMinutes) } }) : null,
      el('p', { class: 'mb-2', text: w.advice || '', testid: 'weather-advice' }),
      el('h3', { class: 'h6 small fw-bold text-secondary mb-1', i18n: 'weather.recommended' }),
      el('ul', { class: 'list-group list-group-flush', testid: 'weather-recommendations' }, recs.map((r) => recommendation(r, w.date))),
    ].filter(Boolean));
  }

  async function load() {
    let weather = null;
    try {
      weather = await api('/api/weather/today');
    } catch {
      weather = null; // no forecast is not an error on the dashboard
    }
    let chores = [];
    if (weather && weather.status !== 'unavailable') {
      try {
        chores = await api('/api/chores');
      } catch {
        chores = [];
      }
    }
    if (node.isConnected || !node.dataset.loaded) paint(weather, Array.isArray(chores) ? chores : []);
    node.dataset.loaded = 'true';
    offered = Array.isArray(chores) && chores.length > 0;
  }

  // A card drawn while rotation-service was still creating a new household's starter chores had none to offer: the
  // dashboard says when the household is ready (its first roster), and a card without chores looks again.
  let offered = false;
  node.addEventListener(HOUSEHOLD_READY, () => {
    if (!offered) load();
  });

  // The advice comes from the server in the page's language: ask again when it changes.
  onLanguageChange(() => {
    if (node.isConnected) load();
  });
  load();
  return node;
}
