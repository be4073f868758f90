// The postMessage protocol between an embedded atlas and the page that hosts it.
// Every message is a plain object whose `type` starts with "statement-atlas:".
// Host messages are untrusted: they are checked field by field and anything
// unexpected is dropped; nothing a host sends is ever used as markup.
import { type Known, PARAGRAPH_ID, REGION_ID } from '../model/url-state';

export const PROTOCOL_VERSION = 1;

/** Host → atlas. */
export type HostMessage =
  | { type: 'statement-atlas:select'; region: string | null; paragraph: string | null }
  | { type: 'statement-atlas:reset' }
  | { type: 'statement-atlas:tour'; step: number };

/** Atlas → host. */
export type AtlasMessage =
  | { type: 'statement-atlas:ready'; version: number; region: string | null; paragraph: string | null; tour: number | null }
  | { type: 'statement-atlas:selection'; region: string | null; paragraph: string | null; tour: number | null }
  | { type: 'statement-atlas:height'; height: number };

const MAX_ID = 64;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** An id field: absent or null means none; anything else must be a known id, or the message is dropped. */
function id(value: unknown, pattern: RegExp, exists: (id: string) => boolean): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > MAX_ID || !pattern.test(value) || !exists(value)) return undefined;
  return value;
}

/** The host message `data` stands for, or null when it is not one (malformed, unknown type, unknown ids). */
export function parseHostMessage(data: unknown, known: Known): HostMessage | null {
  if (!isPlainObject(data)) return null;
  switch (data.type) {
    case 'statement-atlas:select': {
      const region = id(data.region, REGION_ID, known.hasRegion);
      const paragraph = id(data.paragraph, PARAGRAPH_ID, known.hasParagraph);
      if (region === undefined || paragraph === undefined) return null;
      return { type: data.type, region, paragraph };
    }
    case 'statement-atlas:reset':
      return { type: data.type };
    case 'statement-atlas:tour': {
      const step = data.step;
      if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > (known.tourLength ?? 0)) return null;
      return { type: data.type, step };
    }
    default:
      return null;
  }
}

/**
 * The host origins allowed to send messages, from the `hosts` URL parameter
 * (comma-separated origins). Null means any host; an empty list means none.
 */
export function parseAllowedHosts(value: string | null): string[] | null {
  if (value === null) return null;
  const origins: string[] = [];
  for (const part of value.split(',').slice(0, 20)) {
    const text = part.trim();
    try {
      const u = new URL(text);
      // Only a bare origin counts: "https://example.org", not a page under it.
      if ((u.protocol === 'https:' || u.protocol === 'http:') && u.origin === text.replace(/\/$/, '')) origins.push(u.origin);
    } catch {
      // Not a URL: left out.
    }
  }
  return origins;
}

export const isAllowedHost = (origin: string, allowed: string[] | null) => allowed === null || allowed.includes(origin);
