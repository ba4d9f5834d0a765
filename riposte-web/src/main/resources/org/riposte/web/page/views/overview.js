// Overview: the most active pairs (escalation sparkline, verdict) and the newest stories.
import { h, svg, replace, loading, empty, inlineError, section } from '../dom.js';
import { get } from '../api.js';
import { num, plural, verdictBadge, pairHref, storyHref, storyTitleNodes, eventDate, statusBadge, pairNodes, withNames } from '../format.js';
import { partyNames } from '../names.js';

/** An SVG sparkline of the escalation index (higher is worse), with its last value marked. */
export function sparkline(points) {
  const w = 260;
  const hgt = 44;
  const vals = (points || []).map(p => Number(p.escalation) || 0);
  if (vals.length === 0) return h('span', { class: 'spark-empty', text: 'no series' });
  const min = Math.min(0, ...vals);
  const max = Math.max(0.0001, ...vals);
  const x = i => vals.length === 1 ? w / 2 : 3 + (i * (w - 6)) / (vals.length - 1);
  const y = v => 4 + (hgt - 8) * (1 - (v - min) / (max - min));
  const d = vals.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = vals[vals.length - 1];
  const first = points[0];
  const end = points[points.length - 1];
  return svg('svg', { class: 'spark', viewBox: `0 0 ${w} ${hgt}`, role: 'img',
    'aria-label': `Escalation index from ${first.bucket} to ${end.bucket}, last ${last.toFixed(2)}` },
    svg('title', {}, `Escalation index ${first.bucket} – ${end.bucket} (higher is worse): last ${last.toFixed(2)}`),
    svg('line', { class: 'spark-zero', x1: 0, x2: w, y1: y(0).toFixed(1), y2: y(0).toFixed(1) }),
    svg('path', { class: 'spark-line', d }),
    svg('circle', { class: last > 0 ? 'spark-dot spark-up' : 'spark-dot', cx: x(vals.length - 1).toFixed(1),
      cy: y(last).toFixed(1), r: 3 }));
}

/** "2021-10 → 2022-01 · now 3.76" under a sparkline. */
function sparkCaption(points) {
  if (!points || points.length === 0) return null;
  const last = points[points.length - 1];
  const span = points.length === 1 ? points[0].bucket : `${points[0].bucket} → ${last.bucket}`;
  return h('span', { class: 'spark-caption' }, span, h('span', { class: 'spark-now', text: ` · index ${Number(last.escalation).toFixed(2)}` }));
}

/** The conflict/cooperation share of a pair as a two-colour bar. */
function balanceBar(conflict, cooperation) {
  const total = (conflict || 0) + (cooperation || 0);
  const bar = h('div', { class: 'balance', role: 'img',
    'aria-label': `${conflict} conflict and ${cooperation} cooperation stories` });
  if (total === 0) {
    bar.classList.add('balance-none');
    return bar;
  }
  const c = h('span', { class: 'balance-conflict' });
  const k = h('span', { class: 'balance-coop' });
  c.style.width = `${(100 * conflict) / total}%`;
  k.style.width = `${(100 * cooperation) / total}%`;
  bar.append(c, k);
  return bar;
}

function pairCard(d, names) {
  const badge = verdictBadge(d.verdict && d.verdict.label);
  if (d.verdict && d.verdict.figures) badge.title = withNames(d.verdict.figures, names);
  return h('a', { class: 'pair-card', href: pairHref(d.a, d.b), dataset: { pair: d.pair || `${d.a}|${d.b}` } },
    h('div', { class: 'pair-card-head' }, h('span', { class: 'pair-name' }, pairNodes(d.a, d.b, names)), badge),
    h('div', { class: 'pair-card-spark' }, sparkline(d.spark), sparkCaption(d.spark)),
    h('div', { class: 'pair-card-figures' },
      h('span', { class: 'fig' }, h('strong', { text: num(d.stories) }), d.stories === 1 ? ' story' : ' stories'),
      h('span', { class: 'fig fig-conflict' }, h('strong', { text: num(d.conflict) }), ' conflict'),
      h('span', { class: 'fig fig-coop' }, h('strong', { text: num(d.cooperation) }), ' cooperation')),
    balanceBar(d.conflict, d.cooperation),
    d.verdict && d.verdict.from ? h('p', { class: 'pair-card-verdict', text: `verdict over ${d.verdict.from} – ${d.verdict.to}` }) : null);
}

export function storyItem(s, names) {
  return h('li', { class: 'story-item' },
    h('a', { class: 'story-link', href: storyHref(s.id) },
      h('span', { class: 'story-date', text: eventDate(s.date) }),
      h('span', { class: 'story-title' }, storyTitleNodes(s, names))),
    h('span', { class: 'story-meta' }, statusBadge(s.status),
      h('span', { text: `${plural(s.numSources, 'source')} · ${plural(s.numArticles, 'article')}` }),
      s.outlets && s.outlets.length ? h('span', { class: 'muted', text: s.outlets.slice(0, 4).join(', ')
        + (s.outlets.length > 4 ? ` +${s.outlets.length - 4}` : '') }) : null));
}

/** "Open a pair": two actor codes → #/pair/A/B. */
function pairPicker() {
  const a = h('input', { id: 'pick-a', name: 'a', placeholder: 'RUS', autocomplete: 'off', spellcheck: 'false', 'aria-label': 'First actor code' });
  const b = h('input', { id: 'pick-b', name: 'b', placeholder: 'IGOWSTNAT', autocomplete: 'off', spellcheck: 'false', 'aria-label': 'Second actor code' });
  const form = h('form', { class: 'pair-picker', 'aria-label': 'Open a pair' },
    h('label', { for: 'pick-a', text: 'Open a pair' }),
    h('div', { class: 'pair-picker-row' }, a, h('span', { class: 'arrow', text: '⇄' }), b,
      h('button', { type: 'submit', class: 'btn btn-primary', text: 'Open' })));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const x = a.value.trim().toUpperCase();
    const y = b.value.trim().toUpperCase();
    if (x && y) location.hash = pairHref(x, y);
  });
  return form;
}

export async function overviewView(ctx) {
  document.title = 'Overview · Riposte';
  const pairsBody = h('div', null, loading('the most active pairs'));
  const storiesBody = h('div', null, loading('the newest stories'));
  ctx.root.append(
    h('div', { class: 'page-head page-head-row' },
      h('div', null, h('h1', { text: 'Where relationships stand' }),
        h('p', { class: 'lede', text: 'The most active pairs of actors, the direction their relationship is taking, '
          + 'and the newest stories. Open a pair for the series, the chain of actions and reactions, and the evidence.' })),
      pairPicker()),
    h('div', { class: 'overview-grid' },
      section('Most active pairs', pairsBody, h('span', { class: 'hint', text: 'sparkline: escalation index, higher is worse' })),
      section('Newest stories', storiesBody, h('a', { class: 'more', href: '#/stories?sort=-date', text: 'All stories →' }))));

  const names = partyNames();
  const pairs = Promise.all([get('/dyads', { limit: 12 }), names]).then(([r, nm]) => {
    const items = Array.isArray(r) ? r : (r.items || []);
    if (items.length === 0) {
      replace(pairsBody, empty('No pairs of actors yet.', 'Ingest some articles: ./riposte ingest news/ --db … then reload.'));
      return;
    }
    replace(pairsBody, h('div', { class: 'pair-grid' }, items.map(d => pairCard(d, nm))));
  }).catch(e => replace(pairsBody, inlineError(e)));

  const stories = Promise.all([get('/stories', { sort: '-date', size: 60 }), names]).then(([r, nm]) => {
    // acts between two parties first: a statement without a target says little at a glance
    const items = (r.items || []).filter(s => s.sourceParty && s.targetParty).slice(0, 12);
    if (items.length === 0) {
      replace(storiesBody, empty(r.total ? 'No recent stories between two parties.' : 'No stories yet.'));
      return;
    }
    replace(storiesBody, h('ul', { class: 'story-list' }, items.map(s => storyItem(s, nm))));
  }).catch(e => replace(storiesBody, inlineError(e)));
  await Promise.all([pairs, stories]);
}
