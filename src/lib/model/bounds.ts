// Camera bounds for one or several regions (the app's camera and the data build's focus boxes).
export type Bounds = [number, number, number, number];

/**
 * The smallest box holding all the boxes, each shifted by a whole turn where
 * that makes the union narrower: Japan and the United States are joined across
 * the Pacific, not across Europe. East may exceed 180 (MapLibre wraps it).
 */
export function unionBounds(boxes: Bounds[]): Bounds | null {
  let out: Bounds | null = null;
  for (const b of boxes) {
    if (!out) {
      out = [...b];
      continue;
    }
    let best: Bounds | null = null;
    for (const shift of [-360, 0, 360]) {
      const c: Bounds = [Math.min(out[0], b[0] + shift), Math.min(out[1], b[1]), Math.max(out[2], b[2] + shift), Math.max(out[3], b[3])];
      if (!best || c[2] - c[0] < best[2] - best[0]) best = c;
    }
    out = best;
  }
  if (out && out[0] < -180) out = [out[0] + 360, out[1], out[2] + 360, out[3]];
  return out;
}
