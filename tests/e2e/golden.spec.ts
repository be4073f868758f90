// Golden images of the key views (golden/views.ts): each rendered as a reader
// sees it and compared with its committed golden/<view>/expected.png within
// the tolerance stated in golden/compare.ts. A failure writes expected, actual
// and diff PNGs to test-results/golden/<view>/. Regenerate on purpose:
//   UPDATE_GOLDEN=1 npm run test:e2e -- golden
import { goldenTest, VIEWS } from './golden/views';

for (const view of VIEWS.filter((v) => v.webgl !== false)) goldenTest(view);
