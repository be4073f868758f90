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

export async function chromiumPath(): Promise<{ path: string; from: string }> {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, from: '$CHROME_PATH' };
  for (const name of ['chromium', 'chromium-browser']) {
    const found = onPath(name);
    if (found) return { path: found, from: `system ${name}` };
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { path: await sparticuz.executablePath(), from: '@sparticuz/chromium' };
}
