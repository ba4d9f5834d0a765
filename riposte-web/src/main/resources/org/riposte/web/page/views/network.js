// Actor network (#/network?since=&until=&min=1): actors as nodes (size by stories), pairs as edges coloured by the
// balance of conflict (red, −1) and cooperation (green, +1); click an edge for the pair view, a node for its events.
import { h, replace, loading, empty, inlineError, section } from '../dom.js';
import { get } from '../api.js';
import { num, pairHref } from '../format.js';
import { filterForm, table } from '../ui.js';

/** A colour for a balance in [−1, 1]: red through grey to green. */
export function balanceColor(b) {
  const x = Math.max(-1, Math.min(1, Number(b) || 0));
  const red = [214, 40, 40];
  const grey = [148, 155, 166];
  const green = [45, 106, 79];
  const [from, to, t] = x < 0 ? [grey, red, -x] : [grey, green, x];
  const c = from.map((v, i) => Math.round(v + (to[i] - v) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export async function networkView(ctx) {
  document.title = 'Network · Riposte';
  const q = ctx.query;
  const min = q.get('min') || '1';
  const form = filterForm('/network', q, [
    { name: 'since', label: 'Since', type: 'date' },
    { name: 'until', label: 'Until', type: 'date' },
    { name: 'min', label: 'Min. stories per pair', type: 'number', min: 1, placeholder: '1' },
  ]);
  const body = h('div', { class: 'stack' }, loading('the network'));
  ctx.root.append(
    h('div', { class: 'page-head' }, h('h1', { text: 'Actor network' }),
      h('p', { class: 'lede', text: 'Actors as nodes, sized by their stories; pairs as edges, red where conflict '
        + 'dominates and green where cooperation does. Click an edge to open the pair.' })),
    h('section', { class: 'card' }, h('div', { class: 'card-body' }, form)), body);
  let r;
  try {
    r = await get('/network', { since: q.get('since'), until: q.get('until'), min });
  } catch (e) {
    replace(body, inlineError(e));
    return;
  }
  const nodes = r.nodes || [];
  const edges = r.edges || [];
  if (nodes.length === 0) {
    replace(body, empty('No pairs of actors in this range.', h('a', { href: '#/network', text: 'Clear the filters' })));
    return;
  }
  const graph = h('div', { class: 'chart chart-network', role: 'img',
    'aria-label': `Network of ${nodes.length} actors and ${edges.length} pairs` });
  const legend = h('div', { class: 'net-legend', 'aria-hidden': 'true' },
    h('span', { class: 'net-swatch net-conflict' }), 'conflict', h('span', { class: 'net-gradient' }),
    'cooperation', h('span', { class: 'net-swatch net-coop' }));
  const sorted = [...edges].sort((x, y) => y.stories - x.stories);
  const names = new Map(nodes.map(n => [n.id, n.name && n.name !== n.id ? n.name : n.id]));
  const label = code => names.get(code) || code;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  replace(body,
    section('Network', h('div', null, graph, legend),
      h('span', { class: 'hint', text: `${num(nodes.length)} actors · ${num(edges.length)} pairs` })),
    section('Pairs', table([
      { label: 'Pair', cell: e => h('a', { href: pairHref(e.source, e.target), title: `${e.source} ⇄ ${e.target}`,
        text: `${label(e.source)} ⇄ ${label(e.target)}` }) },
      { label: 'Stories', cell: e => num(e.stories), cls: 'num' },
      { label: 'Conflict', cell: e => num(e.conflict), cls: 'num' },
      { label: 'Cooperation', cell: e => num(e.cooperation), cls: 'num' },
      { label: 'Mean Goldstein', cell: e => e.goldsteinMean === null || e.goldsteinMean === undefined ? '–' : Number(e.goldsteinMean).toFixed(1), cls: 'num' },
      { label: 'Balance', cell: e => {
        const dot = h('span', { class: 'net-dot' });
        dot.style.background = balanceColor(e.balance);
        return h('span', null, dot, ` ${Number(e.balance).toFixed(2)}`);
      }, cls: 'num' },
    ], sorted)));
  const maxStories = Math.max(1, ...nodes.map(n => n.stories || 0));
  const maxEdge = Math.max(1, ...edges.map(e => e.stories || 0));
  const c = ctx.chart(graph, {
    tooltip: {
      formatter: p => p.dataType === 'edge'
        ? `${esc(label(p.data.from))} ⇄ ${esc(label(p.data.to))}<br>${p.data.stories} stories: ${p.data.conflict} conflict, ${p.data.cooperation} cooperation`
        : `${esc(p.data.label)}<br>${p.data.stories} stories`,
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 420, edgeLength: [90, 220], gravity: 0.18, layoutAnimation: true },
      label: { show: true, position: 'right', fontSize: 12, color: '#1f2937' },
      emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
      data: nodes.map(n => ({ id: n.id, name: label(n.id), label: n.name && n.name !== n.id ? `${n.name} (${n.id})` : n.id,
        stories: n.stories || 0, symbolSize: 12 + 34 * Math.sqrt((n.stories || 0) / maxStories),
        itemStyle: { color: '#1d3557', borderColor: '#fff', borderWidth: 1.5 } })),
      links: edges.map(e => ({ source: index.get(e.source), target: index.get(e.target), from: e.source, to: e.target,
        stories: e.stories, conflict: e.conflict,
        cooperation: e.cooperation, lineStyle: { color: balanceColor(e.balance), width: 1.5 + 6 * (e.stories / maxEdge),
          opacity: 0.85, curveness: 0.08 } })),
    }],
  });
  if (c) {
    c.on('click', p => {
      if (p.dataType === 'edge') location.hash = pairHref(p.data.from, p.data.to);
      else if (p.dataType === 'node') location.hash = `#/events?actor=${encodeURIComponent(p.data.id)}`;
    });
  }
}

/** Escapes text for ECharts' tooltip, which renders HTML. */
function esc(s) {
  return String(s).replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch]));
}
