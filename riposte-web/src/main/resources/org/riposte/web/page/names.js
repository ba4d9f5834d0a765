// Party names: analysts read "NATO ⇄ Russia", not "IGOWSTNAT ⇄ RUS". The network's nodes carry the name of every
// party that is in a pair (the server caches them until the database changes); one request serves every view.
import { get } from './api.js';

let cache = null;
let fetchedAt = 0;

/** A promise of Map code → name ("IGOWSTNAT" → "NATO"); empty when the lookup fails. Re-read after a minute. */
export function partyNames() {
  if (!cache || Date.now() - fetchedAt > 60_000) {
    fetchedAt = Date.now();
    cache = get('/network', { min: 1 })
      .then(r => new Map((r.nodes || []).filter(n => n.name && n.name !== n.id).map(n => [n.id, n.name])))
      .catch(() => new Map());
  }
  return cache;
}
