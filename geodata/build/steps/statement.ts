// Parse the official statement text (a Markdown-flavoured copy of the Daily
// Compilation of Presidential Documents page) into sections and paragraphs.
import { blocks, METADATA_LINE, paragraphsOf, rejoinPageBreaks } from '../../../src/lib/linker/paragraphs';
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
  /** The closing NOTE and fields, when the source has them (a DCPD page). */
  metadata?: StatementMetadata;
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

  // A DCPD page ends with its NOTE and fields; another source has none.
  const found = all.findIndex((b) => METADATA_LINE.test(b));
  const metaStart = found < 0 ? all.length : found;
  const metadata = found < 0 ? undefined : parseMetadata(all.slice(metaStart));

  // Paragraphs and headings as the linker's splitter reads them (the command line and the New atlas view read a text the same way).
  const sections: Section[] = [];
  let n = 0;
  for (const p of paragraphsOf(all.slice(0, metaStart).join('\n\n'))) {
    const last = sections.at(-1);
    const paragraph = { id: `p${++n}`, text: p.text, mentions: [] };
    if (last && last.heading === p.heading) last.paragraphs.push(paragraph);
    else sections.push({ id: p.heading === null ? 'intro' : slug(p.heading, omitFromIds), heading: p.heading, paragraphs: [paragraph] });
  }
  return { title, dateText, ...(metadata && { metadata }), sections };
}
