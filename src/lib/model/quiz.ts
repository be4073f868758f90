// Quiz rounds drawn from the regions: "find X on the map" and "name the
// highlighted place". Seeded, so a teacher can give a class the same round.

export type Question = { kind: 'find'; region: string } | { kind: 'name'; region: string; options: string[] };

/** A small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `count` questions on distinct places, alternating find/name; each "name"
 * question offers the right place and three others, shuffled.
 */
export function makeQuiz(regionIds: string[], seed: number, count = 6): Question[] {
  const next = random(seed);
  const picked = shuffle(regionIds, next).slice(0, Math.min(count, regionIds.length));
  return picked.map((region, i) => {
    if (i % 2 === 0) return { kind: 'find', region };
    const others = shuffle(
      regionIds.filter((r) => r !== region),
      next,
    ).slice(0, 3);
    return { kind: 'name', region, options: shuffle([region, ...others], next) };
  });
}
