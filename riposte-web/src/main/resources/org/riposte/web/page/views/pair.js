// Pair view (#/pair/A/B?by=week): series by QuadClass and Goldstein in both directions, the verdict with its
// figures, the action–reaction chain, the channel ledger as a timeline, the pair's stories and the quotes of both sides.
import { h, replace, loading, empty, inlineError, section } from '../dom.js';
import { get } from '../api.js';
import { QUAD, QUAD_COLORS, num, gold, plural, lower, verdictBadge, statusBadge, storyHref, storyTitleNodes,
  eventDate, dateKey, pairHref, quoteMeta, party, pairNodes, withNames } from '../format.js';
import { partyNames } from '../names.js';
import { table } from '../ui.js';

const BY = ['day', 'week', 'month'];

function byLinks(a, b, by) {
  return h('div', { class: 'segmented', role: 'group', 'aria-label': 'Buckets' }, BY.map(x =>
    h('a', { href: pairHref(a, b, x), class: x === by ? 'on' : null, 'aria-current': x === by ? 'true' : null,
      text: `by ${x}` })));
}

function reciprocity(label, r) {
  if (!r) return null;
  const share = r.hostile ? Math.round((100 * r.answered) / r.hostile) : 0;
  return h('div', { class: 'recip' },
    h('h3', { text: label }),
    h('dl', { class: 'kv' },
      h('dt', { text: 'Hostile acts' }), h('dd', { text: num(r.hostile) }),
      h('dt', { text: 'Answered' }), h('dd', { text: r.hostile ? `${num(r.answered)} (${share}%)` : '–' }),
      h('dt', { text: 'Median lag' }), h('dd', { text: r.medianLagDays === null || r.medianLagDays === undefined
        ? '–' : plural(r.medianLagDays, 'day') }),
      h('dt', { text: 'Intensity ratio' }), h('dd', { text: r.intensityRatio === null || r.intensityRatio === undefined
        ? '–' : Number(r.intensityRatio).toFixed(2) })));
}

function verdictCard(rep, a, b, names) {
  const v = rep.verdict || {};
  return h('section', { class: 'card verdict-card', 'aria-label': 'Verdict' },
    h('div', { class: 'verdict-main' },
      h('div', { class: 'verdict-label' }, h('span', { class: 'eyebrow', text: 'Verdict' }), verdictBadge(v.label)),
      v.from || v.to ? h('p', { class: 'verdict-window', text: `Window ${v.from || '…'} – ${v.to || '…'}` }) : null,
      h('p', { class: 'verdict-figures', text: v.figures ? withNames(v.figures, names) : 'No figures: the pair has no counted stories.' }),
      h('details', { class: 'how' }, h('summary', { text: 'How to read these figures' }),
        h('p', { text: 'Series count stories (one per real-world act, never mentions) by QuadClass and direction. '
          + 'Escalation index: per active bucket r = −(mean Goldstein) + channel change (+1 per channel closed or '
          + 'suspended, +0.5 reduced, −1 reopened); I = 0.5·r + 0.5·I(previous); higher is worse. Reciprocity: the '
          + 'share of one side’s hostile stories (QuadClass 3–4) the other answered with a hostile story (a reaction '
          + 'link or within 30 days), with the median lag and the intensity ratio (mean |Goldstein| of the answers over '
          + 'the acts answered).' }),
        h('p', { text: 'The verdict reads the last 365 days of the pair’s activity: hostility from one side only is '
          + 'one-sided hostility; answers harsher than acts, or a rising index with more closures than reopenings, '
          + 'escalation; a falling index with reopenings, de-escalation; half the hostility answered like for like, '
          + 'tit-for-tat. With a handful of reports any verdict is fragile: read the counts.' }))),
    h('div', { class: 'verdict-recip' },
      reciprocity(`${a} → ${b} answered by ${b}`, rep.reciprocityAB),
      reciprocity(`${b} → ${a} answered by ${a}`, rep.reciprocityBA)));
}

function quadOption(rows, dir, title) {
  const key = dir === 'AB' ? 'quadAB' : 'quadBA';
  return {
    title: { text: `${title}: stories by QuadClass`, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 600, color: '#1f2937' } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 22, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    grid: { left: 36, right: 12, top: window.innerWidth < 640 ? 78 : 58, bottom: 28 },
    xAxis: { type: 'category', data: rows.map(r => r.bucket), axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [1, 2, 3, 4].map(q => ({
      name: QUAD[q], type: 'bar', stack: 'q', barMaxWidth: 28, itemStyle: { color: QUAD_COLORS[q] },
      emphasis: { focus: 'series' }, data: rows.map(r => (r[key] || [])[q - 1] || 0),
    })),
  };
}

function goldOption(rows, a, b) {
  const mean = (g, q) => {
    const n = (q || []).reduce((s, x) => s + x, 0);
    return n ? +(g / n).toFixed(2) : null;
  };
  return {
    title: { text: 'Mean Goldstein per story, and the escalation index', left: 0, top: 0,
      textStyle: { fontSize: 13, fontWeight: 600, color: '#1f2937' } },
    tooltip: { trigger: 'axis' },
    legend: { top: 22, left: 0, textStyle: { fontSize: 11 } },
    grid: { left: 40, right: 44, top: window.innerWidth < 640 ? 84 : 74, bottom: 28 },
    xAxis: { type: 'category', data: rows.map(r => r.bucket), axisLabel: { fontSize: 11 } },
    yAxis: [
      { type: 'value', min: -10, max: 10, name: 'Goldstein', nameTextStyle: { fontSize: 11 } },
      { type: 'value', name: 'index', nameTextStyle: { fontSize: 11 }, splitLine: { show: false } },
    ],
    series: [
      { name: `${a} → ${b}`, type: 'line', connectNulls: true, showSymbol: true, showAllSymbol: true, symbol: 'circle', symbolSize: 8,
        itemStyle: { color: '#1d3557' },
        data: rows.map(r => mean(r.goldAB, r.quadAB)) },
      { name: `${b} → ${a}`, type: 'line', connectNulls: true, showSymbol: true, showAllSymbol: true, symbol: 'circle', symbolSize: 8,
        itemStyle: { color: '#e76f51' },
        lineStyle: { type: 'dashed' }, data: rows.map(r => mean(r.goldBA, r.quadBA)) },
      { name: 'Escalation index', type: 'line', yAxisIndex: 1, step: 'end', symbol: 'none',
        itemStyle: { color: '#9d4edd' }, areaStyle: { opacity: 0.08 }, data: rows.map(r => +(+r.index).toFixed(2)) },
    ],
  };
}

function chartsCard(ctx, rep, a, b) {
  const rows = rep.series || [];
  if (rows.length === 0) return section('Series', empty('No counted stories for this pair yet.'));
  const ab = h('div', { class: 'chart', 'aria-label': `${a} to ${b} by QuadClass`, role: 'img' });
  const ba = h('div', { class: 'chart', 'aria-label': `${b} to ${a} by QuadClass`, role: 'img' });
  const g = h('div', { class: 'chart chart-wide', 'aria-label': 'Goldstein and escalation', role: 'img' });
  const card = section('Conflict and cooperation', h('div', { class: 'charts' }, ab, ba, g),
    h('span', { class: 'hint', text: `${rows.length} ${rep.by || ''} buckets; stories, never mentions` }));
  requestAnimationFrame(() => {
    if (!ctx.current()) return;
    const max = Math.max(1, ...rows.flatMap(r => [(r.quadAB || []).reduce((s, x) => s + x, 0),
      (r.quadBA || []).reduce((s, x) => s + x, 0)]));
    const oa = quadOption(rows, 'AB', `${a} → ${b}`);
    const ob = quadOption(rows, 'BA', `${b} → ${a}`);
    const og = goldOption(rows, a, b);
    oa.yAxis.max = ob.yAxis.max = max;
    // a long series opens on the verdict's window (at least 12 buckets); drag or zoom to see the rest
    const from = rep.verdict && rep.verdict.from;
    if (rows.length > 24) {
      let first = from ? rows.findIndex(r => r.start >= from) : rows.length - 12;
      if (first < 0) first = rows.length - 12;
      first = Math.max(0, Math.min(first, rows.length - 12));
      const zoom = { type: 'inside', startValue: first, endValue: rows.length - 1 };
      oa.dataZoom = [zoom];
      ob.dataZoom = [zoom];
      og.dataZoom = [zoom, { type: 'slider', startValue: first, endValue: rows.length - 1, height: 16, bottom: 8,
        showDataShadow: false, borderColor: '#d1d5db', fillerColor: 'rgba(69,123,157,.18)', labelFormatter: i => rows[i] ? rows[i].bucket : '' }];
      og.grid.bottom = 60;
    }
    const charts = [ctx.chart(ab, oa), ctx.chart(ba, ob), ctx.chart(g, og)].filter(Boolean);
    if (charts.length === 3 && window.echarts) {
      charts.forEach(c => { c.group = 'pair-series'; });
      window.echarts.connect('pair-series');
    }
  });
  return card;
}

function storyNode(s, id, names) {
  if (!s) return h('div', { class: 'chain-node chain-missing', text: `story ${id} (outside this pair)` });
  return h('a', { class: ['chain-node', 'quadbar-' + s.quadClass], href: storyHref(s.id) },
    h('span', { class: 'chain-date', text: eventDate(s.date) }),
    h('span', { class: 'chain-title' }, storyTitleNodes(s, names)),
    h('span', { class: 'chain-meta' }, statusBadge(s.status), ` Goldstein ${gold(s.goldstein)} · ${plural(s.numSources, 'source')}`));
}

function chainCard(rep, names) {
  const reactions = rep.reactions || [];
  const byId = new Map((rep.stories || []).map(s => [s.id, s]));
  if (reactions.length === 0) {
    return section('Action and reaction', empty('No reactions found for this pair yet.',
      'A reaction is an act of one side that the text links to an act of the other (“in retaliation for …”), '
      + 'or that follows it within 30 days with the same QuadClass.'));
  }
  const answers = new Map();
  for (const r of reactions) {
    if (!answers.has(r.reactsTo)) answers.set(r.reactsTo, []);
    answers.get(r.reactsTo).push(r);
  }
  const isAnswer = new Set(reactions.map(r => r.storyId));
  const key = id => dateKey(byId.get(id) && byId.get(id).date);
  let roots = [...answers.keys()].filter(id => !isAnswer.has(id));
  if (roots.length === 0) roots = [...answers.keys()];
  roots.sort((x, y) => key(x).localeCompare(key(y)));
  const seen = new Set();
  const walk = id => {
    if (seen.has(id)) return [];
    seen.add(id);
    const out = [storyNode(byId.get(id), id, names)];
    for (const r of (answers.get(id) || []).sort((x, y) => key(x.storyId).localeCompare(key(y.storyId)))) {
      const kind = lower(r.kind);
      out.push(h('div', { class: ['chain-link', 'chain-' + kind] },
        h('span', { class: 'chain-arrow', 'aria-hidden': 'true', text: '↓' }),
        h('span', { class: ['badge', 'kind-' + kind], text: kind }),
        r.cue ? h('span', { class: 'chain-cue', text: `“${r.cue}”` }) : null,
        r.lagDays !== null && r.lagDays !== undefined ? h('span', { class: 'muted', text: `${plural(r.lagDays, 'day')} later` }) : null));
      out.push(...walk(r.storyId));
    }
    return out;
  };
  const chains = roots.map(id => h('li', { class: 'chain' }, walk(id))).filter(li => li.childNodes.length > 0);
  return section('Action and reaction', h('ol', { class: 'chains' }, chains),
    h('span', { class: 'hint', text: `${plural(reactions.length, 'reaction')}` }));
}

function channelState(state) {
  const s = lower(state);
  return h('span', { class: ['badge', 'chan-' + s], text: s || 'unknown' });
}

function ledgerCard(rep, names) {
  const channels = [...(rep.channels || [])].sort((x, y) => dateKey(x.date).localeCompare(dateKey(y.date)));
  if (channels.length === 0) {
    return section('Channel ledger', empty('No channels (missions, embassies, councils, talks) mentioned for this pair yet.'));
  }
  const latest = new Map();
  for (const c of channels) latest.set(c.channel, c);
  const summary = h('ul', { class: 'ledger-now' }, [...latest.values()].map(c => h('li', null,
    h('span', { class: 'ledger-channel', text: withNames(c.channel, names), title: c.channel }),
    h('span', { class: 'ledger-state' }, channelState(c.state),
      lower(c.status) !== 'asserted' ? statusBadge(c.status) : null),
    h('span', { class: 'ledger-since', text: eventDate(c.date) }))));
  const timeline = h('ol', { class: 'timeline' }, channels.map(c => h('li', { class: ['tl-item', 'tl-' + lower(c.state)] },
    h('div', { class: 'tl-date', text: eventDate(c.date) }),
    h('div', { class: 'tl-body' },
      h('div', { class: 'tl-head' }, h('strong', { text: withNames(c.channel, names), title: c.channel }), ' ', channelState(c.state),
        lower(c.status) !== 'asserted' ? statusBadge(c.status) : null,
        c.figures ? h('span', { class: 'tl-figures', text: c.figures }) : null),
      c.evidence ? h('blockquote', { class: 'tl-evidence', text: c.evidence }) : null,
      h('div', { class: 'tl-foot' },
        c.mentions ? h('span', { class: 'muted', text: plural(c.mentions, 'mention') }) : null,
        c.storyId ? h('a', { href: storyHref(c.storyId), text: 'story →' }) : null)))));
  return section('Channel ledger', h('div', null, h('h3', { class: 'sub', text: 'Where each channel stands' }), summary,
    h('h3', { class: 'sub', text: 'Timeline' }), timeline));
}

function storiesCard(rep, names) {
  const stories = [...(rep.stories || [])].sort((x, y) => dateKey(y.date).localeCompare(dateKey(x.date)));
  if (stories.length === 0) return section('Stories', empty('No stories for this pair yet.'));
  return section('Stories', table([
    { label: 'Date', cell: s => eventDate(s.date), cls: 'nowrap' },
    { label: 'Act', cell: s => h('a', { href: storyHref(s.id), class: 'story-title-link' }, storyTitleNodes(s, names)) },
    { label: 'QuadClass', cell: s => h('span', { class: ['quad', 'quad-' + s.quadClass] }, h('span', { class: 'dot' }), QUAD[s.quadClass] || '–') },
    { label: 'Goldstein', cell: s => gold(s.goldstein), cls: 'num' },
    { label: 'Status', cell: s => statusBadge(s.status) },
    { label: 'Sources', cell: s => num(s.numSources), cls: 'num' },
  ], stories, { cls: 'pair-stories' }), h('span', { class: 'hint', text: plural(stories.length, 'story', 'stories') }));
}

function quoteItem(q) {
  return h('li', { class: 'quote' },
    h('blockquote', { text: q.text }),
    quoteMeta(q, true));
}

function quotesCard(a, b, nameA, nameB) {
  const colA = h('div', { class: 'quotes-col' }, h('h3', { text: `${nameA} said` }), loading(`${nameA}'s quotes`));
  const colB = h('div', { class: 'quotes-col' }, h('h3', { text: `${nameB} said` }), loading(`${nameB}'s quotes`));
  const others = h('div', { class: 'quotes-others' });
  const names = new Map([[a, nameA], [b, nameB]]);
  const fill = (col, actor) => get('/quotes', { actor, size: 8 }).then(r => {
    col.lastChild.remove();
    col.append(r.items && r.items.length
      ? h('ul', { class: 'quote-list' }, r.items.map(quoteItem))
      : empty(`No quotes of ${party(actor, names)} yet.`));
    if (r.total > (r.items || []).length) {
      col.append(h('a', { class: 'more', href: `#/quotes?actor=${encodeURIComponent(actor)}`, text: `All ${num(r.total)} quotes →` }));
    }
    return r.items || [];
  }).catch(e => { col.lastChild.remove(); col.append(inlineError(e)); return []; });
  const sides = Promise.all([fill(colA, a), fill(colB, b)]);
  /** After the report: the quotes in the pair's articles whose speaker is neither side (or not coded). */
  const more = async docIds => {
    const shown = new Set((await sides).flat().map(q => q.id));
    const lists = await Promise.all(docIds.slice(0, 12).map(doc => get('/quotes', { doc, size: 20 })
      .then(r => r.items || []).catch(() => [])));
    const rest = lists.flat().filter(q => !shown.has(q.id));
    if (rest.length === 0) return;
    replace(others, h('h3', { text: 'Other voices in these articles' }),
      h('ul', { class: 'quote-list quote-grid' }, rest.slice(0, 12).map(quoteItem)));
  };
  return { card: section('Quotes of both sides', h('div', null, h('div', { class: 'quotes-cols' }, colA, colB), others)),
    done: sides, more };
}

/** The name of an actor code ("NATO" for IGOWSTNAT), or null when the store has none. */
async function nameOf(code) {
  try {
    const r = await get('/actors', { q: code, size: 20 });
    const hit = (r.items || []).find(x => x.code === code);
    return hit && hit.name && hit.name !== code ? hit.name : null;
  } catch (e) {
    return null;
  }
}

export async function pairView(ctx) {
  const a = ctx.params.a.toUpperCase();
  const b = ctx.params.b.toUpperCase();
  const by = BY.includes(ctx.query.get('by')) ? ctx.query.get('by') : 'month';
  if (!/^[A-Z0-9]{2,16}$/.test(a) || !/^[A-Z0-9]{2,16}$/.test(b)) {
    ctx.root.append(h('div', { class: 'inline-error', text: `Not a pair of actor codes: ${a} / ${b}` }));
    return;
  }
  document.title = `${a} ⇄ ${b} · Riposte`;
  const wait = loading(`the ${a}–${b} report`);
  ctx.root.append(wait);
  const [known, rep] = await Promise.all([partyNames(),
    get(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by }).catch(e => ({ failed: e }))]);
  const names = new Map(known);
  for (const c of [a, b]) {
    if (!names.has(c)) {
      const n = await nameOf(c);
      if (n) names.set(c, n);
    }
  }
  if (!ctx.current()) return;
  const A = party(a, names);
  const B = party(b, names);
  document.title = `${A} ⇄ ${B} · Riposte`;
  const head = h('div', { class: 'page-head page-head-row' },
    h('div', null, h('p', { class: 'eyebrow', text: 'Pair' }), h('h1', { class: 'pair-title' }, pairNodes(a, b, names))),
    h('div', { class: 'head-actions' }, byLinks(a, b, by),
      h('a', { class: 'btn btn-quiet', href: `#/events?source=${encodeURIComponent(a)}&target=${encodeURIComponent(b)}`, text: `Events ${A} → ${B}` }),
      h('a', { class: 'btn btn-quiet', href: `#/events?source=${encodeURIComponent(b)}&target=${encodeURIComponent(a)}`, text: `Events ${B} → ${A}` }),
      h('a', { class: 'btn btn-quiet', href: `#/stories?pair=${encodeURIComponent(a + '|' + b)}`, text: 'All stories' })));
  wait.remove();
  ctx.root.append(head);
  if (rep.failed) {
    ctx.root.append(inlineError(rep.failed));
    return;
  }
  const quotes = quotesCard(a, b, A, B);
  ctx.root.append(h('div', { class: 'pair-body' },
    verdictCard(rep, A, B, names),
    chartsCard(ctx, rep, A, B),
    h('div', { class: 'two-col' }, chainCard(rep, names), ledgerCard(rep, names)),
    storiesCard(rep, names),
    quotes.card));
  const docs = [...new Set((rep.stories || []).flatMap(x => x.docIds || []))];
  await Promise.all([quotes.done, quotes.more(docs)]);
}
