// What the linker accepts as a text, checked before it reads it: UTF-8 (a
// byte-order mark is dropped), not binary, not empty, not huge. The command
// line and the browser give the same messages.

/** 10 MB: far beyond any statement, and small enough to link at once. */
export const MAX_TEXT_BYTES = 10_000_000;

export type Checked = { ok: true; text: string } | { ok: false; error: string };

export function checkText(bytes: Uint8Array): Checked {
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, error: `the text is ${(bytes.length / 1e6).toFixed(1)} MB; up to ${MAX_TEXT_BYTES / 1e6} MB is accepted` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, error: 'the text is UTF-16; save it as UTF-8 and try again' };
  if (bytes.includes(0)) return { ok: false, error: 'this looks like a binary file (it has NUL bytes), not a text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: 'the text is not valid UTF-8 (another encoding?); save it as UTF-8 and try again' };
  }
  if (!text.trim()) return { ok: false, error: 'the text is empty' };
  return { ok: true, text };
}
