// The basemap that ships with the app: land, country borders, sea labels and
// places. Land comes in three tiers, each island drawn from exactly one:
// the islands of the focus area (Taiwan to Kyushu) from OSM, good to ~100 m,
// so Henoko and the Senkaku group look right close up; the rest of East Asia
// from Natural Earth 10m; the rest of the world from Natural Earth 50m.
// (All of the OSM extract would be 5 MB and take minutes to repair.)
import * as turf from '@turf/turf';
import { mesh } from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { type Areal, type BBox, bboxWithin, cleanAreal, collection, cutAntimeridian, finish, polygons, roundAreal, roundGeometry, simplifyAreal } from './geometry';
import type { Sources } from './sources';
import { checkSeaLabels, coastsOf, seaLabelPoint } from './sea-labels';
import { EAST_ASIA_BOX, FOCUS_BOX } from '../../../src/lib/content/boxes';

const inFocus = (f: Feature) => bboxWithin(turf.bbox(f) as BBox, FOCUS_BOX);

/** A land feature, tagged with its source tier. */
const areal = (f: Areal, source: 'osm' | 'ne10m' | 'ne50m'): Feature => ({ type: 'Feature', properties: { source }, geometry: f.geometry });

/** Rounded and wound for RFC 7946; Natural Earth land is drawn only, so it is not repaired (a union of Eurasia costs seconds). */
function lightFinish(f: Areal, digits: number): Areal | null {
  const rounded = roundAreal(f, digits);
  return rounded && (turf.rewind(rounded, { reverse: false }) as Areal);
}
export interface Basemap {
  land: FeatureCollection;
  borders: FeatureCollection<MultiLineString>;
  seaLabels: FeatureCollection<Point>;
  places: FeatureCollection<Point>;
  maritime: FeatureCollection<LineString | MultiLineString>;
}

function detailedLand(s: Sources): Feature[] {
  // The OSM extract has self-intersecting polygons: finish() repairs them.
  // Holes (lakes, river mouths) are filled: hundreds of them touch each other
  // in Taiwan alone, and the basemap shows no inland water elsewhere either.
  return s.osmLand.filter(inFocus).map((f) => areal(finish(f, 0.0005, 4, false), 'osm'));
}

/** Natural Earth 10m land inside the regional box, but for the focus islands. */
function regionalLand(s: Sources): Feature[] {
  return s.land10m.features
    .flatMap((f) => polygons(cutAntimeridian(f as Areal)))
    .filter((p) => turf.booleanIntersects(p, turf.bboxPolygon(EAST_ASIA_BOX)) && !inFocus(p))
    .flatMap((p) => {
      const clipped = cleanAreal(turf.bboxClip(p, EAST_ASIA_BOX) as Areal);
      const simple = clipped && simplifyAreal(clipped, 0.002);
      const done = simple && lightFinish(simple, 3);
      return done ? [areal(done, 'ne10m')] : [];
    });
}

/** Natural Earth 50m land outside the regional box. */
function worldLand(s: Sources): Feature[] {
  const hole = turf.bboxPolygon(EAST_ASIA_BOX);
  return s.land50m.features
    .flatMap((f) => polygons(cutAntimeridian(f as Areal)))
    .flatMap((p) => {
      if (!turf.booleanIntersects(p, hole)) return [p as Areal];
      const d = turf.difference(turf.featureCollection([p, hole]));
      return d ? polygons(d) : [];
    })
    .flatMap((p) => {
      const done = lightFinish(p, 3);
      return done ? [areal(done, 'ne50m')] : [];
    });
}

function borders(s: Sources): FeatureCollection<MultiLineString> {
  const t = s.borders50m as Topology;
  const countries = t.objects.countries as GeometryObject;
  const lines = mesh(t, countries, (a, b) => a !== b);
  return collection([{ type: 'Feature', properties: {}, geometry: roundGeometry(lines, 3) }]);
}

/** Natural Earth's named seas, each labelled in its open water (sea-labels.ts), checked clear of the land drawn. */
function seaLabels(s: Sources, land: Feature[]): FeatureCollection<Point> {
  const box = turf.bboxPolygon([60, -50, 200, 62]);
  // The land drawn, and all of the OSM extract beside it (it has islands Natural Earth lacks: Singapore's Jurong Island).
  const coasts = coastsOf([...(land as Areal[]), ...s.osmLand]);
  const labels = s.marine.features
    .filter((f) => {
      const p = f.properties as { scalerank: number; featurecla: string; name: string | null };
      return p.name && p.scalerank <= 4 && p.featurecla !== 'river' && turf.booleanIntersects(f, box);
    })
    .map((f) => {
      const p = f.properties as { name: string; scalerank: number; featurecla: string };
      const name = p.featurecla === 'ocean' ? p.name.replace(/\b(\w)(\w*)/g, (_, a: string, b: string) => a + b.toLowerCase()) : p.name.replace(/\s+/g, ' ');
      const at = turf.point(seaLabelPoint(f, coasts, name, s.seaLabelPoints.find((l) => l.name === name)?.at));
      return turf.point(roundGeometry(at.geometry, 3).coordinates, { name, rank: p.scalerank, class: p.featurecla });
    });
  checkSeaLabels(labels, coasts);
  const stale = s.seaLabelPoints.filter((p) => !labels.some((l) => l.properties.name === p.name));
  if (stale.length) throw new Error(`regions/sea-label-points.json names no labelled sea: ${stale.map((p) => p.name).join(', ')}`);
  return collection(labels.sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name)));
}

function places(s: Sources): FeatureCollection<Point> {
  const inBox = (c: number[]) => c[0]! >= EAST_ASIA_BOX[0] && c[0]! <= EAST_ASIA_BOX[2] && c[1]! >= EAST_ASIA_BOX[1] && c[1]! <= EAST_ASIA_BOX[3];
  const keep = s.places.features.filter((f) => {
    const p = f.properties as { adm0cap: number; scalerank: number };
    return p.adm0cap === 1 || (inBox(f.geometry.coordinates) && p.scalerank <= 3);
  });
  return collection(
    keep
      .map((f) => {
        const p = f.properties as { name: string; adm0cap: number; scalerank: number };
        return turf.point(roundGeometry(f.geometry, 4).coordinates, { name: p.name, capital: p.adm0cap === 1, rank: p.scalerank });
      })
      .sort((a, b) => a.properties.rank - b.properties.rank || a.properties.name.localeCompare(b.properties.name)),
  );
}

function maritime(s: Sources): FeatureCollection<LineString | MultiLineString> {
  const box = turf.bboxPolygon(EAST_ASIA_BOX);
  const lines = s.maritimeLines.features.filter((f) => turf.booleanIntersects(f, box));
  return collection(
    lines.map((f) => ({
      type: 'Feature' as const,
      properties: { kind: (f.properties as { featurecla?: string }).featurecla ?? 'Maritime indicator' },
      geometry: roundGeometry(f.geometry as LineString | MultiLineString, 4),
    })),
  );
}

export function buildBasemap(s: Sources): Basemap {
  const land = [...worldLand(s), ...regionalLand(s), ...detailedLand(s)];
  return {
    land: collection(land),
    borders: borders(s),
    seaLabels: seaLabels(s, land),
    places: places(s),
    maritime: maritime(s),
  };
}
