// A worksheet made in the browser, for any text but the flagship (whose
// sheets the data build writes): the text being read, its places (verified
// regions and gazetteer points alike), its tour and the measures, drawn and
// written by the same code as the flagship's (./sheet.ts, ./picture.ts). The
// page is a document of its own, opened from a blob: URL. It inherits the
// atlas's CSP, which it keeps: no script, no inline style, the stylesheet from
// the atlas's origin, the blank map as a data: image; every word of the text
// in it is escaped (escapeXml).
import type { FeatureCollection, Point } from 'geojson';
import type { Geography, RegionFeature, Statement, TourStep } from '../model/types';
import { dataUrl, fetchJson, isRegions } from '../state/data.svelte';
import { decodeLand, isLandFile } from './land';
import type { Ringed, StaticBasemap } from './picture';
import { worksheet } from './sheet';

/** What a sheet is made from: the text being read and its places, tour and measures. */
export interface Reading {
  statement: Statement;
  regions: readonly RegionFeature[];
  tour: readonly TourStep[];
  geography: Geography;
}

let basemap: Promise<{ base: StaticBasemap; ringed: Ringed }> | null = null;

/** The blank map's basemap (land, island names, towns) and which places are ringed: loaded once, on the first sheet. */
function loadBasemap() {
  basemap ??= Promise.all([
    fetchJson('basemap/worksheet-land.json', isLandFile),
    fetchJson('basemap/island-names.geojson', isRegions),
    fetchJson('basemap/places.geojson', isRegions),
    fetchJson('region-labels.geojson', isRegions),
  ]).then(([land, islands, places, labels]) => ({
    base: { land: decodeLand(land), islands: islands as unknown as StaticBasemap['islands'], places: places as unknown as FeatureCollection<Point> },
    ringed: new Map(
      (labels as unknown as FeatureCollection<Point, { id: string; ring?: boolean; ringUntil?: number }>).features
        .filter((f) => f.properties.ring && f.properties.ringUntil !== undefined)
        .map((f) => [f.properties.id, f.properties.ringUntil!]),
    ),
  }));
  basemap.catch(() => (basemap = null)); // a failed load is tried again at the next sheet
  return basemap;
}

/** A wide place (a sea, a country) comes without its shape in the reading view's data: its sheet draws it from regions.geojson. */
async function withShape(r: RegionFeature): Promise<RegionFeature> {
  if (r.geometry) return r;
  const full = await fetchJson('regions.geojson', isRegions);
  const geometry = full.features.find((f) => f.properties.id === r.properties.id)?.geometry;
  return geometry ? { ...r, geometry } : r;
}

/**
 * The worksheet page for one place of the text, as HTML. `atlas` is the
 * address of the place in the reading view (the page's links back).
 */
export async function worksheetHtml(regionId: string, reading: Reading, atlas: string): Promise<string> {
  const [{ base, ringed }, region] = await Promise.all([loadBasemap(), withShape(reading.regions.find((r) => r.properties.id === regionId)!)]);
  // The passages are this text's (a verified region's own list is the flagship's).
  const passages = reading.statement.sections.flatMap((s) => s.paragraphs).filter((p) => p.mentions.some((m) => m.region === regionId)).map((p) => p.id);
  const r = { ...region, properties: { ...region.properties, passages } };
  const others = reading.regions.filter((f) => f.properties.id !== regionId);
  const { html } = worksheet(r, others, base, ringed, reading.statement, [...reading.tour], reading.geography, {
    page: { stylesheet: dataUrl('static/static.css'), atlas, view: 'printable worksheet' },
    map: (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    place: atlas,
  });
  return html;
}

/** The page's address, to open in a tab. */
export async function worksheetUrl(regionId: string, reading: Reading, atlas: string): Promise<string> {
  return URL.createObjectURL(new Blob([await worksheetHtml(regionId, reading, atlas)], { type: 'text/html' }));
}

const isTour = (v: unknown): v is { steps: TourStep[] } => Array.isArray((v as { steps?: unknown } | null)?.steps);

/** The tour of the text being read: a user's, made from its text as its reading view makes it; a collection text's, its file. */
export async function tourOfText(dataPath: string, statement: Statement, regions: readonly RegionFeature[], user: boolean): Promise<TourStep[]> {
  if (user) return (await import('../model/user-atlas')).tourOf(statement, regions);
  return (await fetchJson(`${dataPath}tour.json`, isTour)).steps;
}
