import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './chromium';

const root = resolve(import.meta.dirname, '../..');
const chromium = await findChromium();
console.log(`Browser tests use Chromium from ${chromium.from}: ${chromium.path}`);

// ATLAS_PORT lets two checkouts run their browser tests side by side (each its own preview server).
export const PORT = Number(process.env.ATLAS_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  outputDir: resolve(root, 'test-results/e2e-artifacts'),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  retries: 0,
  // CI sums this report with vitest's for its closing "N passed, N failed" line.
  reporter: process.env.CI ? [['list'], ['json', { outputFile: resolve(root, 'test-results/e2e.json') }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    // The map jumps instead of flying (as it does for readers who ask for less
    // motion): every flight is frames of software rendering. The tour tests
    // check both ways explicitly.
    reducedMotion: 'reduce',
    // The service worker would fetch the whole atlas in the background of
    // every test's fresh context. The specs about it (offline, lesson, deploy, and
    // embed, which checks that an embed installs none) allow it.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromium.path, args: chromium.args },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
  },
});
