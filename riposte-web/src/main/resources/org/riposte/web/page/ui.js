// Shared widgets: filter forms mirrored in the URL, pagers, sortable headers, tables that become cards on phones.
import { h } from './dom.js';
import { num } from './format.js';
import { query as queryString } from './api.js';

/**
 * A filter form. fields: [{name, label, type: 'text'|'date'|'select'|'number', options: [[value, label]…],
 * placeholder}]. Its values come from the URL query; submitting writes them back (page reset to 1), so the URL
 * always holds every filter.
 */
export function filterForm(path, query, fields, keep) {
  const inputs = fields.map(f => {
    const id = 'f-' + f.name;
    const value = query.get(f.name) || '';
    let input;
    if (f.type === 'select') {
      input = h('select', { id, name: f.name },
        h('option', { value: '', text: f.any || 'any' }),
        f.options.map(([v, label]) => h('option', { value: v, text: label, selected: v === value })));
      if (value && !f.options.some(([v]) => v === value)) input.appendChild(h('option', { value, text: value, selected: true }));
    } else {
      input = h('input', { id, name: f.name, type: f.type || 'text', value, placeholder: f.placeholder || null,
        min: f.min, max: f.max, autocomplete: 'off', spellcheck: 'false' });
    }
    return h('div', { class: ['field', f.wide ? 'field-wide' : null] }, h('label', { for: id, text: f.label }), input);
  });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filters' }, inputs,
    h('div', { class: 'field field-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', text: 'Apply' }),
      h('a', { class: 'btn btn-quiet', href: '#' + path, text: 'Clear' })));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const params = {};
    for (const f of fields) {
      const v = form.elements[f.name].value.trim();
      if (v) params[f.name] = v;
    }
    for (const k of keep || []) if (query.get(k)) params[k] = query.get(k);
    location.hash = path + queryString(params);
  });
  return form;
}

/** The current query with some parameters changed, as a hash link. */
export function hrefWith(path, query, changes) {
  const params = Object.fromEntries(query.entries());
  Object.assign(params, changes);
  return '#' + path + queryString(params);
}

/** "1–50 of 1,234" and links to pages. */
export function pager(path, query, page, size, total) {
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  const link = (p, label, extra) => p < 1 || p > pages || p === page
    ? h('span', { class: ['page', p === page ? 'page-current' : 'page-off'], 'aria-current': p === page ? 'page' : null, text: label })
    : h('a', { class: 'page', href: hrefWith(path, query, { page: p }), 'aria-label': extra || `Page ${p}`, text: label });
  const nums = [];
  const want = new Set([1, pages, page - 1, page, page + 1].filter(p => p >= 1 && p <= pages));
  let last = 0;
  for (const p of [...want].sort((a, b) => a - b)) {
    if (p - last > 1) nums.push(h('span', { class: 'page page-gap', text: '…' }));
    nums.push(link(p, String(p)));
    last = p;
  }
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('span', { class: 'pager-count', text: `${num(from)}–${num(to)} of ${num(total)}` }),
    h('span', { class: 'pager-links' }, link(page - 1, '‹ Prev', 'Previous page'), nums, link(page + 1, 'Next ›', 'Next page')));
}

/**
 * A table. columns: [{label, cell: row → node|string, sort: 'date' (the API's sort key), cls}]; on phones each row
 * becomes a card whose cells carry their column label.
 */
export function table(columns, rows, opts) {
  const o = opts || {};
  const current = o.sort || '';
  const head = h('tr', null, columns.map(c => {
    if (!c.sort || !o.path) return h('th', { scope: 'col', class: c.cls || null, text: c.label });
    const asc = current === c.sort;
    const desc = current === '-' + c.sort;
    const next = desc ? c.sort : '-' + c.sort;
    return h('th', { scope: 'col', class: c.cls || null, 'aria-sort': asc ? 'ascending' : desc ? 'descending' : 'none' },
      h('a', { class: 'sort', href: hrefWith(o.path, o.query, { sort: next, page: 1 }), title: `Sort by ${c.label}` },
        c.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true', text: asc ? '▲' : desc ? '▼' : '↕' })));
  }));
  const body = h('tbody', null, rows.map(r => h('tr', o.rowClass ? { class: o.rowClass(r) } : null,
    columns.map(c => h('td', { class: c.cls || null, 'data-label': c.label }, c.cell(r))))));
  return h('div', { class: 'table-wrap' }, h('table', { class: ['data', o.cls] }, h('thead', null, head), body));
}

/** Page and size from the URL (defaults 1 and 50). */
export function paging(query, defaultSize) {
  const page = Math.max(1, parseInt(query.get('page') || '1', 10) || 1);
  const size = Math.min(500, Math.max(1, parseInt(query.get('size') || String(defaultSize || 50), 10) || 50));
  return { page, size };
}
