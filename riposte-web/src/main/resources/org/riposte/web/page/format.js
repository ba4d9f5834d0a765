// Labels and formats shared by the views.
import { h } from './dom.js';

export const ROOTS = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
  '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
  '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
  '19': 'Fight', '20': 'Use unconventional mass violence',
};

export const QUAD = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
export const QUAD_COLORS = { 1: '#74c69d', 2: '#2d6a4f', 3: '#f4a261', 4: '#d62828' };
export const STATUSES = ['asserted', 'planned', 'claimed', 'negated', 'hypothetical'];
export const PLOVER = ['ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'MOBILIZE',
  'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN'];

export function lower(s) { return s === null || s === undefined ? '' : String(s).toLowerCase(); }

/** An EventDate {value, precision} as text: the value, or "date unknown". */
export function eventDate(d) {
  if (!d || !d.value) return 'date unknown';
  const p = lower(d.precision);
  return p && p !== 'day' ? `${d.value} (${p})` : d.value;
}

/** The sortable key of an EventDate (unknown last). */
export function dateKey(d) { return d && d.value ? d.value : '9999'; }

/** A number with thousands separators. */
export function num(n) {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return Number(n).toLocaleString('en-US');
}

/** A signed decimal (Goldstein). */
export function gold(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  const v = Number(x);
  return (v > 0 ? '+' : v < 0 ? '−' : '') + Math.abs(v).toFixed(1);
}

export function plural(n, one, many) { return `${num(n)} ${n === 1 ? one : (many || one + 's')}`; }

/** An actor {code, name, …} as a short label: "Sergey Lavrov (RUSGOV)". */
export function actorLabel(a) {
  if (!a) return '—';
  if (a.name && a.code && a.name !== a.code) return `${a.name} (${a.code})`;
  return a.code || a.name || '—';
}

/** A status badge. */
export function statusBadge(status) {
  const s = lower(status) || 'unknown';
  return h('span', { class: ['badge', 'status-' + s], text: s });
}

/** A QuadClass chip with its colour dot. */
export function quadChip(q) {
  return h('span', { class: ['quad', 'quad-' + q], title: QUAD[q] || '' },
    h('span', { class: 'dot', 'aria-hidden': 'true' }), QUAD[q] || `QuadClass ${q}`);
}

/** A CAMEO code with its root's name. */
export function cameoLabel(cameo, root) {
  const r = root || (cameo ? String(cameo).slice(0, 2) : null);
  return `${cameo || r || '—'}${r && ROOTS[r] ? ' · ' + ROOTS[r] : ''}`;
}

/** A verdict label badge ("tit-for-tat", "escalation", …). */
export function verdictBadge(label) {
  const l = label || 'no verdict';
  return h('span', { class: ['verdict', 'verdict-' + l.replace(/[^a-z]+/gi, '-').toLowerCase()], text: l });
}

/** "A|B" or {a,b} → [a, b]. */
export function splitPair(pair) { return String(pair || '').split('|'); }

/** The route of a pair view. */
export function pairHref(a, b, by) { return `#/pair/${encodeURIComponent(a)}/${encodeURIComponent(b)}${by ? '?by=' + by : ''}`; }

export function storyHref(id) { return `#/stories/${encodeURIComponent(id)}`; }

export function articleHref(docId, params) {
  const q = new URLSearchParams(params || {}).toString();
  return `#/articles/${encodeURIComponent(docId)}${q ? '?' + q : ''}`;
}

/** A party's name when known ("NATO" for IGOWSTNAT), else its code. names: Map from names.js. */
export function party(code, names) { return (code && names && names.get(code)) || code; }

/** A party as nodes: its name, and its code small beside it ("NATO IGOWSTNAT"); the code alone when unnamed. */
export function partyNodes(code, names) {
  const n = code && names && names.get(code);
  return n ? [h('span', { class: 'party-name', text: n }), h('span', { class: 'party-code', text: code })]
    : [h('span', { class: 'party-name', text: code || '?' })];
}

/** A pair as nodes: "NATO IGOWSTNAT ⇄ Russia RUS". */
export function pairNodes(a, b, names) {
  return [h('span', { class: 'party' }, partyNodes(a, names)), h('span', { class: 'arrow', text: ' ⇄ ' }),
    h('span', { class: 'party' }, partyNodes(b, names))];
}

/** Party codes inside a text ("RUS mission to IGOWSTNAT") replaced by their names ("Russia mission to NATO"). */
export function withNames(text, names) {
  return String(text || '').replace(/\b[A-Z]{3,}\b/g, code => party(code, names));
}

/** A story's one-line title: "Russia → NATO: suspend" ("Russia: said" without a target); codes without names. */
export function storyTitle(s, names) {
  const src = party(s.sourceParty, names);
  const tgt = party(s.targetParty, names);
  const who = src && tgt ? `${src} → ${tgt}` : src || (tgt ? `? → ${tgt}` : '');
  const what = s.label || (s.root ? ROOTS[s.root] : '') || 'act';
  return who ? `${who}: ${what}` : what;
}

/** A story's title with its CAMEO root in a muted line after it, as nodes. */
export function storyTitleNodes(s, names) {
  return [h('span', { class: 'title-main', text: storyTitle(s, names) }),
    s.root ? h('span', { class: 'title-root', text: ` ${s.root} ${ROOTS[s.root] || ''}` }) : null];
}

/** The line under a quote: "said · 2021-10-19 · Outlet", the article's title, the link to its place. */
export function quoteMeta(q, withSpeaker) {
  const parts = [q.verb, q.date && q.date.value ? eventDate(q.date) : null, q.outlet].filter(Boolean);
  return h('div', { class: 'quote-meta' },
    withSpeaker ? h('span', { class: 'quote-speaker', text: actorLabel(q.speaker) }) : null,
    parts.length ? h('span', { class: 'muted', text: parts.join(' · ') }) : null,
    q.docId ? h('a', { class: 'quote-open', href: articleHref(q.docId, { quote: q.id }), text: 'in the article →' }) : null,
    q.title ? h('span', { class: 'quote-title', text: q.title }) : null);
}

/** Truncates text to n characters at a word boundary. */
export function clip(text, n) {
  const s = String(text || '');
  if (s.length <= n) return s;
  const cut = s.lastIndexOf(' ', n);
  return s.slice(0, cut > n * 0.6 ? cut : n) + '…';
}
