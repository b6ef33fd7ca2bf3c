// Shared device: after idleTimeoutMinutes without input the member session ends and the board returns.
// Tests shorten the timeout with localStorage kajimaru.idleSecondsOverride (seconds).
const EVENTS = ['mousemove', 'mousedown', 'keydown', 'click', 'touchstart', 'wheel', 'scroll'];
let lastInput = Date.now();
let timer = null;
let settings = null;

function touch() {
  lastInput = Date.now();
}

function limitMillis() {
  const override = Number.parseFloat(localStorage.getItem('kajimaru.idleSecondsOverride') || '');
  if (override > 0) return override * 1000;
  return settings.minutes() * 60 * 1000;
}

/** Starts watching; minutes() is read on every tick so a changed setting or override applies at once. */
export function startIdleWatch(minutes, onIdle) {
  stopIdleWatch();
  settings = { minutes, onIdle };
  touch();
  EVENTS.forEach((e) => window.addEventListener(e, touch, { passive: true, capture: true }));
  timer = window.setInterval(() => {
    if (Date.now() - lastInput >= limitMillis()) {
      const fire = settings.onIdle;
      stopIdleWatch();
      fire();
    }
  }, 500);
}

export function stopIdleWatch() {
  if (timer !== null) window.clearInterval(timer);
  timer = null;
  EVENTS.forEach((e) => window.removeEventListener(e, touch, { capture: true }));
}

export function idleWatching() {
  return timer !== null;
}
