// Readiness: the database answers a read from its store (the migrations the API needs are there).
MATCH (m:Migration)
RETURN count(m) AS migrations
