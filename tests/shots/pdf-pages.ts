// A PDF's pages as PNG pictures, drawn by PDF.js (pdfjs-dist) in the test's own
// Chromium: no system tool to install, and nothing leaves the machine (PDF.js
// and its fonts are served from node_modules on 127.0.0.1).
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { serveFolder, type StaticServer } from '../e2e/static-server';

const PDFJS = join(import.meta.dirname, '../../node_modules/pdfjs-dist');

export interface PdfRenderer {
  /** The PDF.js server's origin: a test that watches requests allows it. */
  origin: string;
  /** Each page of the PDF as a PNG, `scale` CSS px per PDF point (1.25 ≈ 90 dpi). */
  pages(pdf: Buffer, scale?: number): Promise<Buffer[]>;
  close(): Promise<void>;
}

/** Pages of a PDF, read from the `%PDF` text (each page object once): for a page count without drawing. */
export const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

export async function pdfRenderer(context: BrowserContext): Promise<PdfRenderer> {
  const server: StaticServer = await serveFolder(PDFJS);
  const page = await context.newPage();
  // A blank page on PDF.js's origin, so that its module and worker load as same-origin files.
  await page.route(`${server.origin}/render.html`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>PDF pages</title>' }));
  await page.goto(`${server.origin}/render.html`);
  return {
    origin: server.origin,
    async pages(pdf, scale = 1.25) {
      const pngs = await page.evaluate(
        async ({ b64, scale }) => {
          const lib = '/build/pdf.min.mjs';
          const pdfjs = (await import(lib)) as typeof import('pdfjs-dist');
          pdfjs.GlobalWorkerOptions.workerSrc = '/build/pdf.worker.min.mjs';
          const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const doc = await pdfjs.getDocument({ data, standardFontDataUrl: '/standard_fonts/', cMapUrl: '/cmaps/', wasmUrl: '/wasm/', isEvalSupported: false, disableFontFace: true, isOffscreenCanvasSupported: false, isImageDecoderSupported: false }).promise;
          const out: string[] = [];
          for (let n = 1; n <= doc.numPages; n++) {
            const p = await doc.getPage(n);
            const viewport = p.getViewport({ scale });
            const canvas = document.createElement('canvas');
            canvas.width = Math.round(viewport.width);
            canvas.height = Math.round(viewport.height);
            // A canvas drawn on the CPU: the GPU path anti-aliases text differently from one run to the next.
            const canvasContext = canvas.getContext('2d', { willReadFrequently: true })!;
            await p.render({ canvas, canvasContext, viewport, background: '#ffffff' }).promise;
            out.push(canvas.toDataURL('image/png').slice('data:image/png;base64,'.length));
          }
          await doc.destroy();
          return out;
        },
        { b64: pdf.toString('base64'), scale },
      );
      return pngs.map((b64) => Buffer.from(b64, 'base64'));
    },
    async close() {
      await page.close();
      await server.stop();
    },
  };
}
