// Types for the `geojson` npm package (rows → features). Its name is taken by
// @types/geojson (the RFC 7946 types), so it is imported by its file path.
declare module 'geojson/geojson.js' {
  import type { FeatureCollection } from 'geojson';
  interface ParseParams {
    Point?: [string, string];
    include?: string[];
  }
  const GeoJSON: { parse(rows: object[], params: ParseParams): FeatureCollection };
  export default GeoJSON;
}
