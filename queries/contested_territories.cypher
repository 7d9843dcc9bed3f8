// Title: Contested territories
// Question: Which regions or countries are occupied or invaded, or had a referendum or annexation vote held in them, by or through whom?
// Parameters:
//   include_negated (boolean, default false): also list claims stated only as negated or hypothetical
// Example: geoalign query contested_territories --format table
WITH $include_negated AS neg
MATCH (x)-[r]->(t:Region|Country)
WHERE r:OCCUPIES|INVADED|HELD_IN AND (neg OR r.claimed)
  AND (type(r) <> 'HELD_IN' OR toLower(x.name) CONTAINS 'referend' OR toLower(x.name) CONTAINS 'annex'
       OR toLower(x.name) CONTAINS 'vote' OR toLower(x.name) CONTAINS 'plebiscite')
OPTIONAL MATCH (t)-[po]->(c:Country)
WHERE po:PART_OF
RETURN t.name AS territory, t.id AS territory_id, coalesce(c.name, '') AS part_of,
       CASE type(r) WHEN 'OCCUPIES' THEN 'occupied' WHEN 'INVADED' THEN 'invaded' ELSE 'vote held' END AS how,
       x.name AS by_whom, x.id AS by_id, coalesce(r.first_date, '') AS first_date, r.n_evidence AS evidence
ORDER BY territory, territory_id, part_of, how, by_whom, by_id, first_date, evidence
