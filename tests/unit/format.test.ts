// A name that ends in a full stop ("Washington, D.C.") stands for the stop a
// message puts after it: one stop, never two, in English and Japanese alike.
import { beforeAll, describe, expect, test } from 'vitest';
import { format, loadLaterMessages, loadMessages } from '../../src/lib/i18n/messages';

beforeAll(async () => {
  await loadLaterMessages();
  await loadMessages('ja');
});

describe('a name before a stop', () => {
  test('English: the quiz\'s verdicts and a list of names', () => {
    expect(format('en', 'quiz.right', { name: 'Washington, D.C.' })).toBe('Right: that is Washington, D.C.');
    expect(format('en', 'quiz.wrongGiven', { given: 'Washington, D.C.', name: 'Japan' })).toBe('Not quite: that was Washington, D.C. The answer is Japan, now highlighted on the map.');
    expect(format('en', 'draft.nowLinked', { names: 'Japan, Washington, D.C.' })).toBe('You linked this to Japan, Washington, D.C.');
  });

  test('Japanese: a name ending in a full stop of either script takes the place of 。', () => {
    expect(format('ja', 'draft.nowAccepted', { names: '日本、ワシントンD.C.' })).toBe('承認済み: 日本、ワシントンD.C.');
    expect(format('ja', 'draft.nowAccepted', { names: '第一。' })).toBe('承認済み: 第一。');
  });

  test('a name that does not end a sentence keeps the message\'s stop; other punctuation is untouched', () => {
    expect(format('en', 'quiz.right', { name: 'Japan' })).toBe('Right: that is Japan.');
    expect(format('ja', 'quiz.right', { name: 'ワシントンD.C.' })).toBe('正解: ワシントンD.C.です。');
    expect(format('en', 'quiz.final', { score: 4, total: 6 })).toBe('You scored 4 of 6.');
    expect(format('en', 'quiz.right', {})).toBe('Right: that is {name}.');
  });
});
