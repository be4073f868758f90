// Driving the New atlas view (?view=new) in browser tests: a mention in the
// draft's text, and waiting for the linker to finish.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A mention in the draft's text by its exact words. */
export const draftMention = (page: Page, words: string) => page.locator('.draft-text .mention', { hasText: new RegExp(`^${words}$`) });

/** Waits until the draft's text is linked (the linker runs in a worker, after a pause in typing). */
export async function waitLinked(page: Page): Promise<void> {
  await expect(page.locator('.link-state')).toHaveAttribute('data-linking', 'false');
  await expect(page.locator('.link-state')).toContainText('links to');
}

type MapElement = HTMLElement & { maplibre: import('maplibre-gl').Map };
/** The geometry type of a place as the map's `regions` source holds it (a verified region's shape, a gazetteer point). */
export const geometryOf = (page: Page, id: string) =>
  page.evaluate(async (i) => {
    const source = (document.querySelector('.map') as MapElement).maplibre.getSource('regions') as import('maplibre-gl').GeoJSONSource;
    const data = (await source.getData()) as import('geojson').FeatureCollection;
    return data.features.find((f) => f.properties?.id === i)?.geometry?.type ?? null;
  }, id);
