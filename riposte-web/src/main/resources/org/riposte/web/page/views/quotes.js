// Quotes by speaker (#/quotes?speaker=Lavrov&actor=RUS&q=dialogue&page=1): what each side said, in its words,
// grouped by speaker, each linked to its place in the article.
import { h, replace, loading, empty, inlineError } from '../dom.js';
import { get } from '../api.js';
import { plural, quoteMeta } from '../format.js';
import { filterForm, pager, paging } from '../ui.js';

function speakerKey(s) { return s ? `${s.name || ''}|${s.code || ''}` : '|'; }

export async function quotesView(ctx) {
  document.title = 'Quotes · Riposte';
  const q = ctx.query;
  const { page, size } = paging(q, 50);
  const form = filterForm('/quotes', q, [
    { name: 'speaker', label: 'Speaker', placeholder: 'Lavrov' },
    { name: 'actor', label: 'Actor code', placeholder: 'RUS' },
    { name: 'q', label: 'Words in the quote', placeholder: 'dialogue', wide: true },
  ], ['size']);
  const results = h('div', { class: 'results' }, loading('quotes'));
  ctx.root.append(
    h('div', { class: 'page-head' }, h('h1', { text: 'Quotes by speaker' }),
      h('p', { class: 'lede', text: 'What each side said, in its own words, with the place in the article.' })),
    h('section', { class: 'card' }, h('div', { class: 'card-body' }, form)), results);
  let r;
  try {
    r = await get('/quotes', { speaker: q.get('speaker'), actor: q.get('actor'), q: q.get('q'), page, size });
  } catch (e) {
    replace(results, inlineError(e));
    return;
  }
  if (!r.items || r.items.length === 0) {
    replace(results, empty(q.get('speaker') ? `No quotes of “${q.get('speaker')}” yet.` : 'No quotes match these filters.',
      h('a', { href: '#/quotes', text: 'Clear the filters' })));
    return;
  }
  const groups = new Map();
  for (const item of r.items) {
    const k = speakerKey(item.speaker);
    if (!groups.has(k)) groups.set(k, { speaker: item.speaker || {}, quotes: [] });
    groups.get(k).quotes.push(item);
  }
  replace(results, h('div', null, pager('/quotes', q, page, size, r.total),
    h('div', { class: 'speaker-grid' }, [...groups.values()].map(g => h('section', { class: 'card speaker' },
      h('header', { class: 'card-head' },
        h('h2', null, h('a', { href: `#/quotes?speaker=${encodeURIComponent(g.speaker.name || '')}`, text: g.speaker.name || 'Unnamed speaker' })),
        h('span', { class: 'speaker-code' }, g.speaker.code ? h('code', { text: g.speaker.code }) : null,
          g.speaker.role ? h('span', { class: 'muted', text: ` ${g.speaker.role}` }) : null,
          h('span', { class: 'muted', text: ` · ${plural(g.quotes.length, 'quote')} here` }))),
      h('ul', { class: 'quote-list card-body' }, g.quotes.map(x => h('li', { class: 'quote' },
        h('blockquote', { text: x.text }),
        quoteMeta(x, false))))))),
    pager('/quotes', q, page, size, r.total)));
}
