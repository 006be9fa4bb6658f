// Marks the database as a generated benchmark graph: its size and seed (the runner checks it before reusing it).
MERGE (b:BenchMeta {id: 'bench'})
SET b.messages = $messages, b.seed = $seed, b.seconds = $seconds, b.generatedAt = datetime()
