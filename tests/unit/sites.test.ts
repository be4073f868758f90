// A site inside a place the text names is told apart from it only from a zoom
// the data build computes (geodata/build/steps/sites.ts).
import { type FilterSpecification, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { generateStyle } from '../../src/lib/map/style';
import { apartFromZoom, checkSiteFocus, fitZoom, kmPerPx, MARKER_AREA_PX2, siteContainers } from '../../geodata/build/steps/sites';
import type { RegionCollection, RegionFeature } from '../../src/lib/model/types';
import { readJson, regions } from './helpers';

describe('the zoom from which a site is told apart from its place', () => {
  test('a web map at zoom 0 draws the equator 512 px wide; each zoom halves the km per pixel', () => {
    expect(kmPerPx(0, 0) * 512).toBeCloseTo(40075, 0);
    expect(kmPerPx(60, 3)).toBeCloseTo(40075 / 2 / 512 / 8, 2);
  });

  test('Okinawa Island (1,207 km² of land, Okinawa Prefecture): a site marker covers more than a quarter of it at zoom 6, less at 7', () => {
    const island = 1207; // km², Okinawa Prefecture's figure for Okinawa Island
    const shareAt = (zoom: number) => MARKER_AREA_PX2 / (island / kmPerPx(26.5, zoom) ** 2);
    expect(shareAt(6)).toBeGreaterThan(0.25);
    expect(shareAt(7)).toBeLessThan(0.25);
    expect(apartFromZoom(island, 26.5)).toBe(7);
  });

  test('a country dwarfs any marker: apart from zoom 0', () => {
    expect(apartFromZoom(9_800_000, 38.9)).toBe(0); // the United States
  });

  test('the built sites: Henoko and Futenma lie on Okinawa Island, Washington, D.C. in the United States', () => {
    const found = siteContainers(regions().features);
    expect(found.get('henoko')).toEqual({ within: 'okinawa', apartFrom: 7 });
    expect(found.get('futenma')).toEqual({ within: 'okinawa', apartFrom: 7 });
    expect(found.get('washington-dc')).toEqual({ within: 'united-states', apartFrom: 0 });
    expect(found.has('okinawa')).toBe(false); // an island is a shape, drawn at its own size: never swallowed
  });

  test('the app reads it: the regions it loads and their labels carry it', () => {
    const lite = readJson<RegionCollection>('public/data/regions-lite.geojson').features.find((f) => f.properties.id === 'futenma')!;
    expect(lite.properties).toMatchObject({ within: 'okinawa', apartFrom: 7 });
    const labels = readJson<{ features: { properties: Record<string, unknown> }[] }>('public/data/region-labels.geojson').features;
    expect(labels.find((f) => f.properties.id === 'henoko')!.properties).toMatchObject({ within: 'okinawa', apartFrom: 7 });
  });
});

describe('a site\'s view shows it apart', () => {
  test('a box fills a frame at the zoom Web Mercator gives', () => {
    // 360° of longitude fill 512 px at zoom 0.
    expect(fitZoom([-180, -10, 180, 10], [512, 10_000])).toBeCloseTo(0, 5);
    expect(fitZoom([0, -1, 1, 1], [1024, 10_000])).toBeCloseTo(Math.log2((1024 * 360) / 512), 5);
  });

  test('Futenma\'s view (its surroundings on Okinawa) is close enough even in the smallest map; a view of all Japan would not be', () => {
    const futenma = regions().features.find((f) => f.properties.id === 'futenma')!;
    expect(() => checkSiteFocus(futenma)).not.toThrow();
    const wide: RegionFeature = { ...futenma, properties: { ...futenma.properties, focus: [122.9, 24.2, 154, 45.5] } };
    expect(() => checkSiteFocus(wide)).toThrow(/below 7, where it is drawn apart from "okinawa"/);
  });
});

describe('the map honours it', () => {
  const drawnAt = (only: string[] | undefined, layerId: string, id: string, zoom: number) => {
    const style = generateStyle({ dataUrl: (p) => p, only });
    const layer = style.layers.find((l) => l.id === layerId) as { filter: FilterSpecification };
    const site = regions().features.find((f) => f.properties.id === id)!;
    return featureFilter(layer.filter, 'filter').filter({ zoom }, { type: 1, properties: site.properties, geometry: [] } as never);
  };

  test('Futenma\'s marker and label are drawn (so picked) from zoom 7, not before', () => {
    for (const layer of ['region-site', 'region-labels']) {
      expect(drawnAt(undefined, layer, 'futenma', 6), layer).toBe(false);
      expect(drawnAt(undefined, layer, 'futenma', 7), layer).toBe(true);
      expect(drawnAt(['futenma', 'okinawa'], layer, 'futenma', 6), layer).toBe(false);
      expect(drawnAt(undefined, layer, 'washington-dc', 0), layer).toBe(true);
    }
  });

  test('a text that names the site but not its island draws the site at every zoom: nothing else would be there to click', () => {
    expect(drawnAt(['futenma'], 'region-site', 'futenma', 3)).toBe(true);
    expect(drawnAt(['futenma'], 'region-labels', 'futenma', 3)).toBe(true);
  });
});
