// `npm run generate -- --messages 100k [--seed 42]`: a clean bench database (its own Neo4j home and port,
// see env.ts), migrated, then filled with a deterministic synthetic graph in batched UNWIND writes.
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/db.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { fillScopes } from '../src/db/scope.js';
import { recountTallies } from '../src/db/tally.js';
import { connect } from '../src/db/connect.js';
import { benchCypher } from './cypher.js';
import { BENCH_HOME, benchNeo4j, serverEnv } from './env.js';
import { fixedPart, MessageStream } from './synthetic.js';

export interface Generated {
  messages: number;
  seed: number;
  seconds: number;
  nodes: number;
  relationships: number;
}

/** "10k", "1m", "2500" → a count. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`not a size: ${s} (try 10k, 100k, 1m)`);
  return Math.round(Number(m[1]) * ({ '': 1, k: 1e3, m: 1e6 } as Record<string, number>)[m[2].toLowerCase()]);
}

export function benchDb(): Promise<Db> {
  return connect(loadConfig(serverEnv()));
}

/** The size and seed of the graph in the bench database, or null if it holds none (or another one). */
export async function generatedGraph(db: Db): Promise<{ messages: number; seed: number } | null> {
  const [row] = await db.raw<{ messages: number; seed: number }>(
    'MATCH (b:BenchMeta {id: "bench"}) RETURN b.messages AS messages, b.seed AS seed',
    {},
    'READ',
  );
  return row ?? null;
}

/** Stops the bench Neo4j, deletes its graph store only (users and settings stay), starts it again. */
async function wipe(): Promise<void> {
  await benchNeo4j('stop');
  for (const dir of ['databases', 'transactions'])
    rmSync(join(BENCH_HOME, 'data', dir, 'neo4j'), { recursive: true, force: true });
  await benchNeo4j('start');
}

// Bulk writes are tooling, like migrations: they go through db.raw, outside the API's named statements.
async function batches<T>(db: Db, statement: string, rows: T[], size: number): Promise<void> {
  const text = benchCypher(`generate/${statement}`);
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await db.raw(text, { rows: chunk });
  }
}

/** The migrations' full-text index statements, less those a later migration drops: indexing every text as it is
 * written is the slowest part of a bulk load, so they are dropped for the load and created again (same statements)
 * once, at the end. */
function fulltextIndexes(): Array<{ name: string; create: string }> {
  const statements = readMigrations().flatMap((m) => m.statements);
  const dropped = new Set(statements.flatMap((s) => /^DROP INDEX (\w+)/i.exec(s)?.[1] ?? []));
  return statements.flatMap((create) => {
    const name = /^CREATE FULLTEXT INDEX (\w+)/i.exec(create)?.[1];
    return name && !dropped.has(name) ? [{ name, create }] : [];
  });
}

export async function generate(messages: number, seed = 42, quiet = false): Promise<Generated> {
  const started = Date.now();
  await wipe();
  const db = await benchDb();
  try {
    await migrate(db);
    const fulltext = fulltextIndexes();
    for (const f of fulltext) await db.raw(`DROP INDEX ${f.name} IF EXISTS`);
    const fixed = fixedPart(seed, Math.max(50, Math.round(messages / 500)));
    await batches(db, 'themes', fixed.themes, 1000);
    // Countries, regions, cities in that order: PART_OF targets exist before their parts.
    await batches(db, 'places', fixed.places, 1000);
    await batches(db, 'spaces', fixed.spaces, 1000);
    await batches(db, 'organisations', fixed.organisations, 1000);
    const stream = new MessageStream(
      seed,
      fixed.spaces.map((s) => s.id),
      fixed.organisations.map((o) => o.id),
    );
    const bar = new SingleBar(
      {
        format: 'generate |{bar}| {value}/{total} messages | {eta_formatted} left',
        noTTYOutput: true,
        notTTYSchedule: 10_000,
        stream: process.stderr,
      },
      Presets.shades_classic,
    );
    if (!quiet) bar.start(messages, 0);
    const batch = 10_000;
    for (let from = 0; from < messages; from += batch) {
      const to = Math.min(messages, from + batch);
      await batches(db, 'messages', stream.messages(from, to), batch);
      await batches(db, 'evidence', stream.evidence(from, to, messages), batch);
      if (!quiet) bar.update(to);
    }
    if (!quiet) bar.stop();
    // The bulk load writes outside the API: the counts advocacySpaces reads are counted once, here, and who may
    // find each text is written before the full-text indexes read it.
    await recountTallies(db);
    await fillScopes(db);
    for (const f of fulltext) await db.raw(f.create);
    await db.awaitIndexes(3600);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    await db.raw(benchCypher('generate/meta'), { messages, seed, seconds });
    const [counts] = await db.raw<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      'READ',
    );
    return { messages, seed, seconds, ...counts };
  } finally {
    await db.driver.close();
  }
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main() {
  const argv = process.argv.slice(2);
  const messages = parseSize(arg(argv, 'messages') ?? '10k');
  const seed = Number(arg(argv, 'seed') ?? 42);
  const g = await generate(messages, seed);
  process.stdout.write(
    `generated ${g.messages} messages (seed ${g.seed}): ${g.nodes} nodes, ${g.relationships} relationships in ${g.seconds} s\n`,
  );
}

if (process.argv[1]?.endsWith('/bench/generate.js')) {
  main().catch((e: unknown) => {
    process.stderr.write(`generate: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
