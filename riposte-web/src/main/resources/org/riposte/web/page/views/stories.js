// Story explorer (#/stories?pair=IGOWSTNAT|RUS&root=16&sort=-sources): one row per real-world act.
import { h, replace, loading, empty, inlineError } from '../dom.js';
import { get, query } from '../api.js';
import { QUAD, STATUSES, gold, num, eventDate, statusBadge, storyHref, storyTitleNodes, pairHref, splitPair, party } from '../format.js';
import { partyNames } from '../names.js';
import { filterForm, pager, table, paging } from '../ui.js';
import { ROOT_OPTIONS } from './events.js';

const FILTERS = ['pair', 'actor', 'root', 'status', 'since', 'until', 'q'];

export async function storiesView(ctx) {
  document.title = 'Stories · Riposte';
  const q = ctx.query;
  const { page, size } = paging(q, 50);
  const sort = q.get('sort') || '-date';
  const form = filterForm('/stories', q, [
    { name: 'pair', label: 'Pair', placeholder: 'IGOWSTNAT|RUS' },
    { name: 'actor', label: 'Actor (either side)', placeholder: 'RUS' },
    { name: 'root', label: 'CAMEO root', type: 'select', options: ROOT_OPTIONS },
    { name: 'status', label: 'Status', type: 'select', options: STATUSES.map(s => [s, s]) },
    { name: 'since', label: 'Since', type: 'date' },
    { name: 'until', label: 'Until', type: 'date' },
    { name: 'q', label: 'Text', placeholder: 'expel', wide: true },
  ], ['sort', 'size']);
  const results = h('div', { class: 'results' }, loading('stories'));
  ctx.root.append(
    h('div', { class: 'page-head' }, h('h1', { text: 'Stories' }),
      h('p', { class: 'lede', text: 'One row per real-world act, however many outlets told it. Open a story for every '
        + 'mention, the dates each outlet gave, and the sentences.' })),
    h('section', { class: 'card' }, h('div', { class: 'card-body' }, form)), results);
  const params = { page, size, sort };
  for (const k of FILTERS) if (q.get(k)) params[k] = q.get(k);
  let r;
  let names;
  try {
    [r, names] = await Promise.all([get('/stories', params), partyNames()]);
  } catch (e) {
    replace(results, inlineError(e));
    return;
  }
  if (!r.items || r.items.length === 0) {
    replace(results, empty(q.get('pair') ? 'No stories for this pair yet.' : 'No stories match these filters.',
      h('a', { href: '#/stories', text: 'Clear the filters' })));
    return;
  }
  replace(results, h('section', { class: 'card' }, h('div', { class: 'card-body' },
    pager('/stories', q, page, size, r.total),
    h('p', { class: 'export' }, 'This page as ', h('a', { href: '/api/v1/stories' + query(params), text: 'JSON' }),
      ' (the same filters in the REST API).'),
    table([
      { label: 'Date', sort: 'date', cell: s => eventDate(s.date), cls: 'nowrap' },
      { label: 'Act', cell: s => h('a', { href: storyHref(s.id), class: 'story-title-link' }, storyTitleNodes(s, names)) },
      { label: 'Pair', cell: s => {
        const [x, y] = splitPair(s.pair);
        return x && y ? h('a', { href: pairHref(x, y), title: `${x} ⇄ ${y}`, text: `${party(x, names)} ⇄ ${party(y, names)}` })
          : h('span', { class: 'muted', text: 'one party only' });
      } },
      { label: 'QuadClass', cell: s => h('span', { class: ['quad', 'quad-' + s.quadClass] }, h('span', { class: 'dot' }), QUAD[s.quadClass] || '–') },
      { label: 'Goldstein', cell: s => gold(s.goldstein), cls: 'num' },
      { label: 'Status', cell: s => statusBadge(s.status) },
      { label: 'Sources', sort: 'sources', cell: s => num(s.numSources), cls: 'num' },
      { label: 'Outlets', cell: s => (s.outlets || []).join(', ') || '–' },
    ], r.items, { path: '/stories', query: q, sort }),
    pager('/stories', q, page, size, r.total))));
}
