// A teacher's 20-minute lesson, offline: one visit on the school network, then
// the tour, a card with its cited facts, the measure tool and a shared quiz round
// with the network gone. Screenshots of each stage go to tests/e2e/screenshots/lesson-*.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeQuiz } from '../../src/lib/model/quiz';
import { expect, mapIdle, SCREENSHOTS, test } from './fixtures';

// This spec is about the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const regions = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/regions.geojson'), 'utf8')) as {
  features: { properties: { id: string; name: string } }[];
};
const ids = regions.features.map((f) => f.properties.id);
const nameOf = (id: string) => regions.features.find((f) => f.properties.id === id)!.properties.name;
const shot = (name: string) => join(SCREENSHOTS, `lesson-${name}.png`);

test('a lesson runs offline: tour, card, measure tool and quiz', async ({ page, context }) => {
  test.setTimeout(180_000);
  // Before class: one visit while online.
  await page.goto('./');
  await mapIdle(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  try {
    await page.reload();
    await mapIdle(page);

    // 1. The tour, to the Senkaku step.
    await page.getByRole('button', { name: /Take the guided tour/ }).click();
    const bar = page.getByRole('region', { name: 'Guided tour' });
    for (let n = 1; n < 3; n++) await bar.getByRole('button', { name: /Next/ }).click();
    await expect(bar.getByRole('heading')).toHaveText('Article V and the Senkaku Islands');
    await expect(page.locator('#para-p3 .mention.selected').first()).toHaveText('Senkaku Islands');
    await mapIdle(page);
    await page.screenshot({ path: shot('1-tour') });
    await page.locator('body').press('Escape');
    await expect(bar).toHaveCount(0);

    // 2. The card: names, who administers and who claims, each cited; computed distances.
    await page.getByRole('navigation', { name: 'Places in the statement' }).getByRole('button', { name: /^Senkaku Islands/ }).click();
    const panel = page.locator('section.panel');
    await expect(panel.locator('h2')).toHaveText('Senkaku Islands');
    await expect(panel.locator('[data-fact="claimed"]')).toContainText('Diaoyu Dao');
    await expect(panel.locator('[data-fact="claimed"] a[data-cite]')).not.toHaveCount(0);
    await expect(panel.locator('.geo')).toContainText('computed from the map data');
    await expect(panel.locator('.geo [data-measure="uotsuri-ishigaki"]')).toContainText(/\d km \([\d.]+ nmi\)/);
    await mapIdle(page);
    await page.screenshot({ path: shot('2-card') });

    // 3. The measure tool: how far are the islands from Taiwan?
    await page.getByRole('button', { name: 'Measure distance' }).click();
    await page.locator('select[data-end="from"]').selectOption('senkaku-islands');
    await page.locator('select[data-end="to"]').selectOption('taiwan');
    await expect(page.locator('.measure [data-km]')).toHaveText(/^[\d,.]+ km$/);
    await expect(page.locator('.measure .result')).toContainText('nmi');
    await mapIdle(page);
    await page.screenshot({ path: shot('3-measure') });
    await page.getByRole('button', { name: 'Measure distance' }).click();

    // 4. A quiz round the teacher shares as a link; everyone answers right.
    const seed = 7;
    const questions = makeQuiz(ids, seed);
    await page.goto(`./?quiz=${seed}`);
    const quiz = page.locator('section.quiz');
    for (const [i, q] of questions.entries()) {
      if (q.kind === 'find') {
        await quiz.getByRole('combobox', { name: 'Your answer' }).selectOption(q.region);
        await quiz.getByRole('button', { name: 'Answer' }).click();
      } else {
        await quiz.getByRole('group', { name: 'Answers' }).getByRole('button', { name: nameOf(q.region), exact: true }).click();
      }
      await expect(quiz.getByRole('status')).toContainText(`Right: that is ${nameOf(q.region)}`);
      if (i === 0) {
        await mapIdle(page);
        await page.screenshot({ path: shot('4-quiz') });
      }
      await quiz.getByRole('button', { name: /Next question|See your score/ }).click();
    }
    await expect(quiz.locator('.final')).toContainText(`You scored ${questions.length} of ${questions.length}`);
    await page.screenshot({ path: shot('5-score') });
  } finally {
    await context.setOffline(false);
  }
});
