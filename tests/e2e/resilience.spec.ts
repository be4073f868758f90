// Data that fails to load, and the strict Content-Security-Policy.
import { expect, mapIdle, test, type Watch } from './fixtures';

// Requests made by a service worker escape page.route: keep it out of these tests.
test.use({ serviceWorkers: 'block' });

/** The console errors a failed fetch logs by design; anything else still fails the test. */
const forgive = (watch: Watch, pattern: RegExp) => {
  watch.errors = watch.errors.filter((e) => !pattern.test(e));
};

test('a data file that is missing (404) gives a clear error and a retry that works', async ({ page, watch }) => {
  let fail = true;
  await page.route('**/data/regions-lite.geojson', (route) => (fail ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback()));
  await page.goto('./?region=okinawa');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The atlas could not load its data.');
  await expect(alert).toContainText('regions-lite.geojson could not be loaded (HTTP 404)');
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await mapIdle(page);
  await expect(page.locator('section.panel h2')).toHaveText('Okinawa');
  forgive(watch, /404/);
});

test('a truncated data file is reported as damaged, not a blank page', async ({ page }) => {
  await page.route('**/data/statement.json', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('statement.json is damaged (not valid JSON)');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a slow network shows a loading state until the data arrives', async ({ page }) => {
  // Held until the loading state has been seen: a fixed delay raced the page's own load on a busy machine.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/data/regions-lite.geojson', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('./?region=taiwan-strait');
  await expect(page.locator('[aria-busy="true"]')).toContainText('Loading the statement and its places');
  release();
  await expect(page.locator('section.panel h2')).toHaveText('Taiwan Strait', { timeout: 20_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});

test('the embed view reports a failed load with a retry too', async ({ page, watch }) => {
  await page.route('**/data/tour.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('./?embed=1&region=okinawa');
  await expect(page.getByRole('alert')).toContainText('tour.json could not be loaded (HTTP 500)');
  await page.unroute('**/data/tour.json');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.embed-panel h2')).toHaveText('Okinawa');
  forgive(watch, /500/);
});

test('the server sends a strict CSP, and no view violates it', async ({ page, request }) => {
  const header = (await request.get('./')).headers()['content-security-policy'];
  expect(header).toContain("default-src 'self'");
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-eval');
  expect(header).not.toContain('unsafe-inline');
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const url of ['./?region=senkaku-islands', './?embed=1&tour=6', './?quiz=5', './data/static/okinawa.html']) {
    await page.goto(url);
    if (!url.includes('static')) await mapIdle(page);
    else await expect(page.getByRole('heading', { level: 1 })).toHaveText('Okinawa');
  }
  // The map's worker is a same-origin file, not a blob: the CSP allows it and it ran.
  expect(violations).toEqual([]);
});

test('a pointer resting on the map while it loads is no error: nothing asks the map for layers its style has not yet', async ({ page }) => {
  // As soon as the map's canvas is in the page (its style still loading), the pointer moves over it.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const canvas = document.querySelector('.maplibregl-canvas');
      if (!canvas) return;
      observer.disconnect();
      for (const type of ['mousemove', 'mousemove', 'click']) canvas.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: 40, clientY: 40 }));
    }).observe(document, { childList: true, subtree: true });
  });
  for (const url of ['./?embed=1&region=senkaku-islands', './']) {
    await page.goto(url);
    await mapIdle(page);
    await expect(page.getByText('could not be drawn')).toHaveCount(0);
  }
});
