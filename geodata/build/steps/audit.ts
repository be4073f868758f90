// The audit table in geodata/README.md: every fact a card states, its source
// and the test that holds it. Made from the region definitions, so it cannot
// drift from the cards (the data build rewrites it; --check and a unit test
// fail when it is stale).
import type { CardFigure } from '../../../src/lib/model/types';
import { DEFAULT_LANG } from '../../../src/lib/content/languages';
import type { MeasureDef } from './geography';
import type { AreaDef, RegionDef } from './sources';

export const AUDIT_START = '<!-- audit:start (made by npm run data from geodata/regions; do not edit by hand) -->';
export const AUDIT_END = '<!-- audit:end -->';

const TESTS = {
  cited: '`cards.ts` refuses it uncited',
  names: '`card-facts.test.ts` › naming',
  part: '`card-facts.test.ts` › every part … inside its shape',
  figure: '`card-facts.test.ts` › every number …',
  published: '`card-facts.test.ts` › published figures',
  reference: '`reference-points.test.ts`',
} as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function sourcesOf(def: RegionDef, numbers: number[] | undefined): string {
  return (numbers ?? []).map((n) => `[${n}] ${def.card.sources[n - 1]?.title ?? '?'}`).join('; ') || '—';
}

function figureRow(def: RegionDef, f: CardFigure, measures: MeasureDef[]): string[] {
  if ('measure' in f) {
    const m = measures.find((x) => x.id === f.measure);
    return ['figure', f.text, `computed: ${m?.label[DEFAULT_LANG] ?? f.measure} (geography.json)`, TESTS.figure];
  }
  if ('parts' in f) return ['figure', f.text, `the card's parts in "${f.parts}"`, TESTS.figure];
  return ['figure', f.text, `${sourcesOf(def, f.cite)}: “${f.quote}”`, TESTS.figure];
}

/** One row per fact of every card, in region order. */
export function auditRows(defs: RegionDef[], measures: MeasureDef[], areas: AreaDef[]): string[][] {
  const rows: string[][] = [];
  for (const d of defs) {
    const c = d.card;
    const add = (fact: string, says: string, source: string, test: string) => rows.push([d.name, fact, says, source, test]);
    add('summary', d.summary, sourcesOf(d, c.cite.summary), TESTS.cited);
    for (const a of d.names.alternatives ?? []) add('other name', `${a.name}: ${a.usedBy}`, sourcesOf(d, c.cite.names), TESTS.names);
    if (c.administeredBy) add('administered by', c.administeredBy, sourcesOf(d, c.cite.administeredBy), `${TESTS.cited}; ${TESTS.reference}`);
    if (c.claimedBy?.length) add('claimed by', c.claimedBy.join('; '), sourcesOf(d, c.cite.claimedBy), TESTS.cited);
    for (const p of c.parts ?? []) add(`part (${p.group})`, `${p.name} at ${p.lat}°, ${p.lon}°`, p.source, TESTS.part);
    for (const f of c.figures ?? []) {
      const [fact, says, source, test] = figureRow(d, f, measures);
      add(fact!, says!, source!, test!);
    }
    if (c.note) add('on this map', c.note, sourcesOf(d, c.cite.note), '`card-facts.test.ts`; the shape: `geodata/README.md` recipes');
    for (const m of measures.filter((x) => x.regions[0] === d.id))
      add('measure', m.label[DEFAULT_LANG], m.published ? `${m.published.source} (${m.published.url})` : 'computed only: no source gives the same measure', m.published ? TESTS.published : '`geography.test.ts`');
    for (const a of areas.filter((x) => x.region === d.id)) add('area', `${a.km2} km² (published)`, a.source, TESTS.published);
  }
  return rows;
}

export function auditTable(defs: RegionDef[], measures: MeasureDef[], areas: AreaDef[]): string {
  const rows = auditRows(defs, measures, areas);
  const lines = ['| place | fact | what the card says | source | held by |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
  return `${AUDIT_START}\n${lines.join('\n')}\n${AUDIT_END}`;
}

/** `readme` with its audit section replaced (or appended when it has none). */
export function withAudit(readme: string, table: string): string {
  const start = readme.indexOf(AUDIT_START);
  const end = readme.indexOf(AUDIT_END);
  if (start < 0 || end < 0) return `${readme.trimEnd()}\n\n${table}\n`;
  return readme.slice(0, start) + table + readme.slice(end + AUDIT_END.length);
}
