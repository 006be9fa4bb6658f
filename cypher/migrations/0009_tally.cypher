// Issue 13: the node holding the message totals that advocacySpaces reads (src/model/tally.ts); migration 0010
// (src/db/tally.ts) counts what the graph already holds.
CREATE CONSTRAINT tally_id IF NOT EXISTS FOR (t:Tally) REQUIRE t.id IS UNIQUE;
MERGE (t:Tally {id: 'messages'})
