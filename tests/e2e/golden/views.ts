// The key views kept as golden images, each with its expected.png in the folder
// of its name beside this file, and how a test takes and checks their picture.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { DESKTOP, PHONE, SHOT, settle, settlePrint, type Size } from '../../shots/capture';
import { pdfRenderer } from '../../shots/pdf-pages';
import { compareGolden } from './compare';

export interface GoldenView {
  /** Its folder under tests/e2e/golden/. */
  name: string;
  size: Size;
  url: string;
  /** The first page of the view printed to PDF in this paper size, instead of the screen. */
  print?: 'A4' | 'Letter';
  /** How many pixels may differ (compare.ts's TOLERANCE unless said). */
  maxDiffPixels?: number;
  /** Seen by a browser without WebGL (golden-no-webgl.spec.ts): the static picture stands in. */
  webgl?: false;
}

/** What a reader of each kind sees first. */
export const VIEWS: GoldenView[] = [
  { name: 'overview', size: DESKTOP, url: './' },
  { name: 'senkaku-selected', size: DESKTOP, url: './?region=senkaku-islands' },
  // A shared passage link, or Read in context, on a phone.
  { name: 'phone-passage-link', size: PHONE, url: './?region=senkaku-islands&p=p3' },
  // The embed view as an article's 320 px iframe holds it (the iframe snippet's default height).
  { name: 'embed-320', size: { width: 320, height: 600 }, url: './?embed=1&region=senkaku-islands' },
  { name: 'tour-step-14', size: DESKTOP, url: './?tour=14' },
  { name: 'japanese-senkaku', size: DESKTOP, url: './?lang=ja&region=senkaku-islands' },
  // The one-page handout a teacher prints.
  // PDF.js draws a few glyph edges and underlines a pixel apart from one drawing to the next (up to 131 pixels measured).
  { name: 'handout-senkaku-a4', size: DESKTOP, url: './?region=senkaku-islands', print: 'A4', maxDiffPixels: 300 },
  { name: 'no-webgl-okinawa', size: DESKTOP, url: './?region=okinawa', webgl: false },
];

/** The view's picture: the screen once still, or the first printed page drawn by PDF.js. */
async function picture(page: Page, view: GoldenView): Promise<Buffer> {
  const maps = view.webgl === false ? 0 : 1;
  await page.setViewportSize(view.size);
  await page.goto(view.url);
  // The static picture shown (StaticMap has one for a large frame, one for a small: the other is never fetched).
  if (!maps) await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.static-map img')].some((i) => i.checkVisibility() && i.complete && i.naturalWidth > 0));
  await settle(page, { maps });
  if (!view.print) return page.screenshot(SHOT);
  await settlePrint(page, { maps });
  const pdf = await page.pdf({ format: view.print, printBackground: true });
  const renderer = await pdfRenderer(page.context());
  try {
    return (await renderer.pages(pdf))[0]!;
  } finally {
    await renderer.close();
  }
}

/** One test per view: its picture within the tolerance of its expected.png. */
export function goldenTest(view: GoldenView) {
  test(view.name, async ({ page }) => {
    const verdict = compareGolden(view.name, await picture(page, view), view.maxDiffPixels);
    test.info().annotations.push({ type: 'golden', description: verdict.message });
    console.log(`  golden ${verdict.message}`);
    expect(verdict.pass, verdict.message).toBe(true);
  });
}
