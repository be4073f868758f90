// A shared atlas as text for a link's #hash: JSON, deflated (the platform's
// CompressionStream), in base64url. The hash never leaves the reader's
// browser, so sharing needs no server. Decoding caps what it inflates, so a
// crafted link cannot exhaust memory.
import { MAX_TEXT_BYTES } from '../linker/input';
import { parseShared, type SharedAtlas } from './draft';
import { PARAM } from '../model/url-state';

/** The hash key a shared atlas travels under: #atlas=… (url-state names it). */
const SHARE_KEY = PARAM.atlas;
/** Beyond this, a link is too long to paste into most places: the file is the way to share. */
export const LINK_MAX_CHARS = 32_000;
const INFLATED_MAX = MAX_TEXT_BYTES * 2;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > max) {
      await reader.cancel();
      throw new Error('the shared atlas is larger than the atlas accepts');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

const toBase64Url = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (s: string) => {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('the link’s atlas is not base64url text (was it cut or changed?)');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

export async function encodeShared(atlas: SharedAtlas): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(atlas)), new CompressionStream('deflate-raw')));
}

/** The atlas in a link's hash value, or what is wrong with it (in words a reader can act on). */
export async function decodeShared(value: string): Promise<{ ok: true; value: SharedAtlas } | { ok: false; error: string }> {
  try {
    const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'), INFLATED_MAX);
    return parseShared(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The platform's own errors ("incorrect header check") mean nothing to a reader.
    return { ok: false, error: /atlas/.test(message) ? message : 'the link’s atlas is damaged (was it cut short?)' };
  }
}

/** The atlas a hash carries (#atlas=…), or null when it carries none. */
export function sharedIn(hash: string): string | null {
  const m = new RegExp(`(?:^#|&)${SHARE_KEY}=([^&]*)`).exec(hash);
  return m ? m[1]! : null;
}
