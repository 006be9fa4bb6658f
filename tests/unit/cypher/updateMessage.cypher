// updateMessage: mutations/change (WRITE), parameters: action, actor, actorLabel, actorRole, id, jsonEscapes, props, requestId, subjectLabel, texts, version, visibility, visible
// Changes one existing record the caller may see: properties, visibility, translations, links or archiving.
// Checks first (status NOT_FOUND, STALE or MISSING writes nothing); a retry of a committed request finds
// its Change (DONE). Every change moves version by one and marks the record as edited by a person
// (editedAt), so the seed loader leaves it alone. The Change is recorded in this statement too. Slots: see create.cypher.
//@variants visibility,texts | archive
//@slot label=Message
//@slot textLabel=MessageText
//@slot missing=[i IN $ids WHERE NOT EXISTS { MATCH (x:Theme {id: i}) } | 'theme "' + i + '"']
//@slot links=WITH n CALL (n) { UNWIND $ids AS i MATCH (x:Theme {id: i}) MERGE (n)-[r:ADDRESSES]->(x) }
//@slot tally=CALL (n) { MATCH (n)-[c:CARRIED_IN]->(s:Space) MATCH (total:Tally {id: 'messages'}) SET s.tally = c.tally, total.tally = n.tally }
//@slot scope=WITH * CALL (n) { MATCH (n)-[:HAS_TEXT]->(t:Text) SET t.scope = 'vpublic kmessage lfr' }
//@slot record=OPTIONAL MATCH (change:Change {id: $requestId})
OPTIONAL MATCH (done:Change {id: $requestId})
OPTIONAL MATCH (n:Message {id: $id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false)
// Lock the record before reading its version: of two edits sent with the same version, the second waits
// here and then sees the first one's version (STALE) instead of overwriting it.
CALL (n) {
  WITH n WHERE n IS NOT NULL
  SET n._lock = true
  REMOVE n._lock
}
WITH done, n, [] AS missing
WITH n, missing, CASE WHEN done IS NOT NULL THEN 'DONE' WHEN n IS NULL THEN 'NOT_FOUND' WHEN n.version <> $version THEN 'STALE'
  WHEN size(missing) > 0 THEN 'MISSING' ELSE 'OK' END AS status
WITH n, missing, status, CASE WHEN status = 'OK' THEN n {.*, texts: COLLECT { MATCH (n)-[:HAS_TEXT]->(t:Text) RETURN t {.field, .lang, .value, .original} AS t ORDER BY t.field, t.lang },
    links: COLLECT { MATCH (n)-[r]->(x) WHERE NOT r:HAS_TEXT RETURN type(r) + ' ' + x.id + coalesce(' ' + r.basis, '') AS l ORDER BY l } } END AS before
CALL (n, status) {
  WITH n WHERE status = 'OK'
  SET n += $props, n.version = n.version + 1, n.updatedAt = datetime(), n.updatedBy = $actor,
    n.editedAt = datetime(), n.editedBy = $actor
  WITH n
  CALL (n) {
    UNWIND $texts AS t
    MERGE (n)-[:HAS_TEXT]->(x:Text:MessageText {field: t.field, lang: t.lang})
      ON CREATE SET x.original = false
    SET x.value = t.value, x.folded = t.folded, x.editedAt = datetime(), x:$(t.labels)
  }
  
  WITH *
CALL (n) {
  WITH n, CASE WHEN coalesce(n.archived, false) OR n.visibility IS NULL THEN [] ELSE [i IN range(0, 2) WHERE ['PUBLIC', 'INTERNAL', 'RESTRICTED'][i] = n.visibility] END AS vis
  CALL (n, vis) {
    MATCH (n)-[c:CARRIED_IN]->(s:Space)
    WITH c, s, vis + CASE WHEN c.basis = 'RECORD' AND NOT coalesce(n.example, false) THEN [i IN vis | i + 3] ELSE [] END AS now
    WHERE coalesce(c.tally, []) <> now
    SET s.tally = [i IN range(0, 5) | coalesce(s.tally[i], 0) + size([b IN now WHERE b = i]) - size([b IN coalesce(c.tally, []) WHERE b = i])], c.tally = now
  }
  WITH n, vis + CASE WHEN NOT coalesce(n.example, false) THEN [i IN vis | i + 3] ELSE [] END AS now
  WHERE coalesce(n.tally, []) <> now
  MATCH (total:Tally {id: 'messages'})
  SET total.tally = [i IN range(0, 5) | coalesce(total.tally[i], 0) + size([b IN now WHERE b = i]) - size([b IN coalesce(n.tally, []) WHERE b = i])], n.tally = now
}
  WITH *
CALL (n) {
  MATCH (n)-[:HAS_TEXT]->(t:Text)
  WITH t, CASE WHEN coalesce(n.archived, false) THEN 'varchived' ELSE 'v' + toLower(n.visibility) END + reduce(s = '', l IN labels(n) | s + ' k' + toLower(l)) + reduce(s = '', i IN range(1, size(split(t.lang, '-'))) | s + ' l' + toLower(reduce(p = '', x IN split(t.lang, '-')[0..i] | p + x))) AS scope
  WHERE t.scope IS NULL OR t.scope <> scope
  SET t.scope = scope
}
}
WITH status, missing, n, before, CASE WHEN status = 'OK' THEN n {.*, texts: COLLECT { MATCH (n)-[:HAS_TEXT]->(t:Text) RETURN t {.field, .lang, .value, .original} AS t ORDER BY t.field, t.lang },
    links: COLLECT { MATCH (n)-[r]->(x) WHERE NOT r:HAS_TEXT RETURN type(r) + ' ' + x.id + coalesce(' ' + r.basis, '') AS l ORDER BY l } } END AS after
CALL (status, before, after, n) {
  WITH * WHERE status = 'OK'
  // One copy of the JSON expression for both (the planner's time grows with the text).
  WITH *, [v IN [before, after] | CASE WHEN v IS NULL THEN null ELSE '{' + reduce(s = '', k1 IN reduce(a = [], k IN [k IN keys(v) WHERE NOT k IN ['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'editedAt', 'editedBy', 'requestId', 'seeded', 'tally']] | [y IN a WHERE y < k] + k + [y IN a WHERE y >= k]) |
    s + CASE WHEN s = '' THEN '' ELSE ',' END + '"' + reduce(s = k1, p IN $jsonEscapes | replace(s, p[0], p[1])) + '"' + ':' + [w IN [v[k1]] | [r IN [reduce(s = '', x IN CASE WHEN w IS :: LIST<ANY> NOT NULL THEN w ELSE [w] END | s + CASE WHEN s = '' THEN '' ELSE ',' END + [q IN [reduce(u = '', pr IN CASE WHEN x IS :: MAP NOT NULL THEN [k IN reduce(a = [], k IN [k IN keys(x)] | [y IN a WHERE y < k] + k + [y IN a WHERE y >= k]) | [k, x[k]]] ELSE [[null, x]] END | u + CASE WHEN u = '' THEN '' ELSE ',' END + CASE WHEN pr[0] IS NULL THEN '' ELSE '"' + reduce(s = pr[0], p IN $jsonEscapes | replace(s, p[0], p[1])) + '"' + ':' END + [t IN [CASE WHEN pr[1] IS :: ZONED DATETIME NOT NULL THEN localdatetime({datetime: datetime({epochMillis: pr[1].epochMillis})})
    WHEN pr[1] IS :: DATE NOT NULL THEN localdatetime({date: pr[1]}) ELSE pr[1] END] | CASE WHEN t IS NULL THEN 'null'
    WHEN t IS :: STRING THEN '"' + reduce(s = t, p IN $jsonEscapes | replace(s, p[0], p[1])) + '"'
    WHEN t IS :: BOOLEAN OR t IS :: INTEGER THEN toString(t)
    WHEN t IS :: FLOAT THEN CASE WHEN isNaN(t) OR abs(t) > 1.7976931348623157e308 THEN 'null'
      WHEN t = round(t) AND abs(t) < 1e15 THEN toString(toInteger(t)) ELSE toString(t) END
    WHEN t IS :: LOCAL DATETIME THEN '"' + toString(date(t)) + 'T' + right('0' + toString(t.hour), 2) + ':' + right('0' + toString(t.minute), 2) + ':' + right('0' + toString(t.second), 2) + '.' + right('00' + toString(t.millisecond), 3) + 'Z' + '"'
    ELSE '"' + toString(t) + '"' END][0])] |
    CASE WHEN x IS :: MAP NOT NULL THEN '{' + q + '}' ELSE q END][0])] |
    CASE WHEN w IS :: LIST<ANY> NOT NULL THEN '[' + r + ']' ELSE r END][0]][0]) + '}' END] AS json
  MERGE (c:Change {id: $requestId})
    ON CREATE SET c.at = datetime(), c.actorLabel = $actorLabel, c.actorRole = $actorRole, c.action = $action,
      c.subjectLabel = $subjectLabel, c.subjectId = $id, c.before = json[0], c.after = json[1],
      c.visibility = CASE WHEN 'RESTRICTED' IN [before.visibility, after.visibility] THEN 'RESTRICTED' WHEN 'INTERNAL' IN [before.visibility, after.visibility] THEN 'INTERNAL' ELSE 'PUBLIC' END
  MERGE (c)-[:CHANGED]->(n)
}
OPTIONAL MATCH (change:Change {id: $requestId})
RETURN status, missing, n.version AS currentVersion, {id: n.id, text: coalesce(head([(n)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), ''), version: n.version} AS node, null AS change
