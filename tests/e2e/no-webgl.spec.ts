// Without WebGL (Chromium started with its 3D APIs off) the atlas still reads:
// the static picture stands in for the map, with a plain message.
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { expect, SCREENSHOTS, test } from './fixtures';

const chromium = await findChromium();
test.use({ launchOptions: { executablePath: chromium.path, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

test('the full atlas shows a static map and everything else works', async ({ page }) => {
  await page.goto('./?region=okinawa');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
  const picture = page.locator('.static-map');
  await expect(picture).toHaveAttribute('data-static-map', 'okinawa');
  await expect(picture.getByRole('status')).toContainText('WebGL is unavailable');
  await expect.poll(() => picture.locator('img').filter({ visible: true }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('section.panel h2')).toHaveText('Okinawa');
  // Choosing another place changes the picture and the text.
  await page.getByRole('navigation', { name: 'Places in the statement' }).getByRole('button', { name: /^Taiwan Strait/ }).click();
  await expect(picture).toHaveAttribute('data-static-map', 'taiwan-strait');
  await expect(page.locator('section.panel h2')).toHaveText('Taiwan Strait');
  await page.locator('.reader .mention[data-region="senkaku-islands"]').first().click();
  await expect(picture).toHaveAttribute('data-static-map', 'senkaku-islands');
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'no-webgl-atlas.png') });
});

/**
 * The shown picture on the screen: its box, the scale its own picture is drawn
 * at (whole, in the middle of the box: frameSvg in the data build), where the
 * view it frames lands and where the credit does (in the box's bottom-right
 * corner, at the same scale), and the smallest name's size.
 */
async function shownPicture(page: import('@playwright/test').Page) {
  return page.locator('.static-map').evaluate(async (el) => {
    const img = [...el.querySelectorAll('img')].find((i) => i.checkVisibility())!;
    await img.decode();
    const svg = new DOMParser().parseFromString(await (await fetch(img.currentSrc)).text(), 'image/svg+xml').documentElement;
    const [w, h] = svg.getAttribute('data-picture')!.split(' ').map(Number) as [number, number];
    const focus = svg.getAttribute('data-focus')!.split(' ').map(Number);
    const credit = svg.querySelector('[data-credit]')!.getAttribute('data-box')!.split(' ').map(Number);
    const sizes = [...svg.querySelectorAll('text[data-label]')].map((t) => Number(t.getAttribute('font-size')));
    const box = img.getBoundingClientRect();
    const scale = Math.min(box.width / w, box.height / h);
    const [ox, oy] = [box.left + (box.width - w * scale) / 2, box.top + (box.height - h * scale) / 2];
    const message = el.querySelector('.message')?.getBoundingClientRect();
    return {
      src: img.currentSrc.split('/').pop(),
      box: { left: box.left, top: box.top, width: box.width, height: box.height },
      frame: el.getBoundingClientRect().toJSON() as DOMRect,
      messageBottom: message?.bottom ?? null,
      smallestText: Math.min(...sizes) * scale,
      focus: [ox + focus[0]! * scale, oy + focus[1]! * scale, ox + focus[2]! * scale, oy + focus[3]! * scale],
      credit: [box.right - (w - credit[0]!) * scale, box.bottom - (h - credit[1]!) * scale, box.right, box.bottom],
    };
  });
}

// The no-WebGL picture everywhere a reader meets it: the atlas on a desktop and a phone, the embed at an article's widths.
const FRAMES = [
  { name: 'desktop overview', url: './', width: 1280, height: 800, region: 'overview' },
  { name: 'desktop place', url: './?region=okinawa', width: 1280, height: 800, region: 'okinawa' },
  { name: 'phone overview', url: './', width: 390, height: 844, region: 'overview' },
  { name: 'phone place', url: './?region=okinawa', width: 390, height: 844, region: 'okinawa' },
  ...[320, 600, 1200].map((width) => ({ name: `embed ${width}`, url: './?embed=1&region=senkaku-islands', width, height: 600, region: 'senkaku-islands' })),
];
for (const f of FRAMES) {
  test(`${f.name} (${f.width}×${f.height}): the static picture fills its frame, its names readable, the credit clear of the place`, async ({ page }) => {
    await page.setViewportSize({ width: f.width, height: f.height });
    await page.goto(f.url);
    const el = page.locator('.static-map');
    await expect(el).toHaveAttribute('data-static-map', f.region);
    await expect(el.getByRole('status')).toBeVisible();
    await expect.poll(() => el.evaluate((s) => [...s.querySelectorAll('img')].some((i) => i.checkVisibility() && i.complete && i.naturalWidth > 0))).toBe(true);
    const shown = await shownPicture(page);
    // The picture takes the whole frame below the message.
    expect(shown.box.width).toBeCloseTo(shown.frame.width, 0);
    expect(shown.box.top + shown.box.height).toBeCloseTo(shown.frame.bottom, 0);
    if (shown.messageBottom !== null) expect(shown.box.top).toBeGreaterThanOrEqual(shown.messageBottom);
    // Map to the frame's edges: with the frame's own background made magenta, not one magenta pixel shows.
    await el.evaluate((s) => ((s as HTMLElement).style.background = '#ff00ff'));
    const png = PNG.sync.read(await page.screenshot({ clip: { x: shown.box.left, y: shown.box.top, width: shown.box.width, height: shown.box.height } }));
    let bare = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! > 240 && png.data[i + 1]! < 20 && png.data[i + 2]! > 240) bare++;
    expect(bare, `frame pixels with no picture (${shown.src})`).toBe(0);
    await el.evaluate((s) => ((s as HTMLElement).style.background = ''));
    // Names no smaller than 8 px on the screen (the large picture's would be 5 px in a 372 px frame).
    expect(shown.smallestText).toBeGreaterThanOrEqual(8);
    // The credit covers nothing of the view the picture frames.
    const [a, b] = [shown.focus, shown.credit];
    const apart = a[2]! <= b[0]! || b[2]! <= a[0]! || a[3]! <= b[1]! || b[3]! <= a[1]!;
    expect(apart, `credit ${b.map(Math.round)} / place ${a.map(Math.round)} (${shown.src})`).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, `no-webgl-${f.name.replace(' ', '-')}.png`) });
  });
}

for (const [width, height] of [[375, 600], [320, 460], [1200, 600]] as [number, number][]) {
  test(`an embed at ${width}×${height} shows the static picture of the Senkakus under its message, and its passage`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?embed=1&region=senkaku-islands');
    await expect(page.locator('.static-map')).toHaveAttribute('data-static-map', 'senkaku-islands');
    await expect(page.locator('.static-map').getByRole('status')).toContainText('static picture');
    await expect(page.locator('.embed-panel')).toContainText('Article V of the U.S.-Japan Treaty');
    await expect.poll(() => page.locator('.static-map').evaluate((s) => [...s.querySelectorAll('img')].some((i) => i.checkVisibility() && i.naturalWidth > 0))).toBe(true);
    const shown = await shownPicture(page);
    expect(shown.src).toBe(width < 560 ? 'senkaku-islands-frame-small.svg' : 'senkaku-islands-frame.svg');
    expect(shown.box.top).toBeGreaterThanOrEqual(shown.messageBottom!);
    expect(shown.smallestText).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: join(SCREENSHOTS, `no-webgl-embed-${width}.png`) });
  });
}

// Each picture's names as the browser draws them (its own sans-serif, not the build's estimate): set apart from each other,
// inside the picture and clear of the credit, in every picture of every place: its own, the large and the small screen's.
test('every static picture\'s names, as drawn, are apart, inside the picture and clear of the credit', async ({ page, request }) => {
  const ids = ['overview', ...((await (await request.get('./data/regions-lite.geojson')).json()) as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id)];
  const faults: string[] = [];
  // A picture opened as a document of its own: the browser asks for the site's icon, which the atlas has none of.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  for (const id of ids) {
    for (const file of [`${id}.svg`, `${id}-frame.svg`, `${id}-frame-small.svg`]) {
      await page.goto(`./data/static/${file}`);
      faults.push(
        ...(await page.evaluate((file) => {
          const root = document.documentElement;
          const [w, h] = (root.getAttribute('data-picture') ?? root.getAttribute('viewBox')!.split(' ').slice(2).join(' ')).split(' ').map(Number) as [number, number];
          const boxOf = (t: SVGGraphicsElement) => {
            const b = t.getBBox();
            return { name: t.textContent!, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
          };
          const labels = [...document.querySelectorAll<SVGTextElement>('text[data-label]')].map(boxOf);
          const credit = boxOf(document.querySelector<SVGTextElement>('[data-credit]')!);
          const apart = (a: typeof credit, b: typeof credit, gap: number) => a.x1 + gap <= b.x0 || b.x1 + gap <= a.x0 || a.y1 + gap <= b.y0 || b.y1 + gap <= a.y0;
          const out: string[] = [];
          for (const [i, a] of labels.entries()) {
            if (a.x0 < 0 || a.y0 < 0 || a.x1 > w || a.y1 > h) out.push(`${file}: ${a.name} runs off the picture`);
            if (!apart(a, credit, 0)) out.push(`${file}: ${a.name} under the credit`);
            // 4 px or more between two names: closer, two read as one ("East China Sea" over "Senkaku Islands").
            for (const b of labels.slice(i + 1)) if (!apart(a, b, 4)) out.push(`${file}: ${a.name} / ${b.name}`);
          }
          return out;
        }, file)),
      );
    }
  }
  expect(faults).toEqual([]);
});

test('axe finds no violations without WebGL', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.goto('./?region=henoko');
  await expect(page.locator('.static-map')).toHaveAttribute('data-static-map', 'henoko');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
