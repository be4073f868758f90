// The golden image of the atlas without WebGL (Chromium's 3D APIs off): the
// static picture that stands in for the map. See golden.spec.ts.
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { test } from './fixtures';
import { goldenTest, VIEWS } from './golden/views';

const chromium = await findChromium();
test.use({ launchOptions: { executablePath: chromium.path, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] } });

for (const view of VIEWS.filter((v) => v.webgl === false)) goldenTest(view);
