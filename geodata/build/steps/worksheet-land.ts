// The land for the worksheets the browser makes (src/lib/worksheet/land.ts):
// the basemap's tiers, simplified to a sheet's scale (its blank map spans a
// degree and more across 800 px, so about 0.0015° a pixel at the closest):
// the OSM islands to about 50 m, Natural Earth 10m to about 400 m, 50m (the
// world beyond East Asia, drawn at wider scales) to about 3 km.
import type { FeatureCollection, Position } from 'geojson';
import { encodeTier, type LandFile } from '../../../src/lib/worksheet/land';
import { type Areal, polygons, roundAreal, simplifyAreal } from './geometry';

const TIERS = [
  { source: 'osm', tolerance: 0.0005, digits: 4 },
  { source: 'ne10m', tolerance: 0.004, digits: 3 },
  { source: 'ne50m', tolerance: 0.03, digits: 2 },
];

export function worksheetLand(land: FeatureCollection): string {
  const file: LandFile = {
    $comment: 'Land for the worksheets made in the browser: each ring as steps of 10^-digits degrees from the point before (src/lib/worksheet/land.ts). Natural Earth; © OpenStreetMap contributors (ODbL).',
    tiers: TIERS.map(({ source, tolerance, digits }) => {
      const rings: Position[][][] = land.features
        .filter((f) => (f.properties as { source?: string } | null)?.source === source)
        .flatMap((f) => {
          const simple = simplifyAreal(f as Areal, tolerance);
          const rounded = simple && roundAreal(simple, digits);
          return rounded ? polygons(rounded).map((p) => p.geometry.coordinates) : [];
        });
      return encodeTier(source, digits, rings);
    }),
  };
  return `{"$comment":${JSON.stringify(file.$comment)},\n"tiers":[\n${file.tiers.map((t) => JSON.stringify(t)).join(',\n')}\n]}\n`;
}
