// The REST API client: GET /api/v1/…; an error response ({"status":…,"error":…}) becomes an ApiError whose message
// is the server's, shown in the banner at the top of the page.
import { h, append } from './dom.js';

export class ApiError extends Error {
  constructor(status, message, path) {
    super(message);
    this.status = status;
    this.path = path;
  }
}

/** Builds a query string from an object, skipping empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** GET /api/v1{path}{query}; resolves to the parsed JSON; rejects with an ApiError (also shown in the banner). */
export async function get(path, params) {
  const url = '/api/v1' + path + query(params);
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    const err = new ApiError(0, 'The server cannot be reached (' + e.message + '). Is `riposte serve` running?', url);
    banner(err);
    throw err;
  }
  let body = null;
  const text = await res.text();
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? body.error : `${res.status} ${res.statusText || 'error'}`;
    const err = new ApiError(res.status, msg, url);
    banner(err);
    throw err;
  }
  if (body === null) {
    const err = new ApiError(res.status, 'The server sent no JSON for ' + url, url);
    banner(err);
    throw err;
  }
  return body;
}

/** Shows an error banner (one per distinct message) with a close button. */
export function banner(err) {
  const area = document.getElementById('banners');
  if (!area) return;
  const message = err.message || String(err);
  for (const b of area.children) if (b.dataset.message === message) return;
  const box = h('div', { class: 'banner banner-error', dataset: { message } },
    h('span', { class: 'banner-icon', 'aria-hidden': 'true', text: '!' }),
    h('div', { class: 'banner-text' },
      h('strong', { text: err.status ? `API error ${err.status}` : 'Error' }), ' ',
      h('span', { class: 'banner-message', text: message }),
      err.path ? h('code', { class: 'banner-path', text: err.path }) : null),
    h('button', { class: 'banner-close', type: 'button', 'aria-label': 'Dismiss', text: '×',
      onclick: () => box.remove() }));
  append(area, [box]);
}

/** Removes every banner (on navigation to another view). */
export function clearBanners() {
  const area = document.getElementById('banners');
  while (area && area.firstChild) area.removeChild(area.firstChild);
}
