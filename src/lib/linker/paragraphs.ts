// A text as paragraphs, the way a reader sees them:
// - a blank line ends a paragraph, unless the paragraph was cut mid-sentence
//   by a page break (it ends without a sentence's final mark and the next
//   block goes on in lower case, or it ends on a comma or a hyphen);
// - a single line break ends a paragraph after a line that reads as one:
//   a sentence's end (". ", "。", "?") in a text whose lines are paragraphs,
//   or a short line without one (a title, a date, a heading) before a line
//   that starts anew; in a text wrapped at a fixed width, the lines that
//   reach the width run on, whatever they end with;
// - 。！？ end Japanese and Chinese sentences, and lines of those scripts
//   run on without a space;
// - headings are kept apart (a Markdown `#` line, or a line all in *italics*
//   or **bold**), and the Markdown marks around a heading or a title dropped.
// The data build reads a statement's source with the same rules (statement.ts),
// so a paragraph the New atlas view shows is the paragraph the build makes.

/** A block that opens the source format's closing metadata (the DCPD page's NOTE and fields): the text ends before it. */
export const METADATA_LINE = /^(NOTE:|\*(Categories|Names|Subjects|DCPD Number):\*)/;
/** Sentence-final marks, Latin and CJK, with the quotes and brackets that may close them. */
const FINAL = /[.!?:;。！？．…]["'’”」』）)\]】]*$|["'’”」』）)\]】]$/;
/** A paragraph cut mid-sentence: it ends on a comma or a dash, a Japanese comma, or a hyphen. */
const CUT = /[,、，\-–—]$/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*$/;
/** A line that is all emphasis: *italic*, **bold**, _italic_ or __bold__. */
const EMPHASISED = /^(\*{1,2}|_{1,2})([^*_].*?)\1$/;
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}、。！？「」『』（）ー]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「『（]/u;
const LOWER_START = /^[\p{Ll}]/u;
/** Longest line a title, a date or a heading is taken to be. */
const SHORT_LINE = 80;

/** Splits text into blank-line separated blocks, trimmed. */
export function blocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** Two pieces of one paragraph, joined: a space between Latin words, none between Japanese or Chinese lines. */
const join = (a: string, b: string) => (CJK_END.test(a) && CJK_START.test(b) ? `${a}${b}` : `${a} ${b}`);

/** The part after `last` continues it: `last` was cut at a page break. */
const continues = (last: string, next: string) => !FINAL.test(last) && (LOWER_START.test(next) || CUT.test(last));

/** Rejoins paragraphs the source cut at page breaks. */
export function rejoinPageBreaks(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && continues(last, part)) out[out.length - 1] = join(last, part);
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

/** The width a block is wrapped at, or 0 when its lines are not wrapped (each runs as long as it needs). */
function wrapWidth(lines: string[]): number {
  if (lines.length < 3) return 0;
  const width = Math.max(...lines.map((l) => l.length));
  if (width > 120 || width < 30) return 0;
  const full = lines.slice(0, -1).filter((l) => l.length >= 0.8 * width);
  // Wrapped lines reach the width and mostly stop mid-sentence; lines that are paragraphs end theirs.
  const midSentence = full.filter((l) => !FINAL.test(l)).length;
  return full.length >= 0.5 * (lines.length - 1) && midSentence > full.length / 2 ? width : 0;
}

/** A block's lines as paragraphs: where a line break ends one, and where the next line runs on. */
export function linesToParagraphs(block: string): string[] {
  const lines = block.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const width = wrapWidth(lines);
  const out: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    current = current ? join(current, line) : line;
    const next = lines[i + 1];
    if (next === undefined) return;
    const final = FINAL.test(line);
    const short = width ? line.length < 0.75 * width : line.length <= SHORT_LINE;
    const ends = width
      ? // Wrapped text: a line short of the width ends its paragraph (its last line, or a title), unless it was cut.
        short && !CUT.test(line) && !(LOWER_START.test(next) && !final)
      : // Lines as paragraphs: a sentence's end ends one; so does a short line without one (a title, a date) before a line that starts anew.
        final ? true : short && !CUT.test(line) && !LOWER_START.test(next);
    if (ends) {
      out.push(current);
      current = '';
    }
  });
  if (current) out.push(current);
  return out;
}

export interface TextParagraph {
  text: string;
  /** The heading the paragraph falls under, or null before the first. */
  heading: string | null;
}

/** The paragraphs of a plain or Markdown text, each with its heading. */
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
      continue;
    }
    // A heading line inside a block (a Markdown "# Heading" over its text) heads what follows it.
    let lines: string[] = [];
    const text = () => lines.length && parts.push(...linesToParagraphs(lines.join('\n')));
    for (const line of block.split('\n')) {
      const hl = MARKDOWN_HEADING.test(line.trim()) ? headingLine(line.trim()) : null;
      if (hl === null) lines.push(line);
      else {
        text();
        lines = [];
        flush();
        heading = hl;
      }
    }
    text();
  }
  flush();
  return out;
}
