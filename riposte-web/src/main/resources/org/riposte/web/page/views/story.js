// Story page (#/stories/{id}): the coded act, every mention across outlets with its evidence sentence and the date
// that outlet gave, the coded fields of each mention, and the reactions (what it answers, what answered it).
import { h, replace, loading, empty, inlineError, section } from '../dom.js';
import { get } from '../api.js';
import { ROOTS, QUAD, num, gold, plural, lower, eventDate, statusBadge, actorLabel, storyHref, storyTitle, storyTitleNodes, pairHref,
  articleHref, splitPair, quadChip, cameoLabel, party, partyNodes } from '../format.js';
import { partyNames } from '../names.js';

function facts(s, names) {
  const [x, y] = splitPair(s.pair);
  const row = (k, v) => [h('dt', { text: k }), h('dd', null, v)];
  return h('dl', { class: 'facts' },
    row('Date', eventDate(s.date)),
    row('Pair', x && y ? h('a', { href: pairHref(x, y), text: `${party(x, names)} ⇄ ${party(y, names)}` }) : 'one party only'),
    row('Direction', h('span', { class: 'direction' }, h('span', { class: 'party' }, partyNodes(s.sourceParty, names)), ' → ',
      h('span', { class: 'party' }, partyNodes(s.targetParty, names)))),
    row('CAMEO', cameoLabel(s.cameo, s.root)),
    row('PLOVER', s.plover || '–'),
    row('Goldstein', gold(s.goldstein)),
    row('QuadClass', quadChip(s.quadClass)),
    row('Status', statusBadge(s.status)),
    row('Articles', num(s.numArticles)),
    row('Sources', num(s.numSources)),
    row('First seen', s.firstSeen || '–'),
    row('Last seen', s.lastSeen || '–'));
}

function datesGiven(story, mentions) {
  const byOutlet = new Map();
  for (const m of mentions) {
    const o = m.outlet || '(no outlet)';
    if (!byOutlet.has(o)) byOutlet.set(o, new Map());
    const d = eventDate(m.date);
    byOutlet.get(o).set(d, (byOutlet.get(o).get(d) || 0) + 1);
  }
  const counts = Object.entries(story.dates || {}).sort((p, q) => q[1] - p[1]);
  const max = Math.max(1, ...counts.map(c => c[1]));
  return h('div', { class: 'dates-given' },
    counts.length ? h('ul', { class: 'date-bars', 'aria-label': 'Dates given, with their counts' }, counts.map(([d, n]) => {
      const bar = h('span', { class: 'date-bar' });
      bar.style.width = `${Math.round((100 * n) / max)}%`;
      return h('li', { class: d === (story.date && story.date.value) ? 'date-chosen' : null },
        h('span', { class: 'date-value', text: d }), h('span', { class: 'date-track' }, bar),
        h('span', { class: 'date-count', text: plural(n, 'mention') }));
    })) : null,
    h('table', { class: 'data compact keep-table outlet-dates' },
      h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'Outlet' }), h('th', { scope: 'col', text: 'Date given' }))),
      h('tbody', null, [...byOutlet.entries()].sort((p, q) => p[0].localeCompare(q[0])).map(([o, ds]) =>
        h('tr', null, h('td', { 'data-label': 'Outlet', text: o }),
          h('td', { 'data-label': 'Date given', text: [...ds.entries()].map(([d, n]) => n > 1 ? `${d} (×${n})` : d).join(', ') }))))));
}

/** One coded mention: its fields on a line, and the link to its sentence inside the article. */
function mentionRow(m) {
  return h('li', { class: 'mention', dataset: { event: m.id } },
    h('dl', { class: 'coded coded-inline' },
      h('dt', { text: 'Date given' }), h('dd', { class: 'mention-date', text: eventDate(m.date) }),
      h('dt', { text: 'Source' }), h('dd', { text: actorLabel(m.source) }),
      h('dt', { text: 'Target' }), h('dd', { text: actorLabel(m.target) }),
      h('dt', { text: 'CAMEO' }), h('dd', { text: cameoLabel(m.cameo, m.root) }),
      h('dt', { text: 'PLOVER' }), h('dd', { text: m.plover || '–' }),
      h('dt', { text: 'Goldstein' }), h('dd', { text: gold(m.goldstein) }),
      h('dt', { text: 'QuadClass' }), h('dd', null, quadChip(m.quadClass)),
      h('dt', { text: 'Status' }), h('dd', null, statusBadge(m.status)),
      m.trigger ? [h('dt', { text: 'Trigger' }), h('dd', { class: 'trigger', text: m.trigger })] : null),
    h('a', { class: 'btn btn-small evidence-link', href: articleHref(m.docId, { event: m.id }),
      text: 'Show the sentence in the article →' }));
}

/** One article's mentions: outlet, date and title, then each evidence sentence with the acts coded from it. */
function articleCard(docMentions) {
  const first = docMentions[0];
  const bySentence = new Map();
  for (const m of docMentions) {
    const ev = m.evidence || {};
    const k = `${ev.start}:${ev.end}`;
    if (!bySentence.has(k)) bySentence.set(k, { sentence: ev.sentence || '', start: ev.start, mentions: [] });
    bySentence.get(k).mentions.push(m);
  }
  const sentences = [...bySentence.values()].sort((x, y) => (x.start || 0) - (y.start || 0));
  return h('li', { class: 'mention-article', dataset: { doc: first.docId } },
    h('div', { class: 'mention-head' },
      h('span', { class: 'mention-outlet', text: first.outlet || '(no outlet)' }),
      first.published ? h('span', { class: 'muted', text: ` · published ${first.published}` }) : null,
      h('span', { class: 'muted', text: ` · ${plural(docMentions.length, 'mention')}` }),
      first.title ? h('a', { class: 'mention-title', href: articleHref(first.docId), text: first.title }) : null),
    sentences.map(x => h('div', { class: 'mention-sentence' },
      h('blockquote', { class: 'mention-evidence', text: x.sentence }),
      h('ul', { class: 'mention-rows' }, x.mentions.map(mentionRow)))));
}

function reactionList(title, stories, reactions, keyOf, emptyText, names) {
  if (!stories || stories.length === 0) return h('div', { class: 'react-col' }, h('h3', { text: title }), empty(emptyText));
  return h('div', { class: 'react-col' }, h('h3', { text: title }), h('ul', { class: 'react-list' }, stories.map(s => {
    const r = reactions.find(x => keyOf(x) === s.id) || {};
    const kind = lower(r.kind);
    return h('li', null, h('a', { href: storyHref(s.id) }, h('span', { class: 'story-date', text: eventDate(s.date) }), ' ',
      storyTitleNodes(s, names)), h('div', { class: 'react-meta' }, kind ? h('span', { class: ['badge', 'kind-' + kind], text: kind }) : null,
      r.cue ? h('span', { class: 'chain-cue', text: ` “${r.cue}”` }) : null,
      r.lagDays !== null && r.lagDays !== undefined ? h('span', { class: 'muted', text: ` · ${plural(Math.abs(r.lagDays), 'day')} apart` }) : null));
  })));
}

export async function storyView(ctx) {
  const id = ctx.params.id;
  document.title = 'Story · Riposte';
  const body = h('div', { class: 'stack' }, loading('the story'));
  ctx.root.append(body);
  let r;
  let names;
  try {
    [r, names] = await Promise.all([get(`/stories/${encodeURIComponent(id)}`), partyNames()]);
  } catch (e) {
    replace(body, h('div', { class: 'page-head' }, h('h1', { text: 'Story' })), inlineError(e));
    return;
  }
  const s = r.story;
  const mentions = [...(r.mentions || [])].sort((p, q) => (p.outlet || '').localeCompare(q.outlet || '')
    || (p.evidence ? p.evidence.start : 0) - (q.evidence ? q.evidence.start : 0));
  const byDoc = new Map();
  for (const m of mentions) {
    if (!byDoc.has(m.docId)) byDoc.set(m.docId, []);
    byDoc.get(m.docId).push(m);
  }
  document.title = `${storyTitle(s, names)} · Riposte`;
  const [x, y] = splitPair(s.pair);
  replace(body,
    h('div', { class: 'page-head' },
      h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumbs' }, h('a', { href: '#/', text: 'Overview' }), ' / ',
        x && y ? [h('a', { href: pairHref(x, y), text: `${party(x, names)} ⇄ ${party(y, names)}` }), ' / '] : null,
        h('span', { text: 'story' })),
      h('p', { class: 'eyebrow', text: `${eventDate(s.date)} · ${ROOTS[s.root] || 'CAMEO ' + (s.root || '?')}` }),
      h('h1', { class: 'story-h1', text: storyTitle(s, names) }),
      h('p', { class: 'lede' }, `Told by ${plural(s.numSources, 'source')} in ${plural(s.numArticles, 'article')}`,
        (s.outlets || []).length ? `: ${s.outlets.join(', ')}.` : '.')),
    h('div', { class: 'story-grid' },
      section('The act', facts(s, names)),
      section('Dates the outlets gave', mentions.length ? datesGiven(s, mentions) : empty('No mentions stored.'))),
    section(`Mentions (${mentions.length} in ${plural(byDoc.size, 'article')})`, mentions.length
      ? h('ol', { class: 'mentions' }, [...byDoc.values()].map(articleCard))
      : empty('No mentions stored for this story.'),
      h('a', { class: 'more', href: `#/events?story=${encodeURIComponent(s.id)}`, text: 'as a table →' })),
    section('Reactions', h('div', { class: 'react-cols' },
      reactionList('It answers', r.answers, r.reactions || [], x2 => x2.reactsTo, 'It answers no known act.', names),
      reactionList('Answered by', r.answeredBy, r.reactions || [], x2 => x2.storyId, 'No answer found yet.', names))));
}
