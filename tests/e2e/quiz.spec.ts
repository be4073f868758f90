// Quiz mode scores right and wrong answers and shows the right answer with its passage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeQuiz } from '../../src/lib/model/quiz';
import { expect, hashView, mapIdle, pixel, projector, SCREENSHOTS, test } from './fixtures';

const regions = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/regions.geojson'), 'utf8')) as {
  features: { properties: { id: string; name: string } }[];
};
const ids = regions.features.map((f) => f.properties.id);
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
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.locator('.maplibregl-canvas').click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(page.locator('section.quiz').getByRole('status')).toContainText('Right: that is Japan');
});

test('during a quiz, hovering a name in the text does not point at its place on the map', async ({ page }) => {
  await page.goto('./?quiz=42#map=5/29/125');
  await mapIdle(page);
  const sea = (await projector(page, { zoom: 5, lat: 29, lon: 125 }))(125.5, 29.5); // open water of the East China Sea
  const at = [sea.pageX, sea.pageY] as const;
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
