// `npm run seed`: validates the seed files, writes the seed graph, prints what changed.
// Exit codes: 0 written, 1 invalid seed files (one line per problem, nothing written), 2 configuration or database unreachable.
import { ConfigError, loadConfig } from '../config.js';
import { loadCypher } from '../db/cypher-registry.js';
import { Db, createDriver } from '../db/db.js';
import { applyGraphDocument } from '../graph-data/apply.js';
import { GraphDataError } from '../graph-data/document.js';
import { SEED_ACTOR, SEEDS_DIR, readSeed } from '../graph-data/seed.js';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`seed: configuration: ${e.message}`);
      return 2;
    }
    throw e;
  }
  let doc;
  try {
    doc = readSeed();
  } catch (e) {
    if (!(e instanceof GraphDataError)) throw e;
    console.error(`seed: ${e.lines.length} problem(s) in ${SEEDS_DIR}, nothing written:`);
    for (const line of e.lines) console.error(`  ${line}`);
    return 1;
  }

  const { uri, username, password, database, local } = config.neo4j;
  const driver = createDriver(uri, username, password);
  try {
    try {
      await driver.getServerInfo({ database });
    } catch (e) {
      const hint = local ? ' (start the local server with `node scripts/neo4j.mjs start`)' : '';
      console.error(`seed: cannot reach Neo4j at ${uri}: ${(e as Error).message.split(/\n|\. /)[0]}${hint}`);
      return 2;
    }
    const db = new Db(driver, database, loadCypher());
    const r = await applyGraphDocument(db, doc, { actor: SEED_ACTOR, seeded: true });
    console.log(
      `seed: ${r.nodes} nodes (${r.nodesCreated} created, ${r.nodesUpdated} updated, ${r.nodesKept} kept as edited by a person), ` +
        `${r.relationships} relationships (${r.relationshipsCreated} created, ${r.relationshipsUpdated} updated) in ${uri}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof GraphDataError) {
      console.error('seed: nothing written:');
      for (const line of e.lines) console.error(`  ${line}`);
      return 1;
    }
    console.error(`seed: failed, nothing written: ${(e as Error).message}`);
    return 2;
  } finally {
    await driver.close();
  }
}

process.exitCode = await main();
