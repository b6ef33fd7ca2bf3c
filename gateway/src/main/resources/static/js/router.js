// Hash router: '#/members/42' → the route whose pattern matches, with params. Guards: auth, admin, device.
const routes = [];
let notFound = null;
let current = null;

export function route(pattern, options) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (m, name) => { names.push(name); return '([^/]+)'; })}$`);
  routes.push({ pattern, regex, names, ...options });
}

export function fallback(options) {
  notFound = options;
}

export function navigate(hash) {
  if (window.location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

export function currentPath() {
  return (window.location.hash || '#/').slice(1) || '/';
}

export function match(path) {
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (m) {
      const params = {};
      r.names.forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]); });
      return { route: r, params };
    }
  }
  return { route: notFound, params: {} };
}

export function currentRoute() {
  return current;
}

/** Calls render(match) on every hash change. */
export function startRouter(render) {
  const go = () => {
    current = match(currentPath());
    render(current);
  };
  window.addEventListener('hashchange', go);
  go();
}
