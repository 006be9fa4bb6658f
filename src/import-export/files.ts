// What `npm run import` reads: one graph document JSON (the export's format), or CSV files, one per kind.
// Returns the document, or every problem found (file, and entry index and path or line); never both.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { GraphDataError, type GraphDocument, validateGraphDocument } from '../graph-data/document.js';
import { readCsvFiles } from './csv.js';

export type ImportFiles =
  { doc: GraphDocument; usedAt?: Map<string, string[]>; problems: [] } | { doc: null; problems: string[] };

/** Whether JSON.parse fails on `text` only because it ends too early (or does not fail). */
function viablePrefix(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (e) {
    const m = (e as Error).message;
    const at = /position (\d+)/.exec(m);
    return /end of JSON input|Unterminated string/.test(m) || (at !== null && Number(at[1]) >= text.length);
  }
}

/** Where JSON.parse gave up, as a line and column: the shortest prefix that is no longer viable
 * (V8's messages do not always carry the position). */
function jsonSyntax(name: string, text: string, e: Error): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (viablePrefix(text.slice(0, mid + 1))) lo = mid + 1;
    else hi = mid;
  }
  const before = text.slice(0, lo).split('\n');
  const reason = e.message.split(/, "|\s+in JSON/)[0];
  return `${name} line ${before.length} column ${before[before.length - 1].length + 1}: not valid JSON: ${reason}`;
}

export function readJson(name: string, text: string): ImportFiles {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { doc: null, problems: [jsonSyntax(name, text, e as Error)] };
  }
  try {
    return { doc: validateGraphDocument(raw), problems: [] };
  } catch (e) {
    if (e instanceof GraphDataError) return { doc: null, problems: e.lines.map((l) => `${name}: ${l}`) };
    throw e;
  }
}

export function readImportFiles(paths: string[]): ImportFiles {
  const json = paths.filter((p) => extname(p).toLowerCase() === '.json');
  const csv = paths.filter((p) => extname(p).toLowerCase() === '.csv');
  const other = paths.filter((p) => !json.includes(p) && !csv.includes(p));
  if (other.length)
    return { doc: null, problems: other.map((p) => `${basename(p)}: give .json (a graph document) or .csv files`) };
  if (json.length && (json.length > 1 || csv.length))
    return { doc: null, problems: ['give one .json file, or .csv files (one per kind), not both'] };
  if (json.length) return readJson(basename(json[0]), readFileSync(json[0], 'utf8'));
  const read = readCsvFiles(csv.map((path) => ({ path, text: readFileSync(path, 'utf8') })));
  if (read.problems.length) return { doc: null, problems: read.problems };
  return { doc: read.doc, usedAt: read.usedAt, problems: [] };
}
