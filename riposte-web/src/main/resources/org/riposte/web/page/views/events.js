// Event explorer (#/events?actor=RUS&root=16&page=2): filters as form fields mirrored in the URL, a paged table
// sortable by date and Goldstein; every row links to its story and to its sentence in the article.
import { h, replace, loading, empty, inlineError } from '../dom.js';
import { get, query } from '../api.js';
import { ROOTS, QUAD, STATUSES, PLOVER, gold, eventDate, statusBadge, actorLabel, storyHref, articleHref, clip,
  quadChip } from '../format.js';
import { filterForm, pager, table, paging } from '../ui.js';

export const EVENT_FILTERS = ['actor', 'source', 'target', 'root', 'plover', 'quadClass', 'status', 'since', 'until',
  'outlet', 'q', 'story', 'doc'];

export const ROOT_OPTIONS = Object.entries(ROOTS).map(([k, v]) => [k, `${k} ${v}`]);

export async function eventsView(ctx) {
  document.title = 'Events · Riposte';
  const q = ctx.query;
  const { page, size } = paging(q, 50);
  const sort = q.get('sort') || '-date';
  const form = filterForm('/events', q, [
    { name: 'actor', label: 'Actor (either side)', placeholder: 'RUS, IGOWSTNAT…' },
    { name: 'source', label: 'Source', placeholder: 'RUSGOV' },
    { name: 'target', label: 'Target', placeholder: 'IGOWSTNAT' },
    { name: 'root', label: 'CAMEO root', type: 'select', options: ROOT_OPTIONS },
    { name: 'plover', label: 'PLOVER type', type: 'select', options: PLOVER.map(p => [p, p]) },
    { name: 'quadClass', label: 'QuadClass', type: 'select', options: Object.entries(QUAD).map(([k, v]) => [k, `${k} ${v}`]) },
    { name: 'status', label: 'Status', type: 'select', options: STATUSES.map(s => [s, s]) },
    { name: 'since', label: 'Since', type: 'date' },
    { name: 'until', label: 'Until', type: 'date' },
    { name: 'outlet', label: 'Outlet', placeholder: 'Reuters' },
    { name: 'q', label: 'Text in the sentence', placeholder: 'mission', wide: true },
  ], ['story', 'doc', 'sort', 'size']);
  const results = h('div', { class: 'results' }, loading('events'));
  const scoped = [q.get('story') ? h('span', { class: 'chip' }, 'story ', h('code', { text: q.get('story') })) : null,
    q.get('doc') ? h('span', { class: 'chip' }, 'article ', h('code', { text: q.get('doc') })) : null].filter(Boolean);
  ctx.root.append(
    h('div', { class: 'page-head' }, h('h1', { text: 'Events' }),
      h('p', { class: 'lede', text: 'Every coded act with the sentence it comes from. Filter, sort by date or Goldstein, '
        + 'and share the link: the filters are in the URL.' }), scoped.length ? h('p', null, 'Only ', scoped) : null),
    h('section', { class: 'card' }, h('div', { class: 'card-body' }, form)), results);

  const params = { page, size, sort };
  for (const k of EVENT_FILTERS) if (q.get(k)) params[k] = q.get(k);
  let r;
  try {
    r = await get('/events', params);
  } catch (e) {
    replace(results, inlineError(e));
    return;
  }
  if (!r.items || r.items.length === 0) {
    replace(results, empty(r.total ? 'No events on this page.' : 'No events match these filters.',
      h('a', { href: '#/events', text: 'Clear the filters' })));
    return;
  }
  replace(results, h('section', { class: 'card' }, h('div', { class: 'card-body' },
    pager('/events', q, page, size, r.total),
    h('p', { class: 'export' }, 'This page as ', h('a', { href: '/api/v1/events' + query(params), text: 'JSON' }),
      ' (the same filters in the REST API).'),
    table([
      { label: 'Date', sort: 'date', cell: e => eventDate(e.date), cls: 'nowrap' },
      { label: 'Act', cls: 'act-cell', cell: e => h('span', null,
        h('span', { class: 'act-who', text: `${actorLabel(e.source)} → ${actorLabel(e.target)}` }),
        h('span', { class: 'act-what' }, h('code', { text: e.cameo || '–' }), ` ${ROOTS[e.root] || ''}`,
          e.plover ? ` · ${e.plover}` : '', e.trigger ? h('em', { text: ` · ${e.trigger}` }) : null)) },
      { label: 'Goldstein', sort: 'goldstein', cell: e => gold(e.goldstein), cls: 'num' },
      { label: 'Class', cell: e => h('span', { class: 'class-cell' }, quadChip(e.quadClass), statusBadge(e.status)) },
      { label: 'Evidence', cls: 'evidence-cell', cell: e => h('span', null,
        h('span', { class: 'evidence-text', text: clip(e.evidence && e.evidence.sentence, 240) }),
        h('span', { class: 'evidence-source' }, e.outlet || 'no outlet', e.published ? ` · ${e.published}` : '', ' ',
          h('span', { class: 'row-links' },
            e.docId ? h('a', { href: articleHref(e.docId, { event: e.id }), text: 'in the article' }) : null,
            e.storyId ? h('a', { href: storyHref(e.storyId), text: 'story' }) : null))) },
    ], r.items, { path: '/events', query: q, sort }),
    pager('/events', q, page, size, r.total))));
}
