// A contact sheet: the pictures of a run as a labelled grid, laid out by the
// browser (an HTML page of the pictures with their captions) and saved as one PNG.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';

export interface Cell {
  /** The picture, relative to the sheets' folder ('' when none could be taken). */
  file: string;
  caption: string;
  /** How wide the picture is shown on the sheet, in px (its height follows). */
  width: number;
  /** What went wrong while taking it (console errors, requests to other origins, a step that failed): shown in red. */
  problems: string[];
}

export interface Section {
  /** A short name that starts its pictures' file names. */
  key: string;
  title: string;
  cells: Cell[];
}

export interface Sheet {
  /** File name without extension. */
  name: string;
  title: string;
  /** The sheet's width in px; rows wrap to it. */
  width: number;
  sections: Section[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const STYLE = `
  body { margin: 0; padding: 24px 32px; background: #e9ecef; font: 16px/1.35 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #1b1f24; }
  header h1 { font-size: 30px; margin: 0 0 4px; }
  header p { margin: 0 0 4px; color: #444; }
  h2 { font-size: 22px; margin: 28px 0 10px; border-bottom: 2px solid #9aa4ae; }
  .cells { display: flex; flex-wrap: wrap; gap: 18px 22px; align-items: flex-start; }
  figure { margin: 0; background: #fff; padding: 6px; box-shadow: 0 0 0 1px #b8c0c8; }
  figure img { display: block; outline: 1px solid #d0d5da; }
  figcaption { margin-top: 5px; font-size: 15px; overflow-wrap: anywhere; }
  figcaption .n { display: inline-block; min-width: 1.6em; font-weight: 700; }
  figcaption .problem { color: #b00020; font-weight: 700; }
  figure.failed { box-shadow: 0 0 0 3px #b00020; }
  .none { height: 120px; display: grid; place-items: center; background: #f4d7dc; color: #b00020; }
`;

function html(sheet: Sheet, about: string): string {
  let n = 0;
  const sections = sheet.sections
    .filter((s) => s.cells.length > 0)
    .map((s) => {
      const cells = s.cells
        .map((c) => {
          n++;
          const problems = c.problems.map((p) => `<br><span class="problem">${esc(p)}</span>`).join('');
          return (
            `<figure${c.problems.length ? ' class="failed"' : ''} style="width:${c.width}px">` +
            (c.file ? `<img src="${esc(c.file)}" width="${c.width}" alt="">` : '<div class="none">no picture</div>') +
            `<figcaption><span class="n">${n}.</span> ${esc(c.caption)}${problems}</figcaption></figure>`
          );
        })
        .join('\n');
      return `<h2>${esc(s.title)}</h2>\n<div class="cells">${cells}</div>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${esc(sheet.title)}</title><style>${STYLE}</style>
<body style="width:${sheet.width - 64}px"><header><h1>${esc(sheet.title)}</h1><p>${esc(about)}</p></header>
${sections}</body></html>`;
}

/**
 * Writes `<name>.html` (the sheet as a page: open it in a browser to zoom) and
 * `<name>.png` beside the pictures; returns the PNG's path and size.
 */
export async function composeSheet(browser: Browser, folder: string, sheet: Sheet, about: string): Promise<{ path: string; width: number; height: number }> {
  const page = join(folder, `${sheet.name}.html`);
  writeFileSync(page, html(sheet, about));
  const context = await browser.newContext({ viewport: { width: sheet.width, height: 800 }, deviceScaleFactor: 1 });
  try {
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => null))));
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    const path = join(folder, `${sheet.name}.png`);
    await tab.screenshot({ path, fullPage: true });
    return { path, width: sheet.width, height };
  } finally {
    await context.close();
  }
}
