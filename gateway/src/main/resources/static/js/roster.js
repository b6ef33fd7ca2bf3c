// Changes that re-plan the roster (busy periods, chores) land over Kafka a few seconds later; views that
// show the roster poll for a short while after one.
let changedAt = 0;

export function rosterChanged() {
  changedAt = Date.now();
}

export function rosterRecentlyChanged(withinMillis = 30000) {
  return Date.now() - changedAt < withinMillis;
}
