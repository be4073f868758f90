// Find a Chromium for the browser tests without downloading one: $CHROME_PATH,
// else Debian's `chromium` on the PATH, else the binary that ships inside the
// @sparticuz/chromium npm package (a devDependency, so `npm install` brings it).
import { execFileSync } from 'node:child_process';

/** Flags for headless Chromium on this kind of machine (WebGL through SwiftShader, no calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

function onPath(name: string): string | null {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found || null;
  } catch {
    return null;
  }
}

export interface FoundChromium {
  path: string;
  args: string[];
  from: string;
}

/** `ATLAS_CHROMIUM=bundled` skips the system browser (to test the fallback). */
export async function findChromium(): Promise<FoundChromium> {
  const bundledOnly = process.env.ATLAS_CHROMIUM === 'bundled';
  if (process.env.CHROME_PATH && !bundledOnly) return { path: process.env.CHROME_PATH, args: CHROMIUM_ARGS, from: '$CHROME_PATH' };
  for (const name of bundledOnly ? [] : ['chromium', 'chromium-browser']) {
    const found = onPath(name);
    if (found) return { path: found, args: CHROMIUM_ARGS, from: `system ${name}` };
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // Its --single-process suits one page in a Lambda, not a test run that opens many;
  // and the tests must see the web's real security model.
  const unwanted = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);
  const args = [...new Set([...sparticuz.args.filter((a) => !unwanted.has(a)), ...CHROMIUM_ARGS])];
  return { path: await sparticuz.executablePath(), args, from: '@sparticuz/chromium' };
}
