// Riposte's page: one module app, views chosen by the URL hash so that every view and filter can be shared
// (#/, #/pair/RUS/IGOWSTNAT?by=week, #/events?actor=RUS&root=16&page=2, #/stories/{id}, #/articles/{id}?event=…,
// #/network, #/quotes?speaker=…). Back and forward re-render from the hash.
import { h, replace } from './dom.js';
import { get, clearBanners } from './api.js';
import { num } from './format.js';
import { overviewView } from './views/overview.js';
import { pairView } from './views/pair.js';
import { eventsView } from './views/events.js';
import { storiesView } from './views/stories.js';
import { storyView } from './views/story.js';
import { articleView } from './views/article.js';
import { networkView } from './views/network.js';
import { quotesView } from './views/quotes.js';

const ROUTES = [
  { pattern: [], view: overviewView, nav: 'overview' },
  { pattern: ['pair', ':a', ':b'], view: pairView, nav: 'overview' },
  { pattern: ['events'], view: eventsView, nav: 'events' },
  { pattern: ['stories'], view: storiesView, nav: 'stories' },
  { pattern: ['stories', ':id'], view: storyView, nav: 'stories' },
  { pattern: ['articles', ':id'], view: articleView, nav: 'stories' },
  { pattern: ['network'], view: networkView, nav: 'network' },
  { pattern: ['quotes'], view: quotesView, nav: 'quotes' },
];

/** Splits "#/pair/RUS/IGOWSTNAT?by=week" into path segments and query parameters. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const segments = path.split('/').filter(Boolean).map(s => {
    try { return decodeURIComponent(s); } catch (e) { return s; }
  });
  return { segments, query };
}

function match(segments) {
  for (const r of ROUTES) {
    if (r.pattern.length !== segments.length) continue;
    const params = {};
    let ok = true;
    r.pattern.forEach((p, i) => {
      if (p.startsWith(':')) params[p.slice(1)] = segments[i];
      else if (p !== segments[i]) ok = false;
    });
    if (ok) return { route: r, params };
  }
  return null;
}

let charts = [];
let generation = 0;

/** Creates an ECharts chart in el; disposed when the view changes. */
function chart(el, option) {
  if (!window.echarts) {
    replace(el, h('div', { class: 'inline-error', text: 'The chart library (ECharts) did not load.' }));
    return null;
  }
  const c = window.echarts.init(el, null, { renderer: 'canvas' });
  c.setOption(option);
  charts.push(c);
  return c;
}

window.addEventListener('resize', () => charts.forEach(c => c.resize()));

async function render() {
  const gen = ++generation;
  charts.forEach(c => c.dispose());
  charts = [];
  clearBanners();
  const { segments, query } = parseHash(location.hash);
  const main = document.getElementById('main');
  const root = h('div', { class: 'view' });
  replace(main, root);
  const m = match(segments);
  for (const a of document.querySelectorAll('.nav a')) {
    if (m && a.dataset.view === m.route.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!m) {
    document.title = 'Not found · Riposte';
    replace(root, h('div', { class: 'empty' }, h('h1', { text: 'No such page' }),
      h('p', { text: `Nothing lives at “${location.hash}”. ` }, h('a', { href: '#/', text: 'Back to the overview' }))));
    return;
  }
  document.body.dataset.view = m.route.nav;
  main.dataset.loading = 'true';
  const ctx = {
    params: m.params,
    query,
    root,
    chart,
    /** Whether this render is still the current one (a later navigation supersedes it). */
    current: () => gen === generation,
  };
  try {
    await m.route.view(ctx);
  } catch (e) {
    if (gen === generation) {
      root.appendChild(h('div', { class: 'inline-error' }, h('strong', { text: 'This view failed: ' }),
        e.message || String(e)));
    }
    console.error(e);
  } finally {
    if (gen === generation) delete main.dataset.loading;
  }
}

async function stats() {
  const box = document.getElementById('db-stats');
  try {
    const s = await get('/health');
    replace(box, h('span', { title: 'In this database' },
      `${num(s.events)} events · ${num(s.articles)} articles · ${num(s.stories)} stories`));
  } catch (e) {
    replace(box, h('span', { class: 'db-down', text: 'API unreachable' }));
  }
}

window.addEventListener('hashchange', () => { render(); window.scrollTo(0, 0); });
stats();
render();
