// The measure tool's distance between every pair of places, measured one way
// for all: the shortest great-circle distance between their shapes (coast to
// coast for land, edge to edge for a sea), a site's position standing for its
// shape. Written to distances.json, which the tool loads when first opened.
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { KM_PER_NMI } from '../../../src/lib/model/units';
import type { Distances, Geography, PairDistance, RegionFeature } from '../../../src/lib/model/types';
import { nearest, prepare, type Shape } from './nearest';
import type { BuiltShape } from './regions';

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const roundPos = (p: number[]) => [round(p[0]!, 4), round(p[1]!, 4)] as [number, number];

/** What is measured of a place: its land where its shape is widened (as the cards' areas and measures), else its shape or position. */
function measuredShape(s: BuiltShape): Shape {
  if (s.land) return s.land;
  if (s.geometry.type === 'Point' || s.geometry.type === 'Polygon' || s.geometry.type === 'MultiPolygon') return turf.feature(s.geometry as Point | Polygon | MultiPolygon);
  throw new Error(`Distances: a ${s.geometry.type} is neither a shape nor a position`);
}

const holds = (shape: Shape, p: [number, number]) => shape.geometry.type !== 'Point' && turf.booleanPointInPolygon(p, shape as Feature<Polygon | MultiPolygon>);

/**
 * Every pair of places, in the regions' order: how far apart, along which
 * line, and how it was measured. Where two meet (touch, overlap, or one holds
 * the other) the distance is 0 and the line is one point: a label point that
 * lies in both where there is one.
 */
export function buildDistances(regions: RegionFeature[], shapes: Map<string, BuiltShape>): PairDistance[] {
  const ready = regions.map((r) => {
    const shape = measuredShape(shapes.get(r.properties.id)!);
    return { id: r.properties.id, anchor: r.properties.anchor, shape, prepared: prepare(shape), position: shape.geometry.type === 'Point' };
  });
  const pairs: PairDistance[] = [];
  for (let i = 0; i < ready.length; i++)
    for (let j = i + 1; j < ready.length; j++) {
      const [a, b] = [ready[i]!, ready[j]!];
      const n = nearest(a.prepared, b.prepared);
      // A point in both: a site's own position, or a shape's point inside it.
      const inBoth = (p: [number, number]) => [a, b].every((x) => (x.position ? x.anchor[0] === p[0] && x.anchor[1] === p[1] : holds(x.shape, p)));
      const shared = n.meet ? ([a.anchor, b.anchor].find(inBoth) ?? n.line[0]) : null;
      const how: PairDistance['how'] = n.meet ? 'meet' : a.position && b.position ? 'positions' : a.position ? 'position-shape' : b.position ? 'shape-position' : 'shapes';
      const line = shared ? [roundPos(shared), roundPos(shared)] : [roundPos(n.line[0]), roundPos(n.line[1])];
      pairs.push({ ends: [a.id, b.id], km: round(n.km), nmi: round(n.km / KM_PER_NMI), line: line as PairDistance['line'], how });
    }
  return pairs;
}

/**
 * The atlas's own measures (the cards' figures) agree with the pairs: a measure
 * between two places, from a point of one to a point of the other, is never
 * shorter than the shortest distance between them.
 */
export function checkMeasuresAgree(measures: Geography['measures'], pairs: PairDistance[]): void {
  for (const m of measures) {
    if (!m.ends) continue;
    const pair = pairs.find((p) => p.ends.includes(m.ends![0]) && p.ends.includes(m.ends![1]));
    if (!pair) throw new Error(`Measure ${m.id}: no distance between ${m.ends.join(' and ')}`);
    if (m.km < pair.km - 0.1) throw new Error(`Measure ${m.id}: ${m.km} km is shorter than the ${pair.km} km between the shapes of ${m.ends.join(' and ')}`);
  }
}

export function distancesFile(pairs: PairDistance[]): Distances {
  return {
    $comment:
      'The measure tool\'s distance between every pair of places, one method for all: the shortest great-circle distance (turf\'s sphere, 6,371 km) between the two shapes, coast to coast for land (islands unwidened), edge to edge for a sea; a site is its position. "how": shapes, position-shape, shape-position, positions, or meet (the shapes touch or overlap: 0 km). Built by geodata/build/steps/distances.ts.',
    pairs,
  };
}
