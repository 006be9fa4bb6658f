// createMessage: mutations/create (WRITE), parameters: action, actor, actorLabel, actorRole, id, jsonEscapes, p0, p1, p2, props, requestId, subjectLabel, texts, version, visibility, visible
// Creates one record with its texts and links: every check first, the write only when all pass (status OK),
// so a failed check writes nothing; the same statement records the Change (history), so a mutation is one
// statement. A retry of a committed request finds its Change (status DONE) and
// returns the record instead of failing on the taken id. The id is looked at last (EXISTS after MISSING): an
// otherwise invalid input gets the same answer whether its id is free or taken by a record the caller may
// not see. Slots: the label and text label are fixed names from src/graphql/mutations/records.ts; missing,
// links, after and record (the Change) are compiled in mutations/compile.ts, node (the result, as the read
// queries project it) in projection/entities.ts; change stays null (a create answers with the record); tally (a
// message's counts, src/model/tally.ts) and scope (who may find its texts, src/model/scope.ts) in write.ts.
//@slot label=Message
//@slot textLabel=MessageText
//@slot missing=[i IN $ids WHERE NOT EXISTS { MATCH (x:Theme {id: i}) } | 'theme "' + i + '"']
//@slot links=WITH n CALL (n) { UNWIND $ids AS i MATCH (x:Theme {id: i}) MERGE (n)-[r:ADDRESSES]->(x) }
//@slot tally=CALL (n) { MATCH (n)-[c:CARRIED_IN]->(s:Space) MATCH (total:Tally {id: 'messages'}) SET s.tally = c.tally, total.tally = n.tally }
//@slot scope=WITH * CALL (n) { MATCH (n)-[:HAS_TEXT]->(t:Text) SET t.scope = 'vpublic kmessage lfr' }
//@slot record=OPTIONAL MATCH (change:Change {id: $requestId})
OPTIONAL MATCH (done:Change {id: $requestId})
OPTIONAL MATCH (taken:Message {id: $id})
WITH done, taken, [i IN $p0 WHERE NOT EXISTS { MATCH (x:Theme {id: i}) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false) } | 'theme "' + i + '"'] AS missing
WITH missing, CASE WHEN done IS NOT NULL THEN 'DONE' WHEN size(missing) > 0 THEN 'MISSING' WHEN taken IS NOT NULL THEN 'EXISTS' ELSE 'OK' END AS status
CALL (status) {
  WITH status WHERE status = 'OK'
  CREATE (n:Message {id: $id})
  SET n += $props, n.visibility = $visibility, n.version = 1, n.archived = false, n.seeded = false,
    n.createdAt = datetime(), n.updatedAt = datetime(), n.createdBy = $actor, n.updatedBy = $actor,
    n.editedAt = datetime(), n.editedBy = $actor, n.requestId = $requestId
  WITH n
  CALL (n) {
    UNWIND $texts AS t
    CREATE (n)-[:HAS_TEXT]->(x:Text:MessageText)
    SET x = t {.field, .lang, .value, .folded, .original}, x.editedAt = datetime(), x:$(t.labels)
  }
  WITH n CALL (n) { UNWIND $p1 AS i MATCH (x:Theme {id: i}) MERGE (n)-[r:ADDRESSES]->(x)
        ON CREATE SET r.basis = $p2, r.seeded = false, r.createdAt = datetime(), r.createdBy = $actor, r.editedAt = datetime(), r.editedBy = $actor }
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
// On a retry (DONE) the record is returned only if the caller may still see it (it may have been hidden since).
OPTIONAL MATCH (n:Message {id: $id}) WHERE status = 'OK' OR (status = 'DONE' AND n.visibility IN $visible AND NOT coalesce(n.archived, false))
WITH status, missing, n, null AS before, CASE WHEN status = 'OK' THEN n {.*, texts: COLLECT { MATCH (n)-[:HAS_TEXT]->(t:Text) RETURN t {.field, .lang, .value, .original} AS t ORDER BY t.field, t.lang },
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
RETURN status, missing, n.version AS currentVersion, {id: n.id} AS node, null AS change
