// Title: Contested territories
// Question: Which regions or countries are occupied or invaded, or had a referendum or annexation vote held in them, by or through whom?
// Parameters:
//   include_negated (boolean, default false): also list claims stated only as negated or hypothetical
// Example: geoalign query contested_territories --format table
// A page is cut before a row is made. A territory's rows are its claims times the countries it is
//   PART_OF (its claims alone when it is part of none), in the order of the country's name. So: the
//   territories in the answer's order (name, id) with their claims counted, the first $page_end of
//   them; then each of those with each name of a country it is part of (or ''), counted as claims x
//   countries of that name, unwound once per row up to $page_end: the (territory, country name) pairs
//   among the first $page_end of those are the ones the page reaches, and only their rows are made and
//   sorted, each claim once per country of that name (the countries are not read again). At 100k
//   relations the answer has 111,026 rows, the first territory 74,504 (536 claims x 139 countries): the
//   first page now makes 536. $page_end is the rows up to the page's end (run_saved sends it). The
//   label test after the count lets Neo4j start from the three types' relations (every claim of a
//   territory has it, so the test is the same). The unwound rows are cut in the pairs' order alone
//   (any rows of a pair reach the same pairs; sorting 10,201 of them on their number too took 5-6 ms
//   of LadybugDB's ~35; without nth in the WITH it is planned as before). The last step tests the
//   type and claimed flag in its MATCH and the vote's name after a WITH: LadybugDB filters the
//   territory's relations before it joins their sources (Abidjan's 3,498 to 536). Both: 33-38 -> 22-28
//   ms for page 1 on LadybugDB, 101 -> 46 for 1,000 rows with negated claims (2026-12-06, load 2-3).
WITH $include_negated AS neg
MATCH (x)-[r]->(t)
WHERE r:OCCUPIES|INVADED|HELD_IN AND (neg OR r.claimed)
  AND (type(r) <> 'HELD_IN' OR toLower(x.name) CONTAINS 'referend' OR toLower(x.name) CONTAINS 'annex'
       OR toLower(x.name) CONTAINS 'vote' OR toLower(x.name) CONTAINS 'plebiscite')
WITH t, count(*) AS n, neg
WHERE t:Region|Country
WITH t, n, neg
ORDER BY t.name, t.id
LIMIT $page_end
WITH t.id AS i_t, n, neg
UNWIND [i_t] AS i
MATCH (t:__Node__)
WHERE t.id = i
OPTIONAL MATCH (t)-[po]->(c:Country)
WHERE po:PART_OF
WITH t, n, neg, coalesce(c.name, '') AS part_of, count(*) AS countries
ORDER BY t.name, t.id, part_of
LIMIT $page_end
UNWIND range(1, CASE WHEN n * countries < $page_end THEN n * countries ELSE $page_end END) AS nth
WITH t, neg, part_of, countries, nth
ORDER BY t.name, t.id, part_of
LIMIT $page_end
WITH DISTINCT t.id AS i_t, part_of, countries, neg
UNWIND [i_t] AS i
MATCH (t:__Node__)
WHERE t.id = i
WITH t, part_of, countries, neg
MATCH (x)-[r]->(t)
WHERE r:OCCUPIES|INVADED|HELD_IN AND (neg OR r.claimed)
WITH x, r, t, part_of, countries, neg
WHERE (type(r) <> 'HELD_IN' OR toLower(x.name) CONTAINS 'referend' OR toLower(x.name) CONTAINS 'annex'
       OR toLower(x.name) CONTAINS 'vote' OR toLower(x.name) CONTAINS 'plebiscite')
UNWIND range(1, countries) AS again
RETURN t.name AS territory, t.id AS territory_id, part_of AS part_of,
       CASE type(r) WHEN 'OCCUPIES' THEN 'occupied' WHEN 'INVADED' THEN 'invaded' ELSE 'vote held' END AS how,
       x.name AS by_whom, x.id AS by_id, coalesce(r.first_date, '') AS first_date, r.n_evidence AS evidence
ORDER BY territory, territory_id, part_of, how, by_whom, by_id, first_date, evidence
