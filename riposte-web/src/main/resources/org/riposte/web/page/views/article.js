// Article page (#/articles/{id}?event={eventId} or ?quote={quoteId}): the article's text with the evidence sentence
// of every coded event marked (the chosen one highlighted and scrolled into view, by its start/end offsets) and the
// quotes underlined. The text is put in as text nodes, so markup inside an article is shown, never run.
import { h, replace, loading, empty, inlineError, section } from '../dom.js';
import { get } from '../api.js';
import { gold, eventDate, statusBadge, actorLabel, storyHref, articleHref, cameoLabel, quadChip, lower } from '../format.js';

/**
 * Splits text into runs by the given ranges [{start, end, kind, id}], returning text nodes and <mark> elements;
 * a run covered by the chosen range gets the class "current". Ranges outside the text are ignored.
 */
export function markRanges(text, ranges, chosenId) {
  const valid = ranges.filter(r => Number.isInteger(r.start) && Number.isInteger(r.end)
    && r.start >= 0 && r.end <= text.length && r.start < r.end);
  const cuts = new Set([0, text.length]);
  for (const r of valid) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const over = valid.filter(r => r.start <= from && r.end >= to);
    if (over.length === 0) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const current = over.some(r => r.id === chosenId);
    const kinds = new Set(over.map(r => r.kind));
    const m = h('mark', { class: [kinds.has('event') ? 'ev' : null, kinds.has('quote') ? 'qt' : null,
      current ? 'current' : null], dataset: { ids: over.map(r => r.id).join(' ') }, text: piece });
    const ev = over.find(r => r.kind === 'event');
    if (ev) m.title = ev.label;
    out.push(m);
  }
  return out;
}

function eventRow(e, chosen, docId) {
  return h('li', { class: ['side-item', e.id === chosen ? 'side-current' : null] },
    h('a', { href: articleHref(docId, { event: e.id }) },
      h('span', { class: 'side-title', text: `${actorLabel(e.source)} → ${actorLabel(e.target)}` }),
      h('span', { class: 'side-meta', text: `${cameoLabel(e.cameo, e.root)} · ${eventDate(e.date)} · ${lower(e.status)}` })));
}

function chosenBox(e) {
  return h('div', { class: 'chosen' },
    h('p', { class: 'eyebrow', text: 'Highlighted event' }),
    h('p', { class: 'chosen-title', text: `${actorLabel(e.source)} → ${actorLabel(e.target)}` }),
    h('dl', { class: 'coded' },
      h('dt', { text: 'CAMEO' }), h('dd', { text: cameoLabel(e.cameo, e.root) }),
      h('dt', { text: 'PLOVER' }), h('dd', { text: e.plover || '–' }),
      h('dt', { text: 'Goldstein' }), h('dd', { text: gold(e.goldstein) }),
      h('dt', { text: 'QuadClass' }), h('dd', null, quadChip(e.quadClass)),
      h('dt', { text: 'Status' }), h('dd', null, statusBadge(e.status)),
      h('dt', { text: 'Date' }), h('dd', { text: eventDate(e.date) }),
      e.trigger ? [h('dt', { text: 'Trigger' }), h('dd', { text: e.trigger })] : null),
    e.storyId ? h('a', { class: 'btn btn-small', href: storyHref(e.storyId), text: 'The story, across outlets →' }) : null);
}

export async function articleView(ctx) {
  const id = ctx.params.id;
  const chosenEvent = ctx.query.get('event');
  const chosenQuote = ctx.query.get('quote');
  document.title = 'Article · Riposte';
  const body = h('div', { class: 'stack' }, loading('the article'));
  ctx.root.append(body);
  let r;
  try {
    r = await get(`/articles/${encodeURIComponent(id)}`);
  } catch (e) {
    replace(body, h('div', { class: 'page-head' }, h('h1', { text: 'Article' })), inlineError(e));
    return;
  }
  const a = r.article;
  const events = r.events || [];
  const quotes = r.quotes || [];
  document.title = `${a.title || 'Article'} · Riposte`;
  const ranges = [
    ...events.filter(e => e.evidence).map(e => ({ start: e.evidence.start, end: e.evidence.end, kind: 'event', id: e.id,
      label: `${actorLabel(e.source)} → ${actorLabel(e.target)}: ${cameoLabel(e.cameo, e.root)}` })),
    ...quotes.map(q => ({ start: q.start, end: q.end, kind: 'quote', id: q.id })),
  ];
  const chosenId = chosenEvent || chosenQuote;
  const text = h('div', { class: 'article-text', lang: a.language || 'en' }, markRanges(a.text || '', ranges, chosenId));
  text.addEventListener('click', ev => {
    const m = ev.target.closest('mark.ev');
    if (!m) return;
    const evId = m.dataset.ids.split(' ').find(x => events.some(e => e.id === x));
    if (evId) location.hash = articleHref(a.id, { event: evId });
  });
  const chosen = events.find(e => e.id === chosenEvent);
  const missing = (chosenEvent && !chosen) || (chosenQuote && !quotes.some(q => q.id === chosenQuote));
  replace(body,
    h('div', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, a.outlet || 'No outlet', a.published ? ` · ${a.published}` : ''),
      h('h1', { class: 'article-h1', text: a.title || '(untitled article)' }),
      a.url ? h('p', { class: 'muted ext' }, /^https?:\/\//i.test(a.url)
        ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank', text: a.url })
        : a.url) : null),
    missing ? h('div', { class: 'inline-error', text: `The ${chosenEvent ? 'event' : 'quote'} ${chosenId} is not in this article.` }) : null,
    h('div', { class: 'article-grid' },
      h('article', { class: 'card article-card' }, h('div', { class: 'card-body' },
        h('p', { class: 'article-legend', 'aria-hidden': 'true' },
          h('span', { class: 'legend-cur', text: chosen ? 'the chosen event' : 'chosen' }),
          h('span', { class: 'legend-ev', text: 'sentence of a coded event (click it)' }),
          h('span', { class: 'legend-qt', text: 'quotation' })), text)),
      h('aside', { class: 'article-side' },
        chosen ? h('section', { class: 'card' }, h('div', { class: 'card-body' }, chosenBox(chosen))) : null,
        section(`Events (${events.length})`, events.length
          ? h('ul', { class: 'side-list' }, events.map(e => eventRow(e, chosenEvent, a.id)))
          : empty('No events coded in this article.')),
        section(`Quotes (${quotes.length})`, quotes.length
          ? h('ul', { class: 'side-list' }, quotes.map(q => h('li', { class: ['side-item', q.id === chosenQuote ? 'side-current' : null] },
            h('a', { href: articleHref(a.id, { quote: q.id }) },
              h('span', { class: 'side-title', text: actorLabel(q.speaker) }),
              h('span', { class: 'side-meta side-quote', text: q.text })))))
          : empty('No quotes in this article.')))));
  const first = text.querySelector('mark.current');
  if (first) {
    first.id = 'evidence-current';
    requestAnimationFrame(() => first.scrollIntoView({ block: 'center', behavior: 'auto' }));
  }
}
