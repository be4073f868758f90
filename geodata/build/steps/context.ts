// Context layers for teaching: the continental shelf, the island groups of
// the Southwest Islands, and the features of the South China Sea.
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type Areal, type BBox, bboxWithin, collection, finish } from './geometry';
import { EAST_ASIA_BOX } from '../../../src/lib/content/boxes';
import type { Sources } from './sources';
import { labelNames } from './translations';

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

/** How far a group's outline stands off its islands: clear of the Southwest Islands' own 1.5 km widened shapes drawn over it. */
export const GROUP_MARGIN_KM = 10;

/**
 * Each island group as one outline around all its islands (the envelope of its
 * OSM land, widened), with its names; and one label point per group, where its
 * data put it: in open sea beside the group, checked to lie off every island
 * and outside every group's outline, so the name never sits under the land.
 */
function islandGroups(s: Sources): FeatureCollection {
  const shapes = s.islandGroups.map((g) => {
    const land = s.osmLand.filter((f) => bboxWithin(turf.bbox(f) as BBox, g.window));
    if (land.length === 0) throw new Error(`Island group ${g.id}: no land in its window`);
    const hull = turf.convex(turf.featureCollection(land));
    if (!hull) throw new Error(`Island group ${g.id}: no outline`);
    const outline = finish(turf.buffer(hull, GROUP_MARGIN_KM, { units: 'kilometers' }) as Areal, 0.003, 4);
    return { type: 'Feature', properties: { id: g.id, name: g.name, ...labelNames(g.name, g), islands: g.islands.join(', ') }, geometry: outline.geometry } as Feature;
  });
  const labels = s.islandGroups.map((g) => {
    const at = turf.point(g.label.at);
    const under = shapes.find((f) => turf.booleanPointInPolygon(at, f as Areal)) ?? s.osmLand.find((f) => turf.booleanPointInPolygon(at, f));
    if (under) throw new Error(`Island group ${g.id}: its label point ${g.label.at.join(', ')} lies on ${String(under.properties?.id ?? 'land')}`);
    return turf.point(g.label.at, { id: g.id, name: g.name, ...labelNames(g.name, g), anchor: g.label.anchor });
  });
  return collection([...shapes, ...labels]);
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
