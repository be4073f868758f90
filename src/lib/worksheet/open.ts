// A worksheet made in the browser, for any text but the flagship (whose
// sheets the data build writes): the text being read, its places (verified
// regions and gazetteer points alike), its tour and the measures, drawn and
// written by the same code as the flagship's (./sheet.ts, ./picture.ts).
// It is written into a tab of its own opened on data/static/worksheet.html,
// a page of the atlas the service worker keeps (so the sheet's stylesheet
// loads offline too, which a blob: page's would not). The page keeps the
// atlas's CSP: no script, no inline style, the blank map as a data: image;
// every word of the text in it is escaped (escapeXml).
import type { FeatureCollection, Point } from 'geojson';
import type { Geography, RegionFeature, Statement, TourStep } from '../model/types';
import { dataUrl, fetchJson, isRegions } from '../state/data.svelte';
import { decodeLand, isLandFile } from './land';
import { STATIC_LINKS, type Ringed, type StaticBasemap } from './picture';
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
    fetchJson('worksheet-land.json', isLandFile),
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

/** The page a sheet's tab opens on, until the sheet is written into it (the data build writes it). */
export const SHELL = 'static/worksheet.html';

/**
 * The worksheet page for one place of the text, as HTML, for the shell's
 * folder (static/). `atlas` is the address of the place in the reading view.
 */
export async function worksheetHtml(regionId: string, reading: Reading, atlas: string): Promise<string> {
  const [{ base, ringed }, region] = await Promise.all([loadBasemap(), withShape(reading.regions.find((r) => r.properties.id === regionId)!)]);
  // The passages are this text's (a verified region's own list is the flagship's).
  const passages = reading.statement.sections.flatMap((s) => s.paragraphs).filter((p) => p.mentions.some((m) => m.region === regionId)).map((p) => p.id);
  const r = { ...region, properties: { ...region.properties, passages } };
  const others = reading.regions.filter((f) => f.properties.id !== regionId);
  const { html } = worksheet(r, others, base, ringed, reading.statement, [...reading.tour], reading.geography, {
    page: { ...STATIC_LINKS, atlas, view: 'printable worksheet' },
    map: (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    place: atlas,
  });
  return html;
}

/** How long a tab may take to load the shell before the sheet is given up (the reader is told). */
const SHELL_WAIT_MS = 20_000;

/** Resolves once the tab shows the shell, loaded; rejects if it is closed or never does. */
async function shellLoaded(tab: Window): Promise<void> {
  const shell = new URL(dataUrl(SHELL)).pathname;
  for (const started = Date.now(); Date.now() - started < SHELL_WAIT_MS; await new Promise((r) => setTimeout(r, 50))) {
    if (tab.closed) throw new Error('The worksheet\'s tab was closed.');
    try {
      if (tab.location.pathname === shell && tab.document.readyState === 'complete' && tab.document.querySelector('[data-shell]')) return;
    } catch {
      // Not yet on the atlas's origin (the tab's first, empty page): wait.
    }
  }
  throw new Error('The worksheet\'s page did not load.');
}

/**
 * Makes the sheet and writes it into `tab` (opened on the shell at the click, so no popup blocker stops it).
 * Without a tab (a blocked popup), the sheet replaces this page, from a blob: URL.
 */
export async function openWorksheet(tab: Window | null, regionId: string, reading: Reading, atlas: string): Promise<void> {
  const html = await worksheetHtml(regionId, reading, atlas);
  if (!tab) return location.assign(URL.createObjectURL(new Blob([html.replace('<head>', `<head>\n<base href="${dataUrl(SHELL)}">`)], { type: 'text/html' })));
  await shellLoaded(tab);
  // The HTML is sheet.ts's, every text in it escaped (escapeXml); nothing in it runs (no script, and the page's CSP).
  // The sheet replaces the shell's title and body, in its page: its address (so its links resolve from static/),
  // its head (the same stylesheet and icon as the sheet's: staticPage) and the service worker that answers them
  // stay. (Written whole from here, the page would take this page's address; a new head, a request for a default icon.)
  const sheet = new DOMParser().parseFromString(html, 'text/html');
  tab.document.title = sheet.title;
  tab.document.body.replaceWith(tab.document.importNode(sheet.body, true));
}
