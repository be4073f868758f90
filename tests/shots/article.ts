// An article page on another origin with one embed, in a column of a given
// width, with the snippet exactly as the share dialog gives it.
import type { EmbedOptions } from '../../src/lib/embed/snippets';
import { iframeSnippet, scriptSnippet } from '../../src/lib/embed/snippets';

export type EmbedKind = 'script' | 'iframe';

/** Side margins of the article's column, so the page is the column plus these. */
export const ARTICLE_MARGIN = 16;

export function articleHtml(atlas: string, kind: EmbedKind, width: number, options: EmbedOptions, placeName: string | null): string {
  const snippet = kind === 'script' ? scriptSnippet(atlas, options, placeName) : iframeSnippet(atlas, options, placeName);
  const filler = 'Reporting continues around the map, as in any long read. '.repeat(2);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Review article: a ${kind} embed at ${width} px</title>
<style>
  body { margin: 0; font: 17px/1.55 'DejaVu Serif', Georgia, serif; color: #222; background: #fdfcf8; }
  main { width: ${width}px; margin: 0 ${ARTICLE_MARGIN}px; padding: 8px 0 16px; }
  h1 { font: 700 22px/1.2 'DejaVu Sans', sans-serif; margin: 8px 0; }
  figure { margin: 16px 0; }
  figcaption { font: 13px 'DejaVu Sans', sans-serif; color: #555; }
</style>
</head>
<body>
<main>
<h1>A ${kind} embed in a ${width} px column</h1>
<p>The statement names the Senkaku Islands once, in its paragraph on Article V. ${filler}</p>
<figure>
${snippet}
<figcaption>Map: Statement Atlas (${kind} snippet from the share dialog).</figcaption>
</figure>
<p>${filler}</p>
</main>
</body>
</html>
`;
}
