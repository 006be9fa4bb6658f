// Keyset pagination: cursors are opaque (base64url JSON of the sort key), never offsets.
import { badInput } from '../errors.js';

export const MAX_PAGE = 100;

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What each place of a list's sort key holds: a whole number, any number (a score) or a string (a record id). */
export type CursorShape = readonly ('int' | 'number' | 'string')[];

const FITS = { int: Number.isSafeInteger, number: Number.isFinite, string: (k: unknown) => typeof k === 'string' };

/** Decodes a cursor into its sort key; `shape` checks it came from the same kind of list (messages.cypher:
 * ['string']; shared-messages.cypher: ['int', 'string']; search.cypher: ['number', 'string', 'string']). */
export function decodeCursor(cursor: string | null | undefined, shape: CursorShape, field = 'after'): unknown[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === shape.length && key.every((k, i) => FITS[shape[i]](k))) return key;
  } catch {
    /* falls through to the error below */
  }
  throw badInput(`"${field}" is not a cursor this list gave out`, field);
}

/** The arguments of every paged list: its size and the cursor it starts after. */
export interface Page {
  first?: number;
  after?: string | null;
}

/** Validates a page size; nested connections come here too, since class-validator sees root arguments only. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE)
    throw badInput(`"${field}" must be an integer from 0 to ${MAX_PAGE}`, field);
  return n;
}

export interface RawConnection {
  __raw: true;
  first: number;
  /** True when the page was asked after a cursor. */
  after?: boolean;
  total?: number;
  rows: Array<{ key: unknown[]; node: unknown; matched?: unknown; matchedLinks?: unknown }>;
}
