// A text edit moves the user's decisions by the edit itself: a decision whose
// words were deleted or changed is stale (listed, never moved onto the same
// words elsewhere); one whose words were only moved by typing follows them.
import { describe, expect, test } from 'vitest';
import { paragraphsOf } from '../../src/lib/linker/paragraphs';
import { gazetteerLinker, linkDocument } from '../../src/lib/linker/document';
import type { GazetteerFile } from '../../src/lib/linker/gazetteer';
import { review, type Decision } from '../../src/lib/draft/review';
import { shiftDecisions, textDiff } from '../../src/lib/draft/shift';
import { readJson } from './helpers';

const paras = (text: string) => paragraphsOf(text).map((p) => p.text);
const at = (text: string, paragraph: number, words: string, nth = 0): Decision => {
  const t = paras(text)[paragraph]!;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = t.indexOf(words, start + 1);
  if (start < 0) throw new Error(`no ${words}`);
  return { paragraph, start, end: start + words.length, text: words, action: 'unlink' };
};
const edit = (before: string, after: string, ds: Decision[]) => shiftDecisions(paras(before), paras(after), ds);
const words = (text: string, d: Decision) => paras(text)[d.paragraph]?.slice(d.start, d.end);

describe('textDiff', () => {
  test('the common prefix and suffix, never overlapping', () => {
    expect(textDiff('abcXdef', 'abcYYdef')).toEqual({ p: 3, s: 3 });
    expect(textDiff('aaa', 'aa')).toEqual({ p: 2, s: 0 });
    expect(textDiff('same', 'same')).toEqual({ p: 4, s: 0 });
  });
});

describe('decisions move with the edit', () => {
  const TEXT = 'Jordan met Egypt in Amman.\n\nLater, Jordan and Israel met.';

  test('the issue’s case: deleting the words of an unlink makes it stale, not an unlink of the earlier “Jordan”', () => {
    const unlink = at(TEXT, 1, 'Jordan');
    const after = 'Jordan met Egypt in Amman.\n\nLater, Israel met.';
    const [d] = edit(TEXT, after, [unlink]);
    expect(d!.stale).toBe(true);
    // And review lists it, with the first paragraph's "Jordan" untouched.
    const gazetteer = readJson<GazetteerFile>('public/data/gazetteer.json');
    const r = review(linkDocument(after, gazetteerLinker(gazetteer)), [d!]);
    expect(r.stale).toEqual([d]);
    expect(r.paragraphs[0]!.mentions.find((m) => m.text === 'Jordan')!.status).not.toBe('unlinked');
  });

  test('typing before the words moves them; typing after leaves them; the same object when nothing moved', () => {
    const d = at(TEXT, 1, 'Jordan');
    const before = edit(TEXT, TEXT.replace('Later, ', 'Much later, '), [d])[0]!;
    expect(before).toEqual({ ...d, start: d.start + 5, end: d.end + 5 });
    expect(words(TEXT.replace('Later, ', 'Much later, '), before)).toBe('Jordan');
    expect(edit(TEXT, TEXT.replace('Israel', 'Syria'), [d])[0]).toBe(d);
  });

  test('paragraphs added, removed, split or joined before the words: the decision follows to its new paragraph', () => {
    const d = at(TEXT, 1, 'Israel');
    const added = `A new first paragraph.\n\n${TEXT}`;
    expect(words(added, edit(TEXT, added, [d])[0]!)).toBe('Israel');
    expect(edit(TEXT, added, [d])[0]!.paragraph).toBe(2);
    const split = TEXT.replace('Later, Jordan', 'Later.\n\nJordan');
    const s = edit(TEXT, split, [d])[0]!;
    expect(s).toMatchObject({ paragraph: 2 });
    expect(words(split, s)).toBe('Israel');
    const joined = TEXT.replace('Amman.\n\nLater', 'Amman, later');
    const j = edit(TEXT, joined, [d])[0]!;
    expect(j.paragraph).toBe(0);
    expect(words(joined, j)).toBe('Israel');
    // The first paragraph deleted whole.
    const dropped = 'Later, Jordan and Israel met.';
    expect(words(dropped, edit(TEXT, dropped, [d])[0]!)).toBe('Israel');
  });

  test('edits in two paragraphs at once move each paragraph’s decisions by its own edit', () => {
    const a = at(TEXT, 0, 'Egypt');
    const b = at(TEXT, 1, 'Israel');
    const after = 'Then Jordan met Egypt in Amman.\n\nLater, Jordan and Israel met again.';
    const [x, y] = edit(TEXT, after, [a, b]);
    expect([words(after, x!), words(after, y!), x!.stale, y!.stale]).toEqual(['Egypt', 'Israel', undefined, undefined]);
  });

  test('changed words, or a word joined to them, make it stale; its words typed back bring it back', () => {
    const d = at(TEXT, 1, 'Jordan');
    expect(edit(TEXT, TEXT.replace('Later, Jordan', 'Later, Jordanian'), [d])[0]!.stale).toBe(true);
    expect(edit(TEXT, TEXT.replace('Later, Jordan', 'Later, Jordon'), [d])[0]!.stale).toBe(true);
    const deleted = TEXT.replace('Later, Jordan and', 'Later,');
    const stale = edit(TEXT, deleted, [d])[0]!;
    expect(stale.stale).toBe(true);
    // Typing elsewhere: still stale, even though the text has another "Jordan".
    const typed = deleted.replace('Amman', 'Amman and Jordan');
    const still = edit(deleted, typed, [stale])[0]!;
    expect(still.stale).toBe(true);
    // Undo: its words back where they were.
    const back = edit(deleted, TEXT, [stale])[0]!;
    expect(back).toEqual(d);
  });

  test('repeated identical words: deleting the second keeps the first decision on the first', () => {
    const text = 'Jordan, Jordan and Egypt.';
    const first = at(text, 0, 'Jordan');
    const second = at(text, 0, 'Jordan', 1);
    const after = 'Jordan and Egypt.';
    const [f, s] = edit(text, after, [first, second]);
    expect(f).toBe(first);
    expect(s!.stale).toBe(true);
  });

  test('all text deleted: every decision stale', () => {
    expect(edit(TEXT, '', [at(TEXT, 0, 'Egypt'), at(TEXT, 1, 'Israel')]).map((d) => d.stale)).toEqual([true, true]);
  });
});
