// Golden images, as MapLibre's render tests keep them: each key view has its
// expected.png committed in tests/e2e/golden/<view>/; a run compares its
// picture with it pixel by pixel (pixelmatch) and fails beyond TOLERANCE,
// writing expected.png, actual.png and diff.png to test-results/golden/<view>/.
// UPDATE_GOLDEN=1 writes the run's pictures as the new expected.png instead.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const GOLDEN = import.meta.dirname;
const RESULTS = join(import.meta.dirname, '../../../test-results/golden');
export const UPDATE = Boolean(process.env.UPDATE_GOLDEN);

/**
 * When two pictures are the same view: `threshold` is pixelmatch's, how far
 * apart two colours may be (OKLab distance, 0 to 1) and still count as equal
 * (anti-aliased edge pixels are not counted); `maxDiffPixels`, how many
 * pixels may differ beyond it. Measured on this machine (README, Golden
 * images): renders of a screen view differ by 0 pixels from run to run, so the
 * default allows a few stray ones and no more: a map label moved by its own
 * height changes several hundred. A view may allow more (a printed page: PDF.js
 * draws some glyph edges a pixel apart from one drawing to the next).
 */
export const TOLERANCE = { threshold: 0.1, maxDiffPixels: 50 };

export interface Verdict {
  pass: boolean;
  message: string;
  diffPixels: number;
}

const png = (buffer: Buffer) => PNG.sync.read(buffer);
const write = (path: string, image: PNG | Buffer) => writeFileSync(path, Buffer.isBuffer(image) ? image : PNG.sync.write(image, { deflateLevel: 9 }));

/** Compares a view's picture with its expected.png (or, under UPDATE_GOLDEN, makes it the expected one). */
export function compareGolden(view: string, actual: Buffer, maxDiffPixels = TOLERANCE.maxDiffPixels): Verdict {
  const folder = join(GOLDEN, view);
  const expectedPath = join(folder, 'expected.png');
  if (UPDATE) {
    mkdirSync(folder, { recursive: true });
    // Re-encoded at the highest compression: the repository keeps every regenerated picture.
    write(expectedPath, png(actual));
    return { pass: true, message: `wrote ${expectedPath}`, diffPixels: 0 };
  }
  const out = join(RESULTS, view);
  const keep = (expected: PNG | null, diff: PNG | null) => {
    mkdirSync(out, { recursive: true });
    write(join(out, 'actual.png'), actual);
    if (expected) write(join(out, 'expected.png'), expected);
    if (diff) write(join(out, 'diff.png'), diff);
  };
  if (!existsSync(expectedPath)) {
    keep(null, null);
    return { pass: false, message: `${view}: no expected.png in ${folder}; to make it: UPDATE_GOLDEN=1 npm run test:e2e -- golden`, diffPixels: NaN };
  }
  const expected = png(readFileSync(expectedPath));
  const got = png(actual);
  if (expected.width !== got.width || expected.height !== got.height) {
    keep(expected, null);
    return { pass: false, message: `${view}: the picture is ${got.width}×${got.height}, expected ${expected.width}×${expected.height} (see ${out})`, diffPixels: NaN };
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const diffPixels = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: TOLERANCE.threshold });
  const pass = diffPixels <= maxDiffPixels;
  if (!pass) keep(expected, diff);
  const share = ((100 * diffPixels) / (got.width * got.height)).toFixed(3);
  return {
    pass,
    diffPixels,
    message: pass
      ? `${view}: ${diffPixels} pixels differ (tolerance ${maxDiffPixels})`
      : `${view}: ${diffPixels} pixels differ (${share}% of the picture), more than the tolerance of ${maxDiffPixels}. ` +
        `Compare ${join(out, 'expected.png')}, actual.png and diff.png (red: changed pixels); ` +
        `if the change is intended, regenerate: UPDATE_GOLDEN=1 npm run test:e2e -- golden`,
  };
}
