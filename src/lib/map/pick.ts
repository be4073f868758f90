// Which region a pointer means: of the regions under it, the smallest, so a
// click on an island inside a sea inside the Indo-Pacific picks the island.
import type { RegionProperties } from '../model/types';

const span = (b: RegionProperties['bbox']) => Math.abs((b[2] - b[0]) * (b[3] - b[1]));

export function smallestRegion(candidates: { id: string; bbox: RegionProperties['bbox'] }[]): string | null {
  let best: { id: string; size: number } | null = null;
  for (const c of candidates) {
    const size = span(c.bbox);
    if (!best || size < best.size) best = { id: c.id, size };
  }
  return best?.id ?? null;
}
