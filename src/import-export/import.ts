// Import: a graph document applied all-or-nothing by graph-data's applyGraphDocument, plus what the API
// adds around it in the same transaction: a Change (action IMPORT) for every record created or updated,
// a dry run that rolls back, statements cut into chunks (bounded size, a moving progress bar), and every
// unknown reference reported with where the file uses it.
import { randomUUID } from 'node:crypto';
import type { Db, Params, Tx } from '../db/db.js';
import { type ApplyResult, applyGraphDocument } from '../graph-data/apply.js';
import { GraphDataError, type GraphDocument, type NodeRef, refKey } from '../graph-data/document.js';
import { LABELS, type Label } from '../model/derived.js';
import { FIND_NODES, upsertStatement } from '../model/statements.js';
import type { Viewer } from '../domain/viewer.js';
import { type ChangeRow, actorName, recordChanges, stateJson } from '../history/record.js';

export interface ImportOptions {
  viewer: Viewer;
  dryRun?: boolean;
  /** Called with the number of document rows each statement has written. */
  onProgress?: (rows: number) => void;
  /** refKey -> where the source uses it (e.g. "messages.csv line 4"); default: relationships[i]. */
  usedAt?: Map<string, string[]>;
}

export type ImportResult = ApplyResult & { dryRun: boolean };

const CHUNK = 1000;
const UPSERT_LABEL = new Map<string, Label>(LABELS.map((l) => [upsertStatement(l), l]));

class RolledBack extends Error {
  constructor(readonly result: ApplyResult) {
    super('dry run');
  }
}

/** Where each reference is used in a document, for messages about references that resolve nowhere. */
function referenceUses(doc: GraphDocument): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  doc.relationships.forEach((r, i) => {
    for (const end of [r.from, r.to]) uses.set(refKey(end), [...(uses.get(refKey(end)) ?? []), `relationships[${i}]`]);
  });
  return uses;
}

/** References neither in the document nor in the graph, each with the places that use it. */
async function unresolved(db: Db, doc: GraphDocument, usedAt: Map<string, string[]>): Promise<string[]> {
  const inDoc = new Set(doc.nodes.map(refKey));
  const external = new Map<string, NodeRef>();
  for (const r of doc.relationships)
    for (const end of [r.from, r.to]) if (!inDoc.has(refKey(end))) external.set(refKey(end), end);
  if (!external.size) return [];
  const found = new Set(
    (await db.read<{ label: string; id: string }>(FIND_NODES, { refs: [...external.values()] })).map(
      (f) => `${f.label}:${f.id}`,
    ),
  );
  return [...external.keys()]
    .filter((k) => !found.has(k))
    .map((k) => `${k}: not in the file nor in the graph (used at ${(usedAt.get(k) ?? []).join(', ')})`);
}

/** Runs a statement over `rows` in chunks: upserts return a row per input row, merges one row of counts. */
async function chunked(
  tx: Tx,
  name: string,
  params: Params,
  text: string | undefined,
  onProgress?: (rows: number) => void,
) {
  const rows = params.rows as unknown[] | undefined;
  if (!rows) return tx.run(name, params, text);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const got = await tx.run(name, { ...params, rows: part }, text);
    if (name.startsWith('graph-data/merge-')) {
      const sums = out[0] ?? {};
      for (const [k, v] of Object.entries(got[0] ?? {})) sums[k] = ((sums[k] as number) ?? 0) + (v as number);
      out[0] = sums;
    } else out.push(...got);
    onProgress?.(part.length);
  }
  return out;
}

/** Validates references, then applies the document in one transaction (rolled back on a dry run).
 * Throws GraphDataError listing every problem; nothing is written then. */
export async function importGraph(db: Db, doc: GraphDocument, options: ImportOptions): Promise<ImportResult> {
  const problems = await unresolved(db, doc, options.usedAt ?? referenceUses(doc));
  if (problems.length) throw new GraphDataError(problems);
  const byKey = new Map(doc.nodes.map((n) => [refKey(n), n]));
  // Each record's links in the document, as API writes record them in history: "ADDRESSES hiv EDITORIAL".
  const linksFrom = new Map<string, string[]>();
  for (const r of doc.relationships)
    linksFrom.set(refKey(r.from), [
      ...(linksFrom.get(refKey(r.from)) ?? []),
      [r.type, r.to.id, r.props.basis].filter((x) => x !== undefined).join(' '),
    ]);
  // The same Db, whose write transaction also chunks, records history and, on a dry run, rolls back.
  const recording = Object.create(db) as Db;
  recording.writeTx = <T>(work: (tx: Tx) => Promise<T>) =>
    db.writeTx(async (tx) => {
      const changes: ChangeRow[] = [];
      const result = await work({
        run: async (name, params = {}, text) => {
          const rows = await chunked(tx, name, params, text, options.onProgress);
          const label = UPSERT_LABEL.get(name);
          if (label) {
            for (const r of rows as Array<{ id: string; eid: string; outcome: string }>) {
              if (r.outcome !== 'created' && r.outcome !== 'updated') continue;
              const key = `${label}:${r.id}`;
              const node = byKey.get(key)!;
              changes.push({
                id: randomUUID(),
                action: 'IMPORT',
                subjectLabel: label,
                subjectId: r.id,
                eid: r.eid,
                before: null,
                after: stateJson({ ...node, links: [...(linksFrom.get(key) ?? [])].sort() }),
                visibility: node.visibility,
              });
            }
          }
          return rows as never;
        },
      });
      await recordChanges(tx, options.viewer, changes);
      if (options.dryRun) throw new RolledBack(result as ApplyResult);
      return result;
    });
  try {
    return { ...(await applyGraphDocument(recording, doc, { actor: actorName(options.viewer) })), dryRun: false };
  } catch (e) {
    if (e instanceof RolledBack) return { ...e.result, dryRun: true };
    throw e;
  }
}
