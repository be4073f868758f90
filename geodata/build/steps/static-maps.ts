// Static pictures of the map, pre-rendered at build time: one SVG per region
// (its focus view, the region highlighted) and one of the overview. They are
// the embed's preview while no live map is needed, the picture when WebGL is
// missing, and with static/<id>.html the page a reader without JavaScript gets.
// The drawing is src/lib/worksheet/picture.ts, which the browser's worksheets use too.
import { OVERVIEW_BOX } from '../../../src/lib/content/boxes';
import type { RegionCollection, RegionFeature, Statement } from '../../../src/lib/model/types';
import { escapeXml, picture, SMALL_SIZE, staticPage, type Picture, type Ringed, type StaticBasemap } from '../../../src/lib/worksheet/picture';

export { escapeXml, picture, staticPage, type Mark, type Ringed, type StaticBasemap } from '../../../src/lib/worksheet/picture';

/** One stylesheet for the static pages: no inline styles, so they run under the atlas's CSP. */
const STYLESHEET = `body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:0 auto;padding:1rem;color:#1f2a33}
img{width:100%;height:auto;border:1px solid #d5dadd}
blockquote{font-family:Georgia,serif;margin:0;padding-left:.8rem;border-left:4px solid #ccc}
figure{margin:1rem 0}
figcaption{font-size:.85rem;color:#4f5a63}
.worksheet h1{font-size:1.5rem;margin:.2rem 0}
.worksheet h2{font-size:1.05rem;margin:.7rem 0 .2rem}
.worksheet .from{color:#4f5a63;font-size:.9em;margin:0}
.worksheet .fill{margin:.4rem 0 0}
.worksheet ol{padding-left:1.8em;margin:.2rem 0}
.worksheet li{margin:.25rem 0}
.worksheet .two-columns{columns:2}
.worksheet .intro{margin:0;font-size:.9em;color:#4f5a63}
.worksheet blockquote{margin:.3rem 0}
.worksheet .para{font-family:system-ui,sans-serif;font-weight:600;color:#4f5a63}
.worksheet .blank{display:inline-block;min-width:4em;height:1em;border-bottom:1px solid #1f2a33;margin:0 .4em;vertical-align:baseline}
.worksheet .fill .blank{min-width:9em;margin-right:1.2em}
.worksheet .option{display:inline-block;margin:0 .9em 0 .2em;white-space:nowrap}
.worksheet .tickbox{display:inline-block;width:.75em;height:.75em;border:1px solid #1f2a33;vertical-align:-.05em}
.worksheet .lines{display:block;height:3em;border-bottom:1px solid #9aa3a9}
.worksheet .lines::before{content:'';display:block;height:1.5em;border-bottom:1px solid #9aa3a9}
.worksheet .answers{margin-top:3rem;border-top:2px dashed #9aa3a9;padding-top:1rem}
@media print{
@page{margin:12mm}
body{max-width:none;padding:0;font-size:9.5pt}
.back,.screen-only{display:none}
.worksheet .sheet-map{margin:.3rem 0;break-inside:avoid}
.worksheet .sheet-map img{width:128mm;display:block}
.worksheet figcaption{font-size:8pt}
.worksheet .answers{break-before:page;border:0;margin:0;padding:0}
a{color:inherit}
}
`;


/** A plain page for one region: the picture, what it is, and the passages that name it, verbatim. */
function page(r: RegionFeature, statement: Statement): string {
  const p = r.properties;
  const paragraphs = statement.sections.flatMap((s) => s.paragraphs.map((para) => ({ ...para, heading: s.heading })));
  const passages = p.passages
    .map((id) => paragraphs.find((x) => x.id === id)!)
    .map((x) => `<figure><blockquote>${escapeXml(x.text)}</blockquote><figcaption>¶${x.id.slice(1)}${x.heading ? ` · ${escapeXml(x.heading)}` : ''}</figcaption></figure>`)
    .join('\n');
  return staticPage(
    p.name,
    `<h1>${escapeXml(p.name)}</h1>
<img src="${escapeXml(p.id)}.svg" alt="Map of ${escapeXml(p.name)}" width="800" height="500">
<p>${escapeXml(p.summary)}</p>
<h2>What the statement says</h2>
${passages || '<p>The statement does not name this place.</p>'}
<p>From: ${escapeXml(statement.title)}, ${escapeXml(statement.dateText)} (${escapeXml(statement.source.reference ?? statement.source.publisher)}). <a href="../../?region=${encodeURIComponent(p.id)}">Open the interactive atlas</a>.</p>
<p class="screen-only"><a href="${escapeXml(p.id)}-worksheet.html">A worksheet for a lesson</a>: a blank map, questions and an answer key, to print.</p>`,
  );
}

/** The no-JavaScript entry: the overview picture and every place, linked to its page. */
function contents(regions: RegionCollection, statement: Statement): string {
  const items = regions.features
    .map((r) => `<li><a href="${escapeXml(r.properties.id)}.html">${escapeXml(r.properties.name)}</a> (${r.properties.passages.length} ${r.properties.passages.length === 1 ? 'passage' : 'passages'})</li>`)
    .join('\n');
  return staticPage(
    'The statement place by place',
    `<h1>${escapeXml(statement.title)}</h1>
<p>${escapeXml(statement.dateText)}. The places the statement names, each with the passages that name it:</p>
<img src="overview.svg" alt="Map of East Asia with the places the statement names" width="800" height="500">
<ul>
${items}
</ul>`,
  );
}

export function buildStaticMaps(regions: RegionCollection, base: StaticBasemap, ringed: Ringed, statement: Statement): Map<string, string> {
  const files = new Map<string, string>();
  files.set('static/static.css', STYLESHEET);
  files.set('static/index.html', contents(regions, statement));
  // The overview names the featured places, as the live map's first view; towns and islets would pile up at this scale.
  // A picture of its own size (the page's, the download's), and the screen's two that fill a frame: for a large frame, and for a small one (StaticMap).
  const both = (name: string, p: Picture) => {
    files.set(`static/${name}.svg`, picture(p, base, ringed).svg);
    files.set(`static/${name}-frame.svg`, picture({ ...p, frame: true }, base, ringed).svg);
    files.set(`static/${name}-frame-small.svg`, picture({ ...p, frame: true, size: SMALL_SIZE }, base, ringed).svg);
  };
  both('overview', { title: 'Map of East Asia with the places the statement names', box: OVERVIEW_BOX, others: regions.features, basemapNames: false });
  for (const r of regions.features) {
    const others = regions.features.filter((f) => f !== r);
    both(r.properties.id, { title: `Map of ${r.properties.name}`, box: r.properties.focus, others, selected: r, basemapNames: true });
    files.set(`static/${r.properties.id}.html`, page(r, statement));
  }
  return files;
}
