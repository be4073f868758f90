// A text as paragraphs, the way the flagship is read: blocks split at blank
// lines, a block that ends mid-sentence joined to the next (a page break in
// the source), headings kept apart (a Markdown `#` line, or a line that is all
// *italic*), and the Markdown marks around a heading or a title dropped.

/** A block that opens the source format's closing metadata (the DCPD page's NOTE and fields): the text ends before it. */
export const METADATA_LINE = /^(NOTE:|\*(Categories|Names|Subjects|DCPD Number):\*)/;
/** Sentence-final characters: a block ending otherwise was cut by a page break. */
const COMPLETE_ENDING = /[.!?:;"')\]”’]$/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*$/;
/** A line that is all emphasis: *italic*, **bold**, _italic_ or __bold__. */
const EMPHASISED = /^(\*{1,2}|_{1,2})([^*_].*?)\1$/;

/** Splits text into blank-line separated blocks, trimmed. */
export function blocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** Rejoins paragraphs the source cut at page breaks. */
export function rejoinPageBreaks(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && !COMPLETE_ENDING.test(last)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}

/** One line's heading text without its marks, or null when the line is not a heading. */
function headingLine(line: string): string | null {
  const md = MARKDOWN_HEADING.exec(line);
  const text = md ? md[1]! : EMPHASISED.test(line) ? line : null;
  if (text === null) return null;
  return text.replace(EMPHASISED, '$2').trim() || null;
}

/** A block's heading text, if every line of it is a heading (a bold title over an italic date is one: "Title · Date"). */
export function headingOf(block: string): string | null {
  const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
  const texts = lines.map(headingLine);
  return texts.every((t) => t !== null) ? texts.join(' · ') : null;
}

export interface TextParagraph {
  text: string;
  /** The heading the paragraph falls under, or null before the first. */
  heading: string | null;
}

/** The paragraphs of a plain or Markdown text, each with its heading; line breaks inside a paragraph become spaces. */
export function paragraphsOf(text: string): TextParagraph[] {
  const out: TextParagraph[] = [];
  let heading: string | null = null;
  let parts: string[] = [];
  const flush = () => {
    for (const t of rejoinPageBreaks(parts)) out.push({ text: t, heading });
    parts = [];
  };
  for (const block of blocks(text)) {
    const h = headingOf(block);
    if (h !== null) {
      flush();
      heading = h;
    } else parts.push(block.replace(/\s+/g, ' '));
  }
  flush();
  return out;
}
