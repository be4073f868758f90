// Finding a place in the gazetteer by what a user types: a name that starts
// with it first, then one with a word that does, then one that contains it;
// verified regions ahead of coarser entries at each step. Case and accents
// do not matter ("sao paulo" finds São Paulo).
import type { GazetteerPlace } from './gazetteer';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function searchPlaces(places: readonly GazetteerPlace[], query: string, limit = 12): GazetteerPlace[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { p: GazetteerPlace; score: number; order: number }[] = [];
  places.forEach((p, order) => {
    let best = Infinity;
    for (const n of [p.name, ...p.names, ...(p.ja ? [p.ja] : []), ...(p.zh ? p.zh.split(' / ') : [])]) {
      const f = fold(n);
      const score = f === q ? 0 : f.startsWith(q) ? 1 : f.split(/[\s\-'’.]+/).some((w) => w.startsWith(q)) ? 2 : f.includes(q) ? 3 : Infinity;
      best = Math.min(best, score);
    }
    if (best < Infinity) scored.push({ p, score: best * 2 + (p.verified ? 0 : 1), order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).slice(0, limit).map((s) => s.p);
}
