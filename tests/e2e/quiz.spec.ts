// Quiz mode scores right and wrong answers and shows the right answer with its passage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeQuiz } from '../../src/lib/model/quiz';
import type { Page } from '@playwright/test';
import { expect, hashView, mapIdle, pixel, SCREENSHOTS, test } from './fixtures';

const regions = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/regions.geojson'), 'utf8')) as {
  features: { properties: { id: string; name: string }; geometry: { coordinates: unknown[] } }[];
};
const ids = regions.features.map((f) => f.properties.id);

type M = import('maplibre-gl').Map;
/** Where a position is on the map canvas now (on the copy of the world nearest the middle, as a view across the Pacific shows it). */
const where = (page: Page, at: [number, number]) =>
  page.evaluate(([lon, lat]) => {
    const m = (document.querySelector('.map') as HTMLElement & { maplibre: M }).maplibre;
    const middle = m.getCanvas().clientWidth / 2;
    const p = [lon - 360, lon, lon + 360].map((l) => m.project([l, lat])).sort((a, b) => Math.abs(a.x - middle) - Math.abs(b.x - middle))[0]!;
    return { x: p.x, y: p.y };
  }, at);
/** A seed whose question `index` asks `kind` about `region`, as a teacher would find one. */
const seedFor = (region: string, kind: 'find' | 'name', index: number) => [...Array(500).keys()].find((s) => makeQuiz(ids, s)[index]?.region === region && makeQuiz(ids, s)[index]?.kind === kind)!;
const nameOf = (id: string) => regions.features.find((f) => f.properties.id === id)!.properties.name;

test('a seeded round scores right and wrong answers, by keyboard and buttons', async ({ page }) => {
  // The same seed gives the same round: the test derives the answers from the seed, as a teacher's class would share it.
  const questions = makeQuiz(ids, 42);
  const plan = [true, false, false, true, true, true];
  await page.goto('./?quiz=42');
  const quiz = page.locator('section.quiz');
  await expect(quiz.getByRole('heading', { name: /Quiz/ })).toContainText('#42');
  let score = 0;
  for (const [i, q] of questions.entries()) {
    const right = plan[i]!;
    const wrongId = ids.find((id) => id !== q.region && (q.kind === 'find' || q.options.includes(id)))!;
    await expect(quiz.locator('.progress')).toContainText(`Question ${i + 1} of ${questions.length}`);
    if (q.kind === 'find') {
      await expect(quiz.locator('[data-question="find"]')).toContainText(nameOf(q.region));
      await quiz.getByRole('combobox', { name: 'Your answer' }).selectOption(right ? q.region : wrongId);
      await quiz.getByRole('button', { name: 'Answer' }).click();
    } else {
      await quiz.getByRole('group', { name: 'Answers' }).getByRole('button', { name: nameOf(right ? q.region : wrongId), exact: true }).click();
    }
    if (right) score++;
    const feedback = quiz.getByRole('status');
    if (right) await expect(feedback).toContainText(`Right: that is ${nameOf(q.region)}`);
    else await expect(feedback).toContainText(`Not quite: that was ${nameOf(wrongId)}. The answer is ${nameOf(q.region)}`);
    // The passage that names the place, with the mention marked.
    await expect(feedback.locator('mark')).toBeVisible();
    await expect(quiz.locator('.progress')).toHaveAttribute('data-score', String(score));
    if (i === 1) {
      await mapIdle(page);
      await page.screenshot({ path: join(SCREENSHOTS, 'quiz-feedback.png') });
    }
    await quiz.getByRole('button', { name: /Next question|See your score/ }).click();
  }
  await expect(quiz.locator('.final')).toContainText(`You scored ${score} of ${questions.length}`);
  expect(score).toBe(4);
});

test('a find question can be answered by clicking the map', async ({ page }) => {
  // Seed chosen so that the first question is a find question; the test clicks where the map shows the answer's label.
  const seed = [...Array(200).keys()].find((s) => makeQuiz(ids, s)[0]!.region === 'japan')!;
  expect(seed).toBeDefined();
  await page.goto(`./?quiz=${seed}#map=4/36/138`);
  await mapIdle(page);
  // The question starts from the overview (not the link's view); central Honshu, 36.2°N 138.25°E, is Japan.
  await page.locator('.maplibregl-canvas').click({ position: await where(page, [138.25, 36.2]) });
  await expect(page.locator('section.quiz').getByRole('status')).toContainText('Right: that is Japan');
});

test('during a quiz, hovering a name in the text does not point at its place on the map', async ({ page }) => {
  await page.goto('./?quiz=42#map=5/29/125');
  await mapIdle(page);
  const sea = await where(page, [125.5, 29.5]); // open water of the East China Sea
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const at = [box.x + sea.x, box.y + sea.y] as const;
  const before = await pixel(page, ...at);
  await page.locator('.reader .mention[data-region="east-china-sea"]').hover();
  await page.waitForTimeout(500);
  await mapIdle(page);
  expect(await pixel(page, ...at)).toEqual(before);
});

test('during a quiz the list of places is put away and a name clicked in the text does not move the map to an answer', async ({ page }) => {
  await page.goto('./?quiz=42#map=5/29/125');
  await mapIdle(page);
  await expect(page.getByRole('navigation', { name: 'Places in the statement' })).toHaveCount(0);
  const before = hashView(page.url());
  await page.locator('.reader .mention[data-region="east-china-sea"]').click();
  await page.waitForTimeout(400);
  await mapIdle(page);
  expect(hashView(page.url())).toEqual(before);
  await page.locator('section.quiz .exit').click();
  await expect(page.getByRole('navigation', { name: 'Places in the statement' })).toBeVisible();
});

test('a right answer that ends in a full stop is not given two: "Right: that is Washington, D.C."', async ({ page }) => {
  await page.goto(`./?quiz=${seedFor('washington-dc', 'find', 0)}`);
  const quiz = page.locator('section.quiz');
  await quiz.getByRole('combobox', { name: 'Your answer' }).selectOption('washington-dc');
  await quiz.getByRole('button', { name: 'Answer' }).click();
  await expect(quiz.locator('.verdict')).toHaveText('Right: that is Washington, D.C.');
});

for (const index of [0, 2]) {
  test(`"Find Washington, D.C." (question ${index + 1}) starts from a view with Washington on screen among other places, not singled out`, async ({ page }) => {
    const seed = seedFor('washington-dc', 'find', index);
    await page.goto(`./?quiz=${seed}`);
    const quiz = page.locator('section.quiz');
    for (let i = 0; i < index; i++) {
      // Answer the questions before it (wrongly: the answer's place is then shown, so the map moves away).
      if (makeQuiz(ids, seed)[i]!.kind === 'find') {
        await quiz.getByRole('combobox', { name: 'Your answer' }).selectOption('japan');
        await quiz.getByRole('button', { name: 'Answer' }).click();
      } else await quiz.getByRole('group', { name: 'Answers' }).getByRole('button').first().click();
      await quiz.getByRole('button', { name: 'Next question' }).click();
    }
    await expect(quiz.locator('[data-question="find"]')).toContainText('Washington, D.C.');
    await mapIdle(page);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const inView = async (at: [number, number]) => {
      const p = await where(page, at);
      return p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
    };
    // Published positions: the White House; Tokyo; Beijing; Canberra.
    expect(await inView([-77.0365, 38.8977]), 'Washington on screen').toBe(true);
    expect(await inView([139.69, 35.68]), 'Tokyo on screen').toBe(true);
    expect(await inView([116.4, 39.9]), 'Beijing on screen').toBe(true);
    // Not centred on it: it is one place among many, far from the middle.
    const dc = await where(page, [-77.0365, 38.8977]);
    expect(Math.hypot(dc.x - box.width / 2, dc.y - box.height / 2)).toBeGreaterThan(box.width / 5);
    // Not highlighted.
    const state = await page.evaluate(() => (document.querySelector('.map') as HTMLElement & { maplibre: M }).maplibre.getFeatureState({ source: 'regions', id: 'washington-dc' }));
    expect(state.selected ?? false).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, `quiz-find-washington-${index + 1}.png`) });
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`"Which place is highlighted?" shows the whole of North Korea clear of the map's tools at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const seed = seedFor('north-korea', 'name', 1);
    await page.goto(`./?quiz=${seed}`);
    const quiz = page.locator('section.quiz');
    await quiz.getByRole('combobox', { name: 'Your answer' }).selectOption(makeQuiz(ids, seed)[0]!.region);
    await quiz.getByRole('button', { name: 'Answer' }).click();
    await quiz.getByRole('button', { name: 'Next question' }).click();
    await expect(quiz.locator('[data-question="name"]')).toBeVisible();
    // Every point of the country's outline, as the data draw it, in the map and clear of every control (polled: the map moves there).
    const outline = regions.features.find((f) => f.properties.id === 'north-korea')!.geometry.coordinates.flat(2) as [number, number][];
    const astray = () => page.evaluate((outline) => {
      const m = (document.querySelector('.map') as HTMLElement & { maplibre: M }).maplibre;
      const canvas = m.getCanvas().getBoundingClientRect();
      const over = [...document.querySelectorAll('.map-tools > *, .maplibregl-ctrl-top-left, .maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right')].map((el) => {
        const r = el.getBoundingClientRect();
        return [r.left - canvas.left, r.top - canvas.top, r.right - canvas.left, r.bottom - canvas.top];
      });
      return outline.filter((_, i) => i % 5 === 0).map((at) => {
        const p = m.project(at);
        // With room for the selection's outline and halo (7 px): not at the edge, not touching a control.
        const room = 12;
        const inside = p.x > room && p.y > room && p.x < canvas.width - room && p.y < canvas.height - room;
        const covered = over.some(([l, t, r, b]) => p.x > l! - room && p.x < r! + room && p.y > t! - room && p.y < b! + room);
        return { at, inside, covered };
      }).filter((p) => !p.inside || p.covered);
    }, outline);
    await expect.poll(astray, { timeout: 20_000 }).toEqual([]);
    await mapIdle(page);
    expect(await astray()).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `quiz-north-korea-${viewport.width}.png`) });
  });
}

test('a round started from the overview has its own address and history entry: it plays the same round; leaving it, or Back, ends it; Forward plays it again', async ({ page, context }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.locator('[data-opens="quiz"]').click();
  const quiz = page.locator('section.quiz');
  await expect(quiz).toBeVisible();
  const seed = (await quiz.locator('.seed').textContent())!.slice(1);
  await expect.poll(() => new URL(page.url()).searchParams.get('quiz')).toBe(seed);
  const first = makeQuiz(ids, Number(seed))[0]!;
  // The address, opened by a student, plays the same round.
  const student = await context.newPage();
  await student.goto(page.url());
  await expect(student.locator('section.quiz .question')).toHaveAttribute('data-question', first.kind);
  if (first.kind === 'find') await expect(student.locator('section.quiz .question')).toContainText(nameOf(first.region));
  await expect(student.locator('section.quiz .seed')).toHaveText(`#${seed}`);
  await student.close();
  // Leaving the round takes the round out of the address; Back returns to it, from its first question.
  await quiz.locator('.exit').click();
  await expect(quiz).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('quiz')).toBe(false);
  await page.goBack();
  await expect(quiz.locator('.seed')).toHaveText(`#${seed}`);
  // Back during a round ends it and shows what was shown before it, in the atlas: the overview it started from.
  await page.goBack();
  await expect(quiz).toHaveCount(0);
  await expect(page.locator('[data-opens="quiz"]')).toBeVisible();
  await expect(page.locator('.region-list')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('quiz')).toBe(false);
  // Forward plays the round again.
  await page.goForward();
  await expect(quiz.locator('.seed')).toHaveText(`#${seed}`);
  await expect(quiz.locator('.question')).toHaveAttribute('data-question', first.kind);
});
