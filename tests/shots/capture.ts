// Taking a picture of a view the same way every time: what the review sheets
// (npm run shots) and the golden images (tests/e2e/golden.spec.ts) share.
import type { BrowserContextOptions, Frame, Page, PageScreenshotOptions } from '@playwright/test';

export interface Size {
  width: number;
  height: number;
}
export const DESKTOP: Size = { width: 1280, height: 800 };
export const PHONE: Size = { width: 390, height: 844 };

/**
 * A context in which a view renders the same on every run: one CSS pixel per
 * device pixel, reduced motion (the map jumps, labels do not fade), no service
 * worker fetching in the background, fixed language, time zone and colours.
 */
export const STILL: BrowserContextOptions = {
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
  serviceWorkers: 'block',
  locale: 'en-US',
  timezoneId: 'UTC',
  colorScheme: 'light',
};

/** Screenshot options for a still picture: CSS animations finished, no blinking caret. */
export const SHOT: PageScreenshotOptions = { animations: 'disabled', caret: 'hide', scale: 'css' };

/** How many maps of a frame have loaded and drawn everything. */
const drawnIn = (frame: Frame) =>
  frame
    .evaluate(() => [...document.querySelectorAll<HTMLElement>('.map')].filter((m) => m.dataset.loaded === 'true' && m.dataset.idle === 'true').length)
    .catch(() => 0);
/** How many maps of a frame are still drawing. */
const busyIn = (frame: Frame) =>
  frame.evaluate(() => [...document.querySelectorAll<HTMLElement>('.map')].filter((m) => m.dataset.idle !== 'true').length).catch(() => 0);

/** Fonts and images of a frame are in, and it has painted twice since. */
const quietIn = (frame: Frame) =>
  frame
    .evaluate(async () => {
      await document.fonts.ready;
      // The images shown: a lazy one never shown (StaticMap's picture for the other size of frame) never loads.
      await Promise.all([...document.images].filter((img) => img.checkVisibility()).map((img) => (img.complete ? null : img.decode().catch(() => null))));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    })
    .catch(() => undefined);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the page shows a still view: `maps` maps drawn (across the page
 * and its frames: an article's embeds count), every map idle, fonts and images
 * loaded. The pointer is parked in the top-left corner, over no map, so no
 * hover shows.
 */
export async function settle(page: Page, { maps = 1, timeout = 60_000 } = {}): Promise<void> {
  const until = Date.now() + timeout;
  await page.mouse.move(0, 0);
  for (;;) {
    const frames = page.frames();
    const drawn = (await Promise.all(frames.map(drawnIn))).reduce((a, b) => a + b, 0);
    const busy = (await Promise.all(frames.map(busyIn))).reduce((a, b) => a + b, 0);
    if (drawn >= maps && busy === 0) {
      await Promise.all(frames.map(quietIn));
      // Still idle after fonts, images and two frames: nothing started moving meanwhile.
      if ((await Promise.all(frames.map(busyIn))).every((n) => n === 0)) return;
    }
    if (Date.now() > until) throw new Error(`the view did not settle in ${timeout / 1000} s (${drawn} of ${maps} maps drawn, ${busy} drawing)`);
    await sleep(100);
  }
}

/** Waits for the print styles to apply and the map to be refitted to the paper and drawn. */
export async function settlePrint(page: Page, { maps = 1 } = {}): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  // The map refits on the frame after the print styles apply (MapView's print effect), then draws.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await settle(page, { maps });
}
