// The statement as data: verbatim, complete, with page breaks rejoined.
import { describe, expect, test } from 'vitest';
import { parseStatement, rejoinPageBreaks } from '../../geodata/build/steps/statement';
import { paragraphs, readText, statement } from './helpers';

const source = readText('geodata/statements/us-japan-2025-02-07/source.txt');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('statement.json', () => {
  const s = statement();
  const ps = paragraphs();

  test('has the title, date and the intro plus four headed sections', () => {
    expect(s.title).toBe('Joint Statement by President Trump and Prime Minister Shigeru Ishiba of Japan');
    expect(s.date).toBe('2025-02-07');
    expect(s.dateText).toBe('February 7, 2025');
    expect(s.sections.map((x) => x.heading)).toEqual([
      null,
      'U.S.-Japan Cooperation for Peace',
      'U.S.-Japan Cooperation for Growth and Prosperity',
      'U.S.-Japan Coordination in the Indo-Pacific',
      'Invitation to Visit Japan',
    ]);
  });

  test('has 16 paragraphs with stable, unique ids in reading order', () => {
    expect(ps.map((p) => p.id)).toEqual(Array.from({ length: 16 }, (_, i) => `p${i + 1}`));
  });

  test('every paragraph is verbatim from the source (whitespace aside)', () => {
    const flat = squash(source);
    for (const p of ps) expect(flat.includes(p.text), p.id).toBe(true);
    // …and together they are the whole body: nothing dropped between the date and the NOTE.
    const body = flat.slice(flat.indexOf('President Donald J. Trump'), flat.indexOf('NOTE:'));
    const headings = s.sections.flatMap((x) => (x.heading ? [x.heading] : []));
    const rest = headings.reduce((acc, h) => acc.replace(h, ''), body).replace(/[#*]/g, '');
    expect(squash(rest)).toBe(ps.map((p) => p.text).join(' '));
  });

  test('the two page breaks are rejoined', () => {
    const frf = ps.find((p) => p.text.includes('including the construction of the Futenma Replacement Facility at Henoko'));
    const taiwan = ps.find((p) => p.text.includes('and opposed any attempts to unilaterally change the status quo'));
    expect(frf?.id).toBe('p6');
    expect(taiwan?.id).toBe('p14');
    expect(ps.some((p) => p.text.startsWith('the Futenma') || p.text.startsWith('attempts to'))).toBe(false);
  });

  test('keeps NOTE, Categories, Names, Subjects and DCPD number as metadata, not body text', () => {
    expect(s.metadata!.note).toBe('An original was not available for verification of the content of this joint statement.');
    expect(s.metadata!.dcpd).toBe('DCPD202500238');
    expect(s.metadata!.names).toBe('Ishiba, Shigeru.');
    expect(s.metadata!.subjects).toHaveLength(18);
    expect(s.metadata!.subjects).toContain('Taiwan, political status with respect to China');
    for (const p of ps) expect(p.text).not.toMatch(/NOTE:|Categories:|DCPD/);
  });

  test('cites its source as a public-domain U.S. government work, with the checksum of the copy', () => {
    expect(s.source.licence).toMatch(/public domain/i);
    expect(s.source.reference).toBe('DCPD202500238');
    expect(s.source.official).toBe(true);
    expect(s.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('parseStatement', () => {
  test('rejoins a block that ends mid-sentence with the next', () => {
    expect(rejoinPageBreaks(['One ends here.', 'Two is cut', 'in half.', 'Three.'])).toEqual([
      'One ends here.',
      'Two is cut in half.',
      'Three.',
    ]);
  });

  test('reads a text without the DCPD page’s closing fields: every block is text, and no metadata is made up', () => {
    const parsed = parseStatement('**Title**\n*May 1, 2025*\n\nBody.\n\nMore body.');
    expect(parsed.metadata).toBeUndefined();
    expect(parsed.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['Body.', 'More body.']);
  });
});

describe('section ids', () => {
  const text = '**Title**\n*May 1, 2025*\n\nOpening.\n\n*U.S.-Japan Cooperation for Peace*\n\nBody.\n\nNOTE: none.\n\n*Categories:* a.\n\n*Names:* b.\n\n*Subjects:* c.\n\n*DCPD Number:* DCPD1.';
  test("come from the headings, leaving out the words the statement's entry names", () => {
    expect(parseStatement(text).sections.map((s) => s.id)).toEqual(['intro', 'u-s-japan-cooperation-for-peace']);
    expect(parseStatement(text, { omitFromIds: ['U.S.-Japan '] }).sections.map((s) => s.id)).toEqual(['intro', 'cooperation-for-peace']);
  });
});

describe('a second statement is data', () => {
  // A sample written for this test (not a real statement): any text in the flagship's format builds.
  const sample = [
    '**Sample Statement on Maritime Cooperation**',
    '*March 3, 2026*',
    '',
    'The participants met in Washington, D.C., and discussed the East China Sea.',
    '',
    '*Regional Matters*',
    '',
    'They spoke of the Taiwan Strait and of',
    '',
    'the Senkaku Islands.',
    '',
    'NOTE: A sample written for the tests.',
    '',
    '*Categories:* Samples.',
    '',
    '*Names:* None.',
    '',
    '*Subjects:* Testing.',
    '',
    '*DCPD Number:* DCPD000000000.',
  ].join('\n');

  test('builds from its own folder data: title, date, source, section ids and links', async () => {
    const { buildStatement } = await import('../../geodata/build/steps/export');
    const regionDefs = JSON.parse(readText('geodata/regions/regions.json')).regions;
    const built = buildStatement({
      statement: { id: 'sample', dataPath: 'statements/sample/', name: { en: 'Sample', ja: '見本' }, fullName: { en: 'Sample', ja: '見本' }, kind: { en: 'Sample', ja: '見本' } },
      statementText: sample,
      statementSha256: '0'.repeat(64),
      statementAbout: { source: { publisher: 'The tests', collection: 'Samples', url: 'https://example.org/sample', licence: 'CC0' } },
      regionDefs,
    } as never);
    expect(built.title).toBe('Sample Statement on Maritime Cooperation');
    expect(built.date).toBe('2026-03-03');
    expect(built.source.url).toBe('https://example.org/sample');
    expect(built.sections.map((s) => s.id)).toEqual(['intro', 'regional-matters']);
    const ps = built.sections.flatMap((s) => s.paragraphs);
    expect(ps.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(ps[1]!.text).toBe('They spoke of the Taiwan Strait and of the Senkaku Islands.');
    expect(ps.flatMap((p) => p.mentions.map((m) => m.region))).toEqual(['washington-dc', 'east-china-sea', 'taiwan-strait', 'senkaku-islands']);
  });
});

describe("a statement's curated corrections", () => {
  const sections = [
    {
      id: 'intro',
      heading: null,
      paragraphs: [
        { id: 'p1', text: 'Japan and the Ryukyu arc.', mentions: [{ region: 'japan', start: 0, end: 5, text: 'Japan' }] },
      ],
    },
  ];
  const ids = new Set(['japan', 'southwest-islands']);

  test('unlink a mention and link a span by hand, in reading order', async () => {
    const { applyCorrections } = await import('../../geodata/build/steps/corrections');
    const out = applyCorrections(
      sections,
      {
        unlink: [{ paragraph: 'p1', start: 0, text: 'Japan', region: 'japan' }],
        link: [{ paragraph: 'p1', start: 14, end: 24, text: 'Ryukyu arc', region: 'southwest-islands' }],
      },
      ids,
    );
    expect(out[0]!.paragraphs[0]!.mentions).toEqual([{ region: 'southwest-islands', start: 14, end: 24, text: 'Ryukyu arc' }]);
    expect(sections[0]!.paragraphs[0]!.mentions).toHaveLength(1); // the input is left as it was
  });

  test('a correction that no longer fits the text stops the build with a clear message', async () => {
    const { applyCorrections } = await import('../../geodata/build/steps/corrections');
    expect(() => applyCorrections(sections, { link: [{ paragraph: 'p1', start: 0, end: 5, text: 'Korea', region: 'japan' }] }, ids)).toThrow(/does not read “Korea”/);
    expect(() => applyCorrections(sections, { unlink: [{ paragraph: 'p1', start: 3, text: 'Japan', region: 'japan' }] }, ids)).toThrow(/no mention of japan/);
    expect(() => applyCorrections(sections, { link: [{ paragraph: 'p9', start: 0, end: 5, text: 'Japan', region: 'japan' }] }, ids)).toThrow(/no paragraph p9/);
    expect(() => applyCorrections(sections, { link: [{ paragraph: 'p1', start: 0, end: 5, text: 'Japan', region: 'atlantis' }] }, ids)).toThrow(/no region atlantis/);
  });
});
