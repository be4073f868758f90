// Parse the official statement text (a Markdown-flavoured copy of the Daily
// Compilation of Presidential Documents page) into sections and paragraphs.
import { blocks, headingOf, METADATA_LINE, rejoinPageBreaks } from '../../../src/lib/linker/paragraphs';
import type { Section, StatementMetadata } from '../../../src/lib/model/types';

export { rejoinPageBreaks };

/** A heading's section id: lower case, hyphenated, without the words the statement's entry leaves out. */
const slug = (s: string, omit: readonly string[]) =>
  omit
    .reduce((t, words) => t.replace(words.toLowerCase(), ''), s.toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface ParsedStatement {
  title: string;
  dateText: string;
  metadata: StatementMetadata;
  sections: Section[];
}

function parseMetadata(lines: string[]): StatementMetadata {
  const field = (label: string) => {
    const line = lines.find((l) => l.startsWith(label));
    if (!line) throw new Error(`Statement metadata: missing "${label}"`);
    return line.slice(label.length).trim();
  };
  return {
    note: field('NOTE:'),
    categories: field('*Categories:*'),
    names: field('*Names:*'),
    subjects: field('*Subjects:*')
      .replace(/\.$/, '')
      .split(';')
      .map((s) => s.trim()),
    dcpd: field('*DCPD Number:*').replace(/\.$/, ''),
  };
}

/**
 * Parses the statement. Paragraph ids run `p1`, `p2`, … in reading order;
 * section ids are slugs of their headings (`intro` for the opening).
 */
export function parseStatement(text: string, { omitFromIds = [] }: { omitFromIds?: readonly string[] } = {}): ParsedStatement {
  const all = blocks(text);
  // The head holds the bold title line and the italic date line.
  const [titleLine, dateLine] = (all.shift() ?? '').split('\n');
  if (!titleLine?.startsWith('**') || !dateLine) throw new Error('Statement: expected a bold title line, then a date line');
  const title = titleLine.replace(/\*\*/g, '').trim();
  const dateText = dateLine.replace(/\*/g, '').trim();

  const metaStart = all.findIndex((b) => METADATA_LINE.test(b));
  if (metaStart < 0) throw new Error('Statement: no NOTE/metadata block found');
  const metadata = parseMetadata(all.slice(metaStart));

  const sections: Section[] = [];
  let current: { id: string; heading: string | null; parts: string[] } = { id: 'intro', heading: null, parts: [] };
  const grouped: (typeof current)[] = [current];
  for (const block of all.slice(0, metaStart)) {
    // Headings are found as the linker's paragraph splitter finds them (the CLI reads a text the same way).
    const heading = headingOf(block);
    if (heading) {
      current = { id: slug(heading, omitFromIds), heading, parts: [] };
      grouped.push(current);
    } else current.parts.push(block.replace(/\s+/g, ' '));
  }
  let n = 0;
  for (const g of grouped) {
    const paragraphs = rejoinPageBreaks(g.parts).map((t) => ({ id: `p${++n}`, text: t, mentions: [] }));
    sections.push({ id: g.id, heading: g.heading, paragraphs });
  }
  return { title, dateText, metadata, sections };
}
