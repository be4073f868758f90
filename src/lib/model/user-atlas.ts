// A user's atlas (a shared or stored draft with its links) as the document
// model every text is read in: a Statement whose paragraphs have ids and whose
// mentions name places, the places themselves (the verified regions with
// their shapes and cards, a gazetteer place as a point marked approximate),
// and a tour made from the text. The reading view, the embed and every tool
// then read it exactly as they read the flagship.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { type Box, OVERVIEW_BOX } from '../content/boxes';
import { LANGS, LANGUAGES, type Translated } from '../content/languages';
import type { PlaceRef } from '../linker/document';
import { paragraphsOf } from '../linker/paragraphs';
import type { SharedAtlas, TourChoice } from '../draft/draft';
import type { RegionMention, RegionCollection, RegionFeature, Section, Statement, StatementSource, TourStep } from './types';

/** What a reading view needs of a user's atlas, beside the shared regions and measures. */
export interface UserText {
  statement: Statement;
  /** The verified regions and the text's gazetteer places, as the map's `regions` source. */
  regions: RegionCollection;
  /** Their labels, as the map's `region-labels` source. */
  labels: FeatureCollection;
  tour: TourStep[];
  /** The view the map opens at: every place the text names. */
  overview: Box;
  /** Links whose words the text no longer has (left out, and the reader told). */
  dropped: number;
}

/** Half the side (degrees) of the box a point place is shown in: a city with its surroundings. */
const POINT_VIEW_DEG = 1.5;

/** The box a gazetteer place is shown in: its own box, or one around its point when that is too small to frame. */
function focusOf(p: PlaceRef): [number, number, number, number] {
  const [w, s, e, n] = p.bbox;
  if (e - w >= 2 * POINT_VIEW_DEG || n - s >= 2 * POINT_VIEW_DEG) return p.bbox;
  return [p.lon - POINT_VIEW_DEG, p.lat - POINT_VIEW_DEG, p.lon + POINT_VIEW_DEG, p.lat + POINT_VIEW_DEG];
}

/** A gazetteer place as a region of the model: a point, with no curated card, marked approximate, named by the text's own words. */
function pointPlace(p: PlaceRef, passages: string[], term: string): RegionFeature {
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      id: p.id,
      name: term,
      kind: 'site',
      featured: false,
      summary: '',
      names: {},
      card: { sources: [], cite: { summary: [] } },
      passages,
      source: 'gazetteer',
      licence: '',
      bbox: [p.lon, p.lat, p.lon, p.lat],
      focus: focusOf(p),
      anchor: [p.lon, p.lat],
      labelAnchor: 'left',
      approximate: { kind: p.kind, name: p.name, ...(p.cc ? { country: p.cc } : {}), ...(p.source ? { source: p.source } : {}) },
    },
  };
}

const labelOf = (r: RegionFeature): Feature<Point> => ({
  type: 'Feature',
  properties: { id: r.properties.id, name: r.properties.name, kind: 'site', featured: false, anchor: 'left' },
  geometry: { type: 'Point', coordinates: r.properties.anchor },
});

/** The source of a user's text: theirs, never called official, with the licence they gave. */
function sourceOf(draft: SharedAtlas['draft']): StatementSource {
  let publisher = '';
  try {
    publisher = draft.source ? new URL(draft.source).hostname : '';
  } catch {
    // Not a URL: no publisher is named.
  }
  const url = /^https?:\/\//i.test(draft.source) ? draft.source : '';
  return { publisher, url, licence: draft.licence, official: false };
}

/**
 * The atlas as the document model. Each link names a paragraph (0-based) and its exact words: one whose words
 * are not there is left out and counted. `verified` is the atlas's regions (regions-lite), `labels` their labels.
 */
export function readUserAtlas(atlas: SharedAtlas, verified: RegionCollection, labels: FeatureCollection, untitled: string): UserText {
  const regionIds = new Set(verified.features.map((r) => r.properties.id));
  const points = new Map<string, { place: PlaceRef; term: string }>();
  const sections: Section[] = [];
  let kept = 0;
  // By paragraph: a long draft has thousands of paragraphs and tens of thousands of links.
  const linksIn = new Map<number, SharedAtlas['links']>();
  for (const l of atlas.links) (linksIn.get(l.paragraph) ?? linksIn.set(l.paragraph, []).get(l.paragraph)!).push(l);
  paragraphsOf(atlas.draft.text).forEach((p, i) => {
    const id = `p${i + 1}`;
    const mentions: RegionMention[] = [];
    for (const l of linksIn.get(i) ?? []) {
      if (p.text.slice(l.start, l.end) !== l.text) continue;
      kept++;
      mentions.push({ region: l.place.id, start: l.start, end: l.end, text: l.text });
      // A verified place the atlas does not have (an older or newer gazetteer) is drawn as a point too.
      if (regionIds.has(l.place.id)) continue;
      // The text's term first (the naming policy): its words where it first names the place.
      if (!points.has(l.place.id)) points.set(l.place.id, { place: l.place, term: l.text.replace(/\s+/g, ' ').trim() });
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const paragraph = { id, text: p.text, mentions };
    const last = sections.at(-1);
    if (last && last.heading === p.heading) last.paragraphs.push(paragraph);
    else sections.push({ id: `s${sections.length + 1}`, heading: p.heading, paragraphs: [paragraph] });
  });
  /** The passages that name each place, in reading order. */
  const named = new Map<string, string[]>();
  for (const p of sections.flatMap((s) => s.paragraphs))
    for (const region of new Set(p.mentions.map((m) => m.region))) (named.get(region) ?? named.set(region, []).get(region)!).push(p.id);
  const regions = verified.features.map((r) => (named.has(r.properties.id) ? { ...r, properties: { ...r.properties, passages: named.get(r.properties.id)! } } : r));
  const extra = [...points.values()].map(({ place, term }) => pointPlace(place, named.get(place.id)!, term));
  const { draft } = atlas;
  const statement: Statement = {
    title: draft.title.trim() || untitled,
    date: draft.date,
    // As a statement prints its date ("March 14, 2025"): the texts of the collection are in English.
    dateText: draft.date ? new Date(`${draft.date}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' }) : '',
    source: sourceOf(draft),
    sections,
  };
  return {
    statement,
    regions: { type: 'FeatureCollection', features: [...regions, ...extra] },
    labels: { type: 'FeatureCollection', features: [...labels.features, ...extra.map(labelOf)] },
    tour: authored(tourOf(statement, [...regions, ...extra]), draft.tour),
    overview: overviewOf([...regions.filter((r) => named.has(r.properties.id)), ...extra]),
    dropped: atlas.links.length - kept,
  };
}

/** Kinds shown around a text's places rather than as them: a paragraph that names Japan and the Senkaku Islands is about the islands. */
const CONTEXT_KINDS = new Set(['country', 'region']);

/** The least margin (degrees) around the places a text names, and the least box: a text about one city still shows its region. */
const MARGIN_SHARE = 0.15;
const LEAST_BOX: [number, number] = [24, 16];

/**
 * The view a user's text opens at: the atlas's own overview when every place it names lies in it (a text about
 * East Asian waters reads as the flagship does), else the box around their label points, with a margin. The
 * countries and wide regions it names count only when it names nothing else (the flagship names the United
 * States, and opens on East Asia).
 */
export function overviewOf(named: readonly RegionFeature[]): Box {
  const specific = named.filter((r) => !CONTEXT_KINDS.has(r.properties.kind));
  const points = (specific.length ? specific : named).map((r) => r.properties.anchor);
  const [ow, os, oe, on] = OVERVIEW_BOX;
  if (!points.length || points.every(([x, y]) => x >= ow && x <= oe && y >= os && y <= on)) return OVERVIEW_BOX;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = Math.max((e - w) * MARGIN_SHARE, (LEAST_BOX[0] - (e - w)) / 2);
  const my = Math.max((n - s) * MARGIN_SHARE, (LEAST_BOX[1] - (n - s)) / 2);
  return [Math.max(-180, w - mx), Math.max(-80, s - my), Math.min(180, e + mx), Math.min(80, n + my)];
}

/**
 * A tour made from the text: one step per paragraph that names places, in reading order, showing the
 * paragraph's places, titled with their names. The first is selected and framed large: the first verified
 * region the paragraph names that is not a country or a wide region, else the first gazetteer place, else
 * the first it names.
 */
export function tourOf(statement: Statement, regions: readonly RegionFeature[]): TourStep[] {
  const byId = new Map(regions.map((r) => [r.properties.id, r.properties]));
  const rank = (id: string) => (CONTEXT_KINDS.has(byId.get(id)!.kind) ? 2 : byId.get(id)!.approximate ? 1 : 0);
  return statement.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => {
      const ids = [...new Set(p.mentions.map((m) => m.region))].filter((id) => byId.has(id)).sort((a, b) => rank(a) - rank(b));
      if (!ids.length) return [];
      const title = Object.fromEntries(LANGS.map((l) => [l, ids.map((id) => byId.get(id)!.names[l] || byId.get(id)!.name).join(LANGUAGES[l].listSeparator)]));
      return [{ paragraph: p.id, title: title as Translated, regions: ids }];
    }),
  );
}

/** The tour as its author made it: the steps kept, in their order, retitled where they gave a title; a step whose paragraph names no place now is left out. */
export function authored(steps: TourStep[], choices: readonly TourChoice[] | undefined): TourStep[] {
  if (!choices) return steps;
  const made = new Map(steps.map((s) => [s.paragraph, s]));
  return choices.flatMap(({ paragraph, title }) => {
    const step = made.get(paragraph);
    // Each step once, however the file or link lists it.
    if (!step || !made.delete(paragraph)) return [];
    return [title.trim() ? { ...step, title: Object.fromEntries(LANGS.map((l) => [l, title.trim()])) as Translated } : step];
  });
}
