// Resolves (label, id) references to element ids, for relationship endpoints that are not in the document.
// One static-label branch per label so each lookup is a uniqueness-index seek (dynamic labels scan).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Source {id: ref.id}) WHERE ref.label = 'Source' RETURN n
  UNION ALL
  MATCH (n:Section {id: ref.id}) WHERE ref.label = 'Section' RETURN n
  UNION ALL
  MATCH (n:Theme {id: ref.id}) WHERE ref.label = 'Theme' RETURN n
  UNION ALL
  MATCH (n:Message {id: ref.id}) WHERE ref.label = 'Message' RETURN n
  UNION ALL
  MATCH (n:Space {id: ref.id}) WHERE ref.label = 'Space' RETURN n
  UNION ALL
  MATCH (n:Place {id: ref.id}) WHERE ref.label = 'Place' RETURN n
  UNION ALL
  MATCH (n:Organisation {id: ref.id}) WHERE ref.label = 'Organisation' RETURN n
  UNION ALL
  MATCH (n:Pairing {id: ref.id}) WHERE ref.label = 'Pairing' RETURN n
  UNION ALL
  MATCH (n:Evidence {id: ref.id}) WHERE ref.label = 'Evidence' RETURN n
  UNION ALL
  MATCH (n:Principle {id: ref.id}) WHERE ref.label = 'Principle' RETURN n
  UNION ALL
  MATCH (n:Risk {id: ref.id}) WHERE ref.label = 'Risk' RETURN n
  UNION ALL
  MATCH (n:Perspective {id: ref.id}) WHERE ref.label = 'Perspective' RETURN n
}
RETURN ref.label AS label, ref.id AS id, elementId(n) AS eid
