// DOM helpers. Every piece of data reaches the page as text (textContent / createTextNode), never as HTML:
// an article or a quote containing "<script>" is shown as those characters and never runs.

/**
 * Creates an element. attrs: class, text, href, title, id, role, aria-*, data-*, type, name, value, for,
 * placeholder, min, max, selected, checked, disabled, onclick/onsubmit/…; children: nodes, strings (as text),
 * numbers, arrays, null/false (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
      else if (k === 'text') el.textContent = String(v);
      else if (k === 'href') el.setAttribute('href', safeHref(v));
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value') el.value = v;
      else if (k === 'selected' || k === 'checked' || k === 'disabled') el[k] = Boolean(v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

/** Appends children (nodes, text, arrays) to a parent. */
export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** Removes every child, then appends the given ones. */
export function replace(parent, ...children) {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  return append(parent, children);
}

/** Only page-internal links (#/…, /…) and http(s) URLs are ever put into href: no javascript: or data: links. */
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'))) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

/** An SVG element (for sparklines) with attributes. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') el.setAttribute('class', v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c) el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** A loading placeholder for a section. */
export function loading(what) {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    `Loading ${what}…`);
}

/** An empty state: what is missing and, optionally, what to do about it. */
export function empty(message, hint) {
  return h('div', { class: 'empty' }, h('p', { class: 'empty-title', text: message }),
    hint ? h('p', { class: 'empty-hint' }, hint) : null);
}

/** An error shown inside a section (the banner at the top says it too). */
export function inlineError(err) {
  return h('div', { class: 'inline-error' }, h('strong', { text: 'Could not load: ' }), err.message || String(err));
}

/** A section with a heading and a body. */
export function section(title, body, extra) {
  return h('section', { class: 'card' }, h('header', { class: 'card-head' }, h('h2', { text: title }), extra || null),
    h('div', { class: 'card-body' }, body));
}
