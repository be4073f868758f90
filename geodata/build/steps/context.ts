// Context layers for teaching: the continental shelf, the island groups of
// the Southwest Islands, and the features of the South China Sea.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type Areal, type BBox, bboxWithin, collection, finish, roundGeometry, unite } from './geometry';
import { EAST_ASIA_BOX } from '../../../src/lib/content/boxes';
import type { Sources } from './sources';

/** Where the context layers are drawn: the extent of the clipped bathymetry source. */
const CONTEXT_BOX: BBox = EAST_ASIA_BOX;

/** Sea floor deeper than 200 m, so the shelf (shallower) reads as the paler water. */
function deepWater(s: Sources): FeatureCollection {
  const features = s.bathymetry.features.flatMap((f) => {
    const clipped = turf.bboxClip(f as Areal, CONTEXT_BOX) as Areal;
    if (turf.area(clipped) < 1e6) return [];
    const done = finish(clipped, 0.02, 3);
    return [{ type: 'Feature' as const, properties: { depth: 200 }, geometry: done.geometry }];
  });
  // The trough the shelf layer is there to show, named where the data has it deeper than the shelf.
  const trough = turf.point(OKINAWA_TROUGH, { name: 'Okinawa Trough' });
  if (!features.some((f) => turf.booleanPointInPolygon(trough, f as Areal))) throw new Error('Okinawa Trough label: not in deep water');
  return collection<Geometry, Record<string, unknown>>([...features, trough]);
}

/** A point on the Okinawa Trough's axis, between the East China Sea shelf edge and Okinawa Island (the build checks it is deep water). */
const OKINAWA_TROUGH: [number, number] = [127.3, 27.6];

/** Each island group's OSM land, widened 1 km, with its names. */
function islandGroups(s: Sources): FeatureCollection {
  const shapes = collection(
    s.islandGroups.map((g) => {
      const land = s.osmLand.filter((f) => bboxWithin(turf.bbox(f) as BBox, g.window));
      const core = unite(land);
      if (!core) throw new Error(`Island group ${g.id}: no land in its window`);
      const widened = finish(turf.buffer(core, 1, { units: 'kilometers' }) as Areal, 0.003, 4);
      return { type: 'Feature', properties: { id: g.id, name: g.name, ja: g.ja, islands: g.islands.join(', ') }, geometry: widened.geometry } as Feature;
    }),
  );
  // One label point per group (a label on each island's polygon would repeat the name on every island).
  const labels = shapes.features.map((f) => turf.point(roundGeometry(turf.centerOfMass(f).geometry, 3).coordinates, { id: f.properties!.id, name: f.properties!.name }));
  return collection([...shapes.features, ...labels]);
}

/** Natural Earth's Spratly, Paracel and Scarborough areas and the reefs of the South China Sea. */
function seaFeatures(s: Sources): FeatureCollection {
  const names: Record<string, string> = { 'Spratly Is.': 'Spratly Islands', 'Paracel Is.': 'Paracel Islands', 'Scarborough Reef': 'Scarborough Shoal' };
  const areas = s.disputed.features
    .filter((f) => names[(f.properties as { BRK_NAME: string }).BRK_NAME])
    .map((f) => {
      const name = names[(f.properties as { BRK_NAME: string }).BRK_NAME]!;
      const shape = name === 'Scarborough Shoal' ? (turf.buffer(f, 2, { units: 'kilometers' }) as Areal) : (f as Areal);
      return { type: 'Feature' as const, properties: { name, class: 'disputed area' }, geometry: finish(shape, 0.002, 4).geometry };
    });
  const box = turf.bboxPolygon([105, 3, 121, 23]);
  const reefs = s.reefs.features
    .filter((f) => turf.booleanIntersects(f, box))
    .map((f) => ({ type: 'Feature' as const, properties: { name: '', class: 'reef' }, geometry: finish(f as Areal, 0.001, 4).geometry }));
  return collection([...areas, ...reefs]);
}

export function buildContext(s: Sources): Record<string, FeatureCollection> {
  return {
    'context/shelf-deep.geojson': deepWater(s),
    'context/island-groups.geojson': islandGroups(s),
    'context/sea-features.geojson': seaFeatures(s),
  };
}
